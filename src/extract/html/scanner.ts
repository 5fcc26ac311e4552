import { decodeHTML, decodeHTMLAttribute } from 'entities/decode';
import { checkPageBudget } from '../../util/page-budget.ts';
import { TEXT_ONLY, type TextMode } from './rules.ts';
import type { OpenName } from './tag-info.ts';
import type { TreeBuilder } from './tree-builder.ts';

/**
 * The HTML tokenizer: reads tags, attributes, text, comments and doctypes and hands them to
 * the tree builder. It follows htmlparser2 12's `Tokenizer` state by state (HTML mode,
 * entities decoded), so it cuts every page where htmlparser2 does, but it jumps with
 * `indexOf` and runs of `charCodeAt` instead of stepping a state machine one character at a
 * time through callbacks: the same tree in about a third of the time (bench/parser-parity.ts).
 *
 * Where htmlparser2 drops what remains of an unterminated tag or attribute value at the end
 * of input, so does this (a method returns END).
 *
 * The scanner reads one string: the whole page, or a part of it when more follows (`last`
 * false; scan-pieces.ts feeds it the page's pieces). Then a token that might run past what it
 * was given returns MORE before it touches the tree, and run() returns where the unread rest
 * starts, so the same tree comes out either way (scan-pieces.test.ts).
 */
const END = -1;
/** More input follows, and this token may run on into it. */
const MORE = -2;
/** More input follows, and a text-only element's end tag is not in what has been read. */
const UNENDED = -3;

const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const EQUALS = 0x3d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const DASH = 0x2d;
const OPEN_BRACKET = 0x5b;
const LOWER_D = 0x64;

/** HTML's five whitespace characters (no vertical tab). */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
}

/** An upper-case ASCII letter, or a non-ASCII character that lower-casing might change. */
function mayHaveCase(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || c > 0x7f;
}

/** Names are nearly always lower case already: `toLowerCase()` only when a character may change. */
function lowerCase(name: string, cased: boolean): string {
  return cased ? name.toLowerCase() : name;
}

