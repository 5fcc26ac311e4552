/**
 * Scoring of enrich predictions against the gold set (docs/enrich.md "Benchmark"):
 * precision, recall and F1 per part, with exact and overlap matching. Items are matched
 * one-to-one, greedily by largest overlap, so a prediction never counts twice.
 */
import type { Attribution, Entity, Quote, Span } from '../../../src/model.ts';
import type { GoldDoc } from './gold-format.ts';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export type Mode = 'exact' | 'overlap';

export interface Prediction {
  text: string;
  quotes: readonly Quote[];
  attributions: readonly Attribution[];
  entities: readonly Entity[];
}

export const PARTS = [
  'quote content',
  'cue',
  'speaker',
  'resolved speaker',
  'attribution claim',
  'attribution sources',
  'entities typed',
  'entities untyped',
] as const;
export type Part = (typeof PARTS)[number];

export function emptyCounts(): Record<Part, Record<Mode, Counts>> {
  const out = {} as Record<Part, Record<Mode, Counts>>;
  for (const p of PARTS) out[p] = { exact: { tp: 0, fp: 0, fn: 0 }, overlap: { tp: 0, fp: 0, fn: 0 } };
  return out;
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

const overlaps = (a: Span, b: Span): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const same = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end;

function spanMatch(mode: Mode, a?: Span, b?: Span): boolean {
  if (!a || !b) return false;
  return mode === 'exact' ? same(a, b) : overlaps(a, b) > 0;
}

/** One-to-one greedy matching of gold to predicted items by span overlap (and an extra test). */
export function match<G, P>(
  gold: readonly G[],
  pred: readonly P[],
  gs: (g: G) => Span,
  ps: (p: P) => Span,
  ok: (g: G, p: P) => boolean = () => true,
): [G, P][] {
  const used = new Set<number>();
  const out: [G, P][] = [];
  for (const g of gold) {
    let best = -1;
    let bestOverlap = 0;
    pred.forEach((p, i) => {
      const o = overlaps(gs(g), ps(p));
      if (!used.has(i) && o > bestOverlap && ok(g, p)) {
        best = i;
        bestOverlap = o;
      }
    });
    if (best >= 0) {
      used.add(best);
      out.push([g, pred[best] as P]);
    }
  }
  return out;
}

function add(c: Counts, tp: number, predicted: number, gold: number): void {
  c.tp += tp;
  c.fp += predicted - tp;
  c.fn += gold - tp;
}

/** Normalised speaker or source name: no leading article, no possessive, lower case. */
export function normalName(name: string): string {
  return name
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/[’']s\b/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function namesMatch(mode: Mode, gold: string, pred: string): boolean {
  const g = normalName(gold);
  const p = normalName(pred);
  if (mode === 'exact') return g === p;
  return g === p || g.includes(p) || p.includes(g) || g.split(' ').pop() === p.split(' ').pop();
}

/** Adds one document's counts for every part and both modes. */
export function scoreDoc(gold: GoldDoc, pred: Prediction, counts: Record<Part, Record<Mode, Counts>>): void {
  for (const mode of ['exact', 'overlap'] as const) {
    const pairs = match(
      gold.quotes,
      pred.quotes,
      (g) => g.content,
      (p) => p,
      (g, p) => mode === 'overlap' || same(g.content, p),
    );
    add(counts['quote content'][mode], pairs.length, pred.quotes.length, gold.quotes.length);
    const cueTp = pairs.filter(([g, p]) => spanMatch(mode, g.cue, p.cueSpan)).length;
    add(
      counts.cue[mode],
      cueTp,
      pred.quotes.filter((p) => p.cueSpan).length,
      gold.quotes.filter((g) => g.cue).length,
    );
    const spTp = pairs.filter(([g, p]) => spanMatch(mode, g.speaker, p.speaker.span)).length;
    add(counts.speaker[mode], spTp, pred.quotes.length, gold.quotes.filter((g) => g.speaker).length);
    const resTp = pairs.filter(
      ([g, p]) => g.resolved !== undefined && namesMatch(mode, g.resolved, p.speaker.name ?? p.speaker.text),
    ).length;
    add(counts['resolved speaker'][mode], resTp, pred.quotes.length, gold.quotes.length);
    const predA = pred.attributions.filter((a) => a.claimSpan);
    const aPairs = match(
      gold.attributions,
      predA,
      (g) => g.claim,
      (p) => p.claimSpan as Span,
      (g, p) => mode === 'overlap' || same(g.claim, p.claimSpan as Span),
    );
    add(counts['attribution claim'][mode], aPairs.length, predA.length, gold.attributions.length);
    let srcTp = 0;
    for (const [g, p] of aPairs) {
      const goldNames = g.sources.map((s) => gold.text.slice(s.start, s.end));
      srcTp += goldNames.filter((n) => p.sources.some((s) => namesMatch(mode, n, s))).length;
    }
    add(
      counts['attribution sources'][mode],
      srcTp,
      predA.reduce((n, a) => n + a.sources.length, 0),
      gold.attributions.reduce((n, a) => n + a.sources.length, 0),
    );
    scoreEntities(gold, pred, mode, counts);
  }
}

/** A name mention, not a pronoun or nominal speaker mention ("She", "The company") added by resolution. */
function isName(value: string): boolean {
  return /^[\p{Lu}\d]/u.test(value) && !/^(?:he|she|it|they|we|i|(?:the|a|an)\s.*)$/i.test(value);
}

function scoreEntities(
  gold: GoldDoc,
  pred: Prediction,
  mode: Mode,
  counts: Record<Part, Record<Mode, Counts>>,
): void {
  // pronoun and nominal mentions ("he", "the ministry") are not annotated as entity mentions in the gold
  const mentions = pred.entities.flatMap((e) =>
    e.mentions.filter((m) => isName(pred.text.slice(m.start, m.end))).map((m) => ({ ...m, type: e.type })),
  );
  const test = (g: Span, p: Span): boolean => (mode === 'exact' ? same(g, p) : overlaps(g, p) > 0);
  const typed = match(
    gold.entities,
    mentions,
    (g) => g,
    (p) => p,
    (g, p) => g.type === p.type && test(g, p),
  );
  add(counts['entities typed'][mode], typed.length, mentions.length, gold.entities.length);
  const untyped = match(
    gold.entities,
    mentions,
    (g) => g,
    (p) => p,
    (g, p) => test(g, p),
  );
  add(counts['entities untyped'][mode], untyped.length, mentions.length, gold.entities.length);
}
