/**
 * What a function computed for the last article text it saw. One article at a time goes
 * through enrich, and its stages ask again and again about the same text (its words, its
 * paragraphs and sentences): each such question keeps its last answer. Answers are shared,
 * so callers only read them.
 *
 * The text asked about is always kept, even when it equals the last one: an equal string that
 * is another object compares character by character, so keeping the old object made every
 * later question about a new copy of the same text cost a full comparison (the same 0.9 MB
 * page run twice: 0.6 s, then 11 s, in thousands of comparisons of the whole text).
 */
export function forLastText<T>(compute: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let last: T;
  return (text) => {
    if (text !== lastText) last = compute(text);
    lastText = text;
    return last;
  };
}
