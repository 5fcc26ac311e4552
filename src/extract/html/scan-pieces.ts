import { checkPageBudget } from '../../util/page-budget.ts';
import { END_TAGS, Scanner, textOnlyContent } from './scanner.ts';
import type { TreeBuilder } from './tree-builder.ts';

/**
 * Reads a page given whole or in pieces (`Decoded.pieces`, cut before a `<` where they could
 * be: src/decode/pieces.ts) into `tree`, without ever joining the pieces into one string: a
 * string over 128 KB costs V8 freshly mapped memory, ~1 ms for an average page here.
 *
 * Each piece is scanned after what the last one left unread (a tag cut in two, say). A token
 * longer than that — a data-URI attribute, a huge comment — is read again with twice as many
 * pieces each time, so it is rescanned a few times, not once per piece. The one long token that
 * is common, a `<script>` or `<style>` of hundreds of KB, is not rescanned at all: its end tag
 * is looked for piece by piece (contentAcrossPieces).
 */
export function scanHtml(source: string | readonly string[], tree: TreeBuilder): void {
  const pieces = typeof source === 'string' ? [source] : source;
  let carry = '';
  let take = 1;
  for (let i = 0; ; ) {
    let html = carry;
    for (const upto = Math.min(pieces.length, i + take); i < upto; i++) html += pieces[i];
    const last = i === pieces.length;
    const scanner = new Scanner(html, tree, last);
    const stop = scanner.run();
    if (last) return;
    const open = scanner.openTextOnly;
    if (open === undefined) {
      take = stop === 0 ? take * 2 : 1;
      carry = html.slice(stop);
      continue;
    }
    // What the scanner would have done had it seen the whole page: open, content, end tag.
    const found = contentAcrossPieces(html.slice(open.from), pieces, i, open.name);
    tree.openTag(open.tag, open.attribs, open.selfClosing);
    textOnlyContent(tree, open.mode, found.content);
    // No end tag anywhere: the content ran to the end of the page, which ends the scan.
    if (found.rest === undefined) return;
    carry = found.rest;
    i = found.next;
    take = 1;
  }
}

interface TextOnlyAcross {
  /** The element's content (a rope of slices: nothing copied unless read). */
  content: string;
  /** From its end tag on, to be scanned next; undefined when it has none. */
  rest: string | undefined;
  /** The first piece not yet in `rest`. */
  next: number;
}

/**
 * The content of a text-only element that starts `first` (which holds no end tag) and runs on
 * into `pieces[next…]`: up to the first `</name` + whitespace, `/` or `>`, the match
 * `scanner.ts`'s END_TAGS make in one string. Each window keeps the last characters of the one
 * before, so an end tag cut between two pieces is still found.
 */
export function contentAcrossPieces(
  first: string,
  pieces: readonly string[],
  next: number,
  name: string,
): TextOnlyAcross {
  const endTag = END_TAGS.get(name)!;
  // A match is `</` + name + one character; one character fewer can end a window unmatched.
  const overlap = name.length + 2;
  let content = '';
  let window = first;
  for (let j = next; j < pieces.length; j++) {
    checkPageBudget();
    const cut = Math.max(0, window.length - overlap);
    content += window.slice(0, cut);
    window = window.slice(cut) + pieces[j];
    endTag.lastIndex = 0;
    const found = endTag.exec(window);
    if (found !== null) {
      return {
        content: content + window.slice(0, found.index),
        rest: window.slice(found.index),
        next: j + 1,
      };
    }
  }
  return { content: content + window, rest: undefined, next: pieces.length };
}
