/**
 * What a function computed for the last article text it saw. One article at a time goes
 * through enrich, and its stages ask again and again about the same text (its words, its
 * paragraphs and sentences): each such question keeps its last answer. Answers are shared,
 * so callers only read them.
 */
export function forLastText<T>(compute: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let last: T;
  return (text) => {
    if (text !== lastText) {
      last = compute(text);
      lastText = text;
    }
    return last;
  };
}
