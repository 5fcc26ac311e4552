import type { AnyNode, Element } from 'domhandler';
import type { Mark } from '../../model.ts';
import { isBlankText, isElement, isTextNode } from '../dom/nodes.ts';
import { hasBlockUtilityClass } from './block-tags.ts';

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

/** Collects a run of inline content as one paragraph's text with marks, collapsing whitespace like a browser. */
export class InlineBuffer {
  private text = '';
  private readonly marks: Mark[] = [];

  constructor(private readonly resolveHref: (href: string) => string | undefined) {}

  get isEmpty(): boolean {
    return isBlankText(this.text);
  }

  appendText(data: string): void {
    const piece = data.replace(/\s+/g, ' ');
    if (piece.length === 0) return;
    if (
      piece.startsWith(' ') &&
      (this.text.length === 0 || this.text.endsWith(' ') || this.text.endsWith('\n'))
    ) {
      this.text += piece.slice(1);
    } else {
      this.text += piece;
    }
  }

  /** A line break inside a paragraph (`<br>`). */
  appendBreak(): void {
    this.text = this.text.replace(/ +$/, '');
    if (this.text.length > 0 && !this.text.endsWith('\n')) this.text += '\n';
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
    const start = this.text.length;
    for (const child of node.children) this.appendNode(child, keepMarks);
    if (kind) this.addMark(node, kind, start);
    if (spaced) this.appendText(' ');
  }

  private addMark(element: Element, kind: Mark['kind'], start: number): void {
    const end = this.text.length;
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
    const raw = this.text;
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim().replace(/ *\n */g, '\n');
    const marks: Mark[] = [];
    for (const mark of this.marks) {
      const start = Math.max(0, mark.start - lead);
      const end = Math.min(text.length, mark.end - lead);
      // Whitespace around line breaks was squeezed; keep a mark only if it still spans its text.
      if (end > start && text.length === raw.trim().length) marks.push({ ...mark, start, end });
    }
    this.text = '';
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
