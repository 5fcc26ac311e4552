/**
 * Ways the news web breaks pages, applied to the benchmark pages by `npm run bench:robust`:
 * markup cut or garbled (tags that lose their `<`, an unclosed comment or script, a truncated
 * download), text without the punctuation the sentence splitter needs, and storms of marks
 * and cues. Each mutation draws from its own seeded generator, so a case found is
 * reproduced by its page, mutation and seed alone.
 */

export type Random = () => number;

/** A small linear congruential generator (glibc's constants): deterministic and seedable. */
export function seededRandom(seed: number): Random {
  let state = seed & 0x7fffffff;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

/** Replaces each match of `pattern` with `replacement` at the given rate. */
function sometimes(pattern: RegExp, rate: number, replacement: string) {
  return (html: string, random: Random) =>
    html.replace(pattern, (match) => (random() < rate ? replacement : match));
}

export const MUTATIONS: Readonly<Record<string, (html: string, random: Random) => string>> = {
  truncate: (html, random) => html.slice(0, Math.floor(random() * html.length)),
  'delete-lt': sometimes(/</g, 0.2, ''),
  'delete-gt': sometimes(/>/g, 0.2, ''),
  'drop-quotes': sometimes(/"/g, 0.05, ''),
  swap: (html, random) => {
    const a = Math.floor(random() * html.length);
    const b = Math.floor(random() * html.length);
    const [lo, hi] = a < b ? [a, b] : [b, a];
    return html.slice(0, lo) + html.slice(hi) + html.slice(lo, hi);
  },
  'open-comment': (html) => html.replace('<p', '<!--<p'),
  'open-script': (html) => html.replace('<body', '<script><!--<script>'),
  'deep-wrappers': sometimes(/<div/g, 0.3, '<div><div><span><p><div'),
  'table-chaos': sometimes(/<p>/g, 0.3, '<table><td><p>'),
  'formatting-storm': sometimes(/<p>/g, 0.5, '<p><b><i><u><a href=x>'),
  nul: sometimes(/e/g, 0.01, '\u0000'),
  'bidi-and-surrogates': sometimes(/ the /g, 0.1, ' \u202e\u200f the\ud800 '),
  'whitespace-storm': sometimes(/ /g, 0.02, ' \n\t '.repeat(50)),
  'no-stops': sometimes(/[.!?]/g, 0.7, ''),
  'quote-storm': sometimes(/\. /g, 0.3, '. “He said ” “ '),
  'according-cut': sometimes(/\. /g, 0.2, ', according to. '),
  'cue-storm': sometimes(/\. /g, 0.2, ', he said. “'),
  'upper-case': (html) => html.toUpperCase(),
};
