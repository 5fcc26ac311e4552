import type { AnyNode, Element } from 'domhandler';

/** Elements whose boundaries separate words in rendered text. */
const BREAKING_TAGS: ReadonlySet<string> = new Set([
  'br',
  'div',
  'p',
  'li',
  'section',
  'header',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'td',
  'th',
  'tr',
  'dd',
  'dt',
]);

/**
 * Text of a subtree, whitespace collapsed, stopping once `max` characters are gathered
 * (returns undefined past the limit): bylines and dates are short, and a long text means
 * the element is a bio box or a paragraph, so there is no need to read all of it.
 */
export function boundedText(node: AnyNode, max: number): string | undefined {
  const parts: string[] = [];
  let length = 0;
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.type === 'text') {
      parts.push(current.data);
      length += current.data.length;
      if (length > max * 8) break;
    } else if ('children' in current && current.type !== 'script' && current.type !== 'style') {
      // Line breaks and blocks separate words: "<h1>Best Apps<br>Top Tools</h1>" (WCXB 2976).
      if (current.type === 'tag' && BREAKING_TAGS.has(current.name)) parts.push(' ');
      for (let i = current.children.length - 1; i >= 0; i -= 1) stack.push(current.children[i]!);
    }
  }
  const text = collapse(parts.join(''));
  if (text === undefined || text.length > max) return undefined;
  return text;
}

/** Whitespace collapsed and trimmed; undefined when nothing is left (absent is never `''`). */
export function collapse(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 0 ? flat : undefined;
}

/** An attribute value collapsed, or undefined. */
export function attr(element: Element, name: string): string | undefined {
  return collapse(element.attribs[name]);
}
