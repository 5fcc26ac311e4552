import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { leastCpuRatio } from '../../test/support/cpu-ms.ts';
import type { Block, Quote } from '../model.ts';
import { resolveOptions } from '../options.ts';
import { processString } from '../pipeline.ts';
import { formatArticle } from './index.ts';
import { type InlineRange, nestRanges, quoteRanges } from './inline.ts';
import { markedQuotes } from './markdown-inline.ts';

/** A linear congruential generator: failures name a reproducible case. */
function lcg(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % n;
  };
}

const RANK = { quote: 0, link: 1, strong: 2, emphasis: 3, code: 4 } as const;
const order = (a: InlineRange, b: InlineRange) =>
  a.start - b.start || b.end - a.end || RANK[a.kind] - RANK[b.kind];

/** The plain algorithm nestRanges replaced (shift, push, re-sort): the reference it must equal. */
function referenceNest(ranges: readonly InlineRange[], length: number): InlineRange[] {
  const work = ranges
    .map((r) => ({ ...r, start: Math.max(0, r.start), end: Math.min(length, r.end) }))
    .filter((r) => r.end > r.start)
    .sort(order);
  const out: InlineRange[] = [];
  const stack: InlineRange[] = [];
  while (work.length > 0) {
    let range = work.shift() as InlineRange;
    while (stack.length > 0 && (stack[stack.length - 1] as InlineRange).end <= range.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && range.end > parent.end) {
      work.push({ ...range, start: parent.end });
      work.sort(order);
      range = { ...range, end: parent.end };
    }
    if (parent?.kind === 'code') continue;
    out.push(range);
    stack.push(range);
  }
  return out;
}

const KINDS = ['quote', 'link', 'strong', 'emphasis', 'code'] as const;

describe('inline ranges by position', () => {
  test('nestRanges() equals the plain shift-and-re-sort algorithm on 2 000 random crossing range sets', () => {
    const random = lcg(7);
    for (let round = 0; round < 2000; round++) {
      const length = 1 + random(40);
      const ranges: InlineRange[] = Array.from({ length: random(12) }, () => {
        const start = random(length + 4) - 2;
        return { start, end: start + random(20), kind: KINDS[random(KINDS.length)] as InlineRange['kind'] };
      });
      assert.deepEqual(nestRanges(ranges, length), referenceNest(ranges, length), JSON.stringify(ranges));
    }
  });

  test('quoteRanges() and markedQuotes() equal testing every quote against every block', () => {
    const random = lcg(11);
    for (let round = 0; round < 500; round++) {
      // Blocks laid out in text order without overlap, some without a span (figures).
      const blocks: Block[] = [];
      let at = 0;
      for (let b = random(8); b >= 0; b--) {
        const start = at + random(3);
        const end = start + 1 + random(10);
        blocks.push(
          random(5) === 0 ? { type: 'figure' } : { type: 'paragraph', text: '', span: { start, end } },
        );
        at = end + 1;
      }
      const quotes = Array.from({ length: random(10) }, () => {
        const start = random(at + 2);
        return { start, end: start + random(25) } as Quote;
      });
      for (const block of blocks) {
        const plain = quotes
          .map((q, i) => {
            const span = block.span;
            if (!span) return undefined;
            const start = Math.max(q.start, span.start) - span.start;
            const end = Math.min(q.end, span.end) - span.start;
            return end > start ? { start, end, kind: 'quote', quote: i } : undefined;
          })
          .filter((r) => r !== undefined);
        assert.deepEqual(quoteRanges(block, quotes), plain);
      }
      const marked = quotes.flatMap((q, i) =>
        blocks.some((b) => b.type !== 'figure' && b.span && b.span.start < q.end && q.start < b.span.end)
          ? [i]
          : [],
      );
      assert.deepEqual(
        [...markedQuotes({ blocks, quotes })].sort((x, y) => x - y),
        marked,
      );
    }
  });
});

describe('rich formats scale with the page', () => {
  test('nestRanges(): 4× the ranges (150 000 → 600 000) cost less than 12× the CPU', () => {
    // Past about 130 000 elements V8 can no longer trim an array's front in place, so the
    // old shift() per range copied the rest each time: 180 000 links took 50 s to render.
    // That is quadratic, 16× for 4× the ranges. Linear code measures 4–10× here: collecting
    // 600 000 live objects costs more than 4× collecting 150 000 (8.2× and 10.3× seen at a
    // bound of 8, before and after pieces), so the bound is 12.
    const make = (n: number): InlineRange[] =>
      Array.from({ length: n }, (_, i) => ({
        start: i * 3,
        end: i * 3 + 2,
        kind: i % 2 ? 'link' : 'strong',
      }));
    const [small, large] = [make(150_000), make(600_000)];
    nestRanges(make(1000), Number.MAX_SAFE_INTEGER); // compiled before timing
    // The least of runs taken in turn: arrays this long live in V8's large-object space, on
    // freshly mapped memory whose first touch (page faults, GC threads) is the noise of one run.
    const r = leastCpuRatio(
      () => nestRanges(small, Number.MAX_SAFE_INTEGER),
      () => nestRanges(large, Number.MAX_SAFE_INTEGER),
      3,
    );
    assert.ok(r < 12, `4× the ranges cost ${r.toFixed(1)}× the CPU`);
  });

  test('4× the one-quote paragraphs (3 000 → 12 000) cost less than 8× the CPU to render (it was 11×)', () => {
    const options = resolveOptions({ timeoutMs: 0 });
    const make = (n: number) => `<article>${'<p>"Yes," said Smith.</p>'.repeat(n)}</article>`;
    const [small, large] = [processString(make(3000), options), processString(make(12_000), options)];
    const render = (a: typeof small) => () => {
      for (const format of ['markdown', 'html', 'tei'] as const) formatArticle(a, format);
    };
    render(small)(); // compiled before timing
    const r = leastCpuRatio(render(small), render(large), 3);
    assert.ok(r < 8, `4× the quotes cost ${r.toFixed(1)}× the CPU`);
  });
});
