import { HTML_INTEGRATION, OPEN_IMPLIES_CLOSE, TEXT_ONLY, type TextMode, VOID_ELEMENTS } from './rules.ts';

/** Which kind of content an element opens (htmlparser2's ForeignContext). */
export enum Context {
  Html = 0,
  Svg = 1,
  MathMl = 2,
}

/** Everything the rules say about one tag name, looked up once per name instead of once per rule. */
export interface TagInfo {
  isVoid: boolean;
  /** Open elements this tag closes while they are the current element. */
  closes: ReadonlySet<string> | undefined;
  /** The context its children are read in, when it opens one (svg, math, integration points). */
  opens: Context | undefined;
  /** How its content is read, outside SVG and MathML. */
  textMode: TextMode | undefined;
}

export function tagInfo(name: string): TagInfo {
  return {
    isVoid: VOID_ELEMENTS.has(name),
    closes: OPEN_IMPLIES_CLOSE.get(name),
    opens:
      name === 'svg'
        ? Context.Svg
        : name === 'math'
          ? Context.MathMl
          : HTML_INTEGRATION.has(name)
            ? Context.Html
            : undefined,
    textMode: TEXT_ONLY.get(name),
  };
}

/**
 * One tag name on one page: its rules, and how many elements of that name are open. The
 * builder keeps one per distinct name (a page has some 50), so opening and closing cost a
 * single map lookup.
 */
export interface OpenName {
  name: string;
  info: TagInfo;
  open: number;
}
