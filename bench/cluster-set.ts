/**
 * The syndication set of `npm run bench:cluster`, generated reproducibly (seeded) from the
 * benchmark truth texts (../shared/bench/*​/ground-truth.json articleBody): some stories are
 * re-published as wire copies — a new dateline, a new photo caption, truncated, with
 * "(With inputs from Reuters)"-style trailers — and mixed with unrelated stories.
 */

export interface SetDoc {
  id: number;
  /** Which original it copies (the original's own family is its id). */
  family: number;
  text: string;
}

/** mulberry32: a tiny seeded PRNG, so the set is the same on every run. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DATELINES = [
  'NEW DELHI (Reuters) - ',
  'LONDON, May 2 (AP) — ',
  'PARIS (AFP) - ',
  'SYDNEY, Jan 9 (Reuters) - ',
  'NAIROBI — ',
];
const TRAILERS = [
  '(With inputs from Reuters)',
  '(Reporting by Anna Field; Editing by Mark Stone)',
  '(With inputs from agencies)',
  '© Copyright 2024 The Associated Press. All rights reserved.',
];
const CAPTIONS = [
  'FILE PHOTO: People walk past the building in the city centre. REUTERS/Staff',
  'A view of the site on Tuesday. (Photo: AFP)',
  'Officials speak to reporters. Photograph: Agency Pictures',
];

export interface SetOptions {
  seed: number;
  /** Stories copied (each gets 1–4 copies). */
  families: number;
  /** Unrelated stories mixed in. */
  singles: number;
}

/** Paragraphs of a truth text with at least `min` words in all. */
function paragraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

export function buildSyndicationSet(bodies: readonly string[], options: SetOptions): SetDoc[] {
  const random = seeded(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const usable = bodies.filter((b) => paragraphs(b).length >= 4 && b.split(/\s+/).length >= 150);
  const order = usable.map((b, i) => ({ b, k: random(), i })).sort((x, y) => x.k - y.k);
  const docs: SetDoc[] = [];
  let id = 1;
  for (const { b } of order.slice(0, options.families)) {
    const family = id;
    docs.push({ id: id++, family, text: b });
    const copies = 1 + Math.floor(random() * 4);
    for (let c = 0; c < copies; c++) docs.push({ id: id++, family, text: variant(b, random, pick) });
  }
  for (const { b } of order.slice(options.families, options.families + options.singles)) {
    docs.push({ id, family: id, text: b });
    id++;
  }
  return docs;
}

/** One wire copy: each change applied with its own chance, at least one always. */
function variant(body: string, random: () => number, pick: <T>(list: readonly T[]) => T): string {
  let paras = paragraphs(body);
  const changes = {
    dateline: random() < 0.6,
    caption: random() < 0.5,
    truncate: random() < 0.5,
    trailer: random() < 0.6,
  };
  if (!Object.values(changes).some(Boolean)) changes.truncate = true;
  if (changes.truncate)
    paras = paras.slice(0, Math.max(3, Math.round(paras.length * (0.4 + random() * 0.4))));
  if (changes.dateline) paras = [pick(DATELINES) + (paras[0] ?? ''), ...paras.slice(1)];
  if (changes.caption) {
    const at = 1 + Math.floor(random() * Math.max(1, paras.length - 1));
    paras = [...paras.slice(0, at), pick(CAPTIONS), ...paras.slice(at)];
  }
  if (changes.trailer) paras = [...paras, pick(TRAILERS)];
  return paras.join('\n');
}

/** Pairwise precision, recall and F1 of predicted groups against gold groups (same ids). */
export function pairwise(gold: ReadonlyMap<number, number>, predicted: ReadonlyMap<number, number>) {
  const pairs = (groups: Map<string, number>): number =>
    [...groups.values()].reduce((s, n) => s + (n * (n - 1)) / 2, 0);
  const count = (key: (id: number) => string): Map<string, number> => {
    const m = new Map<string, number>();
    for (const id of gold.keys()) m.set(key(id), (m.get(key(id)) ?? 0) + 1);
    return m;
  };
  const tp = pairs(count((id) => `${gold.get(id)}:${predicted.get(id)}`));
  const predictedPairs = pairs(count((id) => String(predicted.get(id))));
  const goldPairs = pairs(count((id) => String(gold.get(id))));
  const precision = predictedPairs === 0 ? 1 : tp / predictedPairs;
  const recall = goldPairs === 0 ? 1 : tp / goldPairs;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, goldPairs, predictedPairs, tp };
}
