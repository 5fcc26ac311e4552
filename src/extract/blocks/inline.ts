import type { AnyNode, Element } from 'domhandler';
import type { Mark } from '../../model.ts';
import { isBlankText, isElement, isTextNode } from '../dom/nodes.ts';
import { hasBlockUtilityClass } from './block-tags.ts';

const SPACE = 0x20;
const NEWLINE = 0x0a;

/** Inline elements that carry a mark into the block model. */
const MARK_KINDS: Readonly<Record<string, Mark['kind']>> = {
  a: 'link',
  strong: 'strong',
  b: 'strong',
  em: 'emphasis',
  i: 'emphasis',
  code: 'code',
  kbd: 'code',
  samp: 'code',
};

/**
 * Collects a run of inline content as one paragraph's text with marks, collapsing whitespace
 * like a browser. The text is kept as a list of pieces with its length and last character:
 * appending to one string and then asking `endsWith(' ')` made V8 flatten the whole growing
 * string on every piece, quadratic in a paragraph's length (a 7.8 MB paragraph of 300 000
 * links took 585 s; bench scratch "inline marks").
 */
export class InlineBuffer {
  private readonly pieces: string[] = [];
  private length = 0;
  /** Char code of the text's last character; 0 while the text is empty. */
  private last = 0;
  private blank = true;
  private readonly marks: Mark[] = [];

  constructor(private readonly resolveHref: (href: string) => string | undefined) {}

  get isEmpty(): boolean {
    return this.blank;
  }

  appendText(data: string): void {
    const piece = data.replace(/\s+/g, ' ');
    if (piece.length === 0) return;
    const afterSpace = this.length === 0 || this.last === SPACE || this.last === NEWLINE;
    this.push(piece.charCodeAt(0) === SPACE && afterSpace ? piece.slice(1) : piece);
  }

  /** A line break inside a paragraph (`<br>`): trailing spaces go, then one `\n`. */
  appendBreak(): void {
    while (this.last === SPACE) {
      const piece = this.pieces.pop() as string;
      const kept = piece.replace(/ +$/, '');
      this.length -= piece.length - kept.length;
      if (kept.length > 0) this.pieces.push(kept);
      const tail = this.pieces[this.pieces.length - 1];
      this.last = tail === undefined ? 0 : tail.charCodeAt(tail.length - 1);
    }
    if (this.length > 0 && this.last !== NEWLINE) this.push('\n');
  }

  private push(piece: string): void {
    if (piece.length === 0) return;
    this.pieces.push(piece);
    this.length += piece.length;
    this.last = piece.charCodeAt(piece.length - 1);
    if (this.blank && !isBlankText(piece)) this.blank = false;
  }

  appendNode(node: AnyNode, keepMarks: boolean): void {
    if (isTextNode(node)) {
      this.appendText(node.data);
      return;
    }
    if (!isElement(node)) return;
    if (node.name === 'br') {
      this.appendBreak();
      return;
    }
    if (node.name === 'img' || node.name === 'wbr') return;
    const kind = keepMarks ? MARK_KINDS[node.name] : undefined;
    const spaced = hasBlockUtilityClass(node);
    if (spaced) this.appendText(' ');
    const start = this.length;
    for (const child of node.children) this.appendNode(child, keepMarks);
    if (kind) this.addMark(node, kind, start);
    if (spaced) this.appendText(' ');
  }

  private addMark(element: Element, kind: Mark['kind'], start: number): void {
    const end = this.length;
    if (end <= start) return;
    const mark: Mark = { start, end, kind };
    if (kind === 'link') {
      const href = element.attribs.href ? this.resolveHref(element.attribs.href) : undefined;
      if (!href) return;
      mark.href = href;
    }
    this.marks.push(mark);
  }

  /** The collected text (trimmed) and marks re-based onto it; resets the buffer. */
  take(): { text: string; marks: Mark[] } {
    const raw = this.pieces.join('');
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim().replace(/ *\n */g, '\n');
    const marks: Mark[] = [];
    for (const mark of this.marks) {
      const start = Math.max(0, mark.start - lead);
      const end = Math.min(text.length, mark.end - lead);
      // Whitespace around line breaks was squeezed; keep a mark only if it still spans its text.
      if (end > start && text.length === raw.trim().length) marks.push({ ...mark, start, end });
    }
    this.pieces.length = 0;
    this.length = 0;
    this.last = 0;
    this.blank = true;
    this.marks.length = 0;
    return { text, marks: trimMarks(text, marks) };
  }
}

function trimMarks(text: string, marks: Mark[]): Mark[] {
  return marks
    .map((mark) => {
      let { start, end } = mark;
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      return { ...mark, start, end };
    })
    .filter((mark) => mark.end > mark.start);
}