function isAsciiAlpha(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** A tag or attribute name ends at whitespace, `/` or `>`. */
function endsName(c: number): boolean {
  return c === SLASH || c === GT || isSpace(c);
}

/** End tags of text-only elements: `</script` followed by whitespace, `/` or `>`, any case. */
export const END_TAGS: ReadonlyMap<string, RegExp> = new Map(
  [...TEXT_ONLY.keys()].map((name) => [name, new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi')]),
);
/** A comment ends at `-->` or `--!>`. */
const COMMENT_END = /--!?>/g;

/** The attributes handed for an element that is not built (inside inert markup). */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;

function decodeText(raw: string): string {
  return raw.includes('&') ? decodeHTML(raw) : raw;
}

/** A text-only element's content, for the tree; an inert script or style's is not even cut out. */
export function textOnlyContent(tree: TreeBuilder, mode: TextMode, raw: string): void {
  if (!tree.isSkipping()) tree.text(mode === 'rcdata' ? decodeText(raw) : raw);
}

/**
 * A `<script>`, `<style>`… whose end tag is not in the part read so far: the tree is not yet
 * told of it, so that its content can be looked for in the pieces after (scan-pieces.ts).
 */
export interface OpenTextOnly {
  tag: OpenName;
  attribs: Record<string, string>;
  selfClosing: boolean;
  name: string;
  mode: TextMode;
  /** Where its content starts in the scanned string. */
  from: number;
}

export class Scanner {
  private readonly n: number;
  /** Set when run() stopped at a text-only element whose end was not in sight. */
  openTextOnly: OpenTextOnly | undefined;

  constructor(
    private readonly html: string,
    private readonly tree: TreeBuilder,
    /** The input ends here; otherwise more follows and tokens that reach the end return MORE. */
    private readonly last: boolean,
  ) {
    this.n = html.length;
  }

  /** What a method returns when its token reaches the end: END, or MORE when more input follows. */
  private get cut(): number {
    return this.last ? END : MORE;
  }

  /** Scans to the end; when more input follows, returns where the unread rest begins. */
  run(): number {
    const { html, n, last } = this;
    let textStart = 0;
    let from = 0;
    for (;;) {
      checkPageBudget();
      const lt = html.indexOf('<', from);
      if (lt < 0) break;
      // Whether `<` opens markup depends on the two characters after it.
      if (!last && lt + 2 >= n) return textStart;
      const c = html.charCodeAt(lt + 1);
      const markup = isAsciiAlpha(c) || c === BANG || c === QUESTION || (c === SLASH && lt + 2 < n);
      // `<` before anything else ("a < b", "<3", a final "</") is text.
      if (!markup) {
        from = lt + 1;
        continue;
      }
      if (lt > textStart) this.tree.text(decodeText(html.slice(textStart, lt)));
      const next =
        c === SLASH
          ? this.endTag(lt)
          : c === BANG
            ? this.declaration(lt + 2)
            : c === QUESTION
              ? this.bogusComment(lt + 1)
              : this.startTag(lt);
      if (next === MORE) return lt;
      if (next === END) return n;
      textStart = from = next;
    }
    if (!last) return this.textSoFar(textStart);
    if (n > textStart) this.tree.text(decodeText(html.slice(textStart)));
    return n;
  }

  /**
   * Text from `start` to the end of a part that more input follows: the tree gets what no later
   * character can change, everything before the last `&` (an entity may run on into the next
   * piece; none can run past an `&`), and joins it with the rest when that comes (TreeBuilder
   * text() extends its last text node). Returns where the rest starts.
   */
  private textSoFar(start: number): number {
    const amp = this.html.lastIndexOf('&');
    const safe = amp >= start ? amp : this.n;
    if (safe > start) this.tree.text(decodeText(this.html.slice(start, safe)));
    return safe;
  }

  private skipSpace(p: number): number {
    while (p < this.n && isSpace(this.html.charCodeAt(p))) p++;
    return p;
  }

  /** `<name attributes…>` at `lt`; a text-only element's content is read with it. */
  private startTag(lt: number): number {
    const { html, n, tree } = this;
    let cased = mayHaveCase(html.charCodeAt(lt + 1));
    let p = lt + 2;
    for (; p < n; p++) {
      const c = html.charCodeAt(p);
      if (endsName(c)) break;
      if (mayHaveCase(c)) cased = true;
    }
    if (p >= n) return this.cut;
    const lower = lowerCase(html.slice(lt + 1, p), cased);
    // Text-only content is recognised by the tokenizer, so by the context before this tag.
    const tag = tree.named(tree.tagName(lower));
    const mode = tree.isInForeignContext() ? undefined : tag.info.textMode;
    // Inside inert markup (an <svg>'s paths) nothing is built: attributes are stepped over, not read.
    const attribs: Record<string, string> | undefined = tree.isSkipping() ? undefined : {};
    let selfClosing = false;
    for (;;) {
      p = this.skipSpace(p);
      if (p >= n) return this.cut;
      const c = html.charCodeAt(p);
      if (c === GT) {
        p++;
        break;
      }
      if (c === SLASH) {
        p = this.skipSpace(p + 1);
        if (p >= n) return this.cut;
        if (html.charCodeAt(p) === GT) {
          selfClosing = true;
          p++;
          break;
        }
        continue;
      }
      p = this.attribute(p, attribs);
      if (p < 0) return p;
    }
    if (mode === undefined) {
      tree.openTag(tag, attribs ?? NO_ATTRIBUTES, selfClosing);
      return p;
    }
    const contentEnd = this.textOnlyEnd(lower, mode, p);
    if (contentEnd === UNENDED) {
      this.openTextOnly = { tag, attribs: attribs ?? NO_ATTRIBUTES, selfClosing, name: lower, mode, from: p };
      return MORE;
    }
    if (contentEnd === MORE) return MORE;
    tree.openTag(tag, attribs ?? NO_ATTRIBUTES, selfClosing);
    return this.textOnly(mode, p, contentEnd);
  }

  /**
   * One attribute from `start` (its first character may be anything but a name end); the first
   * of a name wins. Without `attribs` the attribute is only stepped over.
   */
  private attribute(start: number, attribs: Record<string, string> | undefined): number {
    const { html, n } = this;
    let cased = mayHaveCase(html.charCodeAt(start));
    let p = start + 1;
    while (p < n) {
      const c = html.charCodeAt(p);
      if (c === EQUALS || endsName(c)) break;
      if (mayHaveCase(c)) cased = true;
      p++;
    }
    const nameEnd = p;
    p = this.skipSpace(p);
    if (p >= n) return this.cut;
    let value = '';
    if (html.charCodeAt(p) === EQUALS) {
      p = this.attributeValue(p + 1, attribs !== undefined);
      if (p < 0) return p;
      value = this.value;
    }
    if (attribs === undefined) return p;
    const name = lowerCase(html.slice(start, nameEnd), cased);
    // The first of a name wins; the own-property check is only needed for names like "constructor".
    const previous = attribs[name];
    if (previous === undefined || (typeof previous !== 'string' && !Object.hasOwn(attribs, name)))
      attribs[name] = value;
    return p;
  }

  /** The value last read by attributeValue() (a field, so that no pair is allocated per attribute). */
  private value = '';

  /** A quoted or unquoted value after `=` (from `from`, spaces allowed first); its end, or END. Read into `value` when `read`. */
  private attributeValue(from: number, read: boolean): number {
    const { html, n } = this;
    let p = this.skipSpace(from);
    if (p >= n) return this.cut;
    const quote = html.charCodeAt(p);
    let raw: string;
    if (quote === DOUBLE_QUOTE || quote === SINGLE_QUOTE) {
      const close = html.indexOf(quote === DOUBLE_QUOTE ? '"' : "'", p + 1);
      if (close < 0) return this.cut;
      raw = html.slice(p + 1, close);
      p = close + 1;
    } else {
      const start = p;
      while (p < n) {
        const c = html.charCodeAt(p);
        if (c === GT || isSpace(c)) break;
        p++;
      }
      if (p >= n) return this.cut;
      raw = html.slice(start, p);
    }
    this.value = !read ? '' : raw.includes('&') ? decodeHTMLAttribute(raw) : raw;
    return p;
  }

  /**
   * Where the content of `<script>`, `<title>`… from `from` ends: at its end tag, or at the end
   * of input. When more input follows: UNENDED without an end tag in what has been read, MORE
   * without the `>` that closes it (and for `<plaintext>`, which runs to the end whatever comes).
   */
  private textOnlyEnd(name: string, mode: TextMode, from: number): number {
    const { html, n, last } = this;
    if (mode === 'plaintext') return last ? n : MORE;
    const endTag = END_TAGS.get(name)!;
    endTag.lastIndex = from;
    const found = endTag.exec(html);
    if (found === null) return last ? n : UNENDED;
    if (!last && html.indexOf('>', found.index + 2 + name.length) < 0) return MORE;
    return found.index;
  }

  /** Content of `<script>`, `<title>`… up to `to` (textOnlyEnd), then its end tag, read as one. */
  private textOnly(mode: TextMode, from: number, to: number): number {
    const { html, tree } = this;
    if (mode === 'plaintext') {
      tree.text(html.slice(from));
      return END;
    }
    textOnlyContent(tree, mode, html.slice(from, to));
    return to < this.n ? this.endTag(to) : END;
  }

  /** `</name …>` at `lt` (at least one character follows the slash). */
  private endTag(lt: number): number {
    const { html, n, tree } = this;
    const first = html.charCodeAt(lt + 2);
    if (first === GT) return lt + 3; // `</>` is dropped
    if (!isAsciiAlpha(first)) return this.bogusComment(lt + 2);
    let cased = mayHaveCase(first);
    let p = lt + 3;
    for (; p < n; p++) {
      const c = html.charCodeAt(p);
      if (endsName(c)) break;
      if (mayHaveCase(c)) cased = true;
    }
    if (p >= n) return this.cut;
    const gt = html.indexOf('>', p);
    if (gt < 0 && !this.last) return MORE;
    tree.closeTag(tree.tagName(lowerCase(html.slice(lt + 2, p), cased)));
    return gt < 0 ? END : gt + 1;
  }

  /** After `<!` (at `s`): a comment, a doctype, CDATA, or a bogus comment. */
  private declaration(s: number): number {
    const { html, n, tree } = this;
    if (s >= n) {
      if (!this.last) return MORE;
      tree.comment('');
      return END;
    }
    const c = html.charCodeAt(s);
    if (c === OPEN_BRACKET) return this.cdata(s);
    if ((c | 0x20) === LOWER_D) return this.doctype(s);
    if (c === GT) {
      tree.comment('');
      return s + 1;
    }
    if (c !== DASH) return this.bogusComment(s);
    if (s + 1 >= n) {
      if (!this.last) return MORE;
      tree.comment(html.slice(s));
      return END;
    }
    const c2 = html.charCodeAt(s + 1);
    if (c2 === DASH) return this.comment(s + 2);
    if (c2 === GT) {
      tree.comment('-');
      return s + 2;
    }
    return this.bogusComment(s);
  }

  /** `<!--` seen; the comment's text starts at `start`. */
  private comment(start: number): number {
    const { html, n, tree } = this;
    if (!this.last && start + 1 >= n) return MORE;
    // "Abruptly closed" empty comments: `<!-->` and `<!--->`.
    if (html.charCodeAt(start) === GT) {
      tree.comment('');
      return start + 1;
    }
    if (html.charCodeAt(start) === DASH && html.charCodeAt(start + 1) === GT) {
      tree.comment('');
      return start + 2;
    }
    COMMENT_END.lastIndex = start;
    const found = COMMENT_END.exec(html);
    if (found) {
      tree.comment(html.slice(start, found.index));
      return found.index + found[0].length;
    }
    if (!this.last) return MORE;
    // Unterminated: the comment runs to the end, without a half-typed `--!` closer.
    const tail = html.endsWith('--!') ? 3 : html.endsWith('--') ? 2 : html.endsWith('-') ? 1 : 0;
    tree.comment(html.slice(start, Math.max(start, n - tail)));
    return END;
  }

  /** `<!` + something else, `</` + a non-letter, `<?`: a comment up to the next `>`. */
  private bogusComment(start: number): number {
    const gt = this.html.indexOf('>', start);
    if (gt < 0 && !this.last) return MORE;
    this.tree.comment(this.html.slice(start, gt < 0 ? this.n : gt));
    return gt < 0 ? END : gt + 1;
  }

  /** `<![` at `s`: CDATA is text inside SVG/MathML and a comment elsewhere. */
  private cdata(s: number): number {
    const { html, n, tree } = this;
    const opener = 'CDATA[';
    for (let k = 0; k < opener.length; k++) {
      const at = s + 1 + k;
      if (at >= n) return this.commentToEnd(s);
      if (html.charCodeAt(at) !== opener.charCodeAt(k)) return this.bogusComment(s);
    }
    const content = s + 1 + opener.length;
    const close = html.indexOf(']]>', content);
    if (close < 0) return this.commentToEnd(s);
    const value = html.slice(content, close);
    if (tree.isInForeignContext()) tree.text(value);
    else tree.comment(`[CDATA[${value}]]`);
    return close + 3;
  }

  /** `<!d` at `s`: a doctype when the word is "doctype", any case; a bogus comment otherwise. */
  private doctype(s: number): number {
    const { html, n, tree } = this;
    const word = 'doctype';
    for (let k = 1; k < word.length; k++) {
      const at = s + k;
      if (at >= n) return this.commentToEnd(s);
      const c = html.charCodeAt(at);
      if ((c | 0x20) === word.charCodeAt(k)) continue;
      if (c !== GT) return this.bogusComment(s);
      tree.comment(html.slice(s, at));
      return at + 1;
    }
    const gt = html.indexOf('>', s + word.length);
    if (gt < 0) return this.cut;
    tree.doctype('!doctype', `!${html.slice(s, gt)}`);
    return gt + 1;
  }

  private commentToEnd(start: number): number {
    if (!this.last) return MORE;
    this.tree.comment(this.html.slice(start));
    return END;
  }
}
