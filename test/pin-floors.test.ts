import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyFloors, type FloorsFile, findShortfalls } from '../bench/lib/floors.ts';
import { type PinRequest, pinFloors, roundFloor } from '../bench/lib/pin.ts';
import { parseReferences } from '../bench/lib/references.ts';
import { parseMetaOutput } from '../bench/lib/scorer.ts';

const BASE: PinRequest = {
  corpus: 'scrapinghub',
  hash: 'h1',
  stride: 1,
  measured: { f1: 0.91234, precision: 0.9 },
  lower: false,
  date: '2026-11-28',
};

function pinned(file: FloorsFile, req: Partial<PinRequest> = {}): FloorsFile {
  const result = pinFloors(file, { ...BASE, ...req });
  assert.ok(result.ok, result.ok ? '' : result.error);
  return result.file;
}

test('pinFloors() first pin rounds floors down and records "first pin"', () => {
  const file = pinned(emptyFloors());
  assert.deepEqual(file.floors.scrapinghub, { f1: 0.9123, precision: 0.9 });
  assert.equal(file.corpusHash.scrapinghub, 'h1');
  assert.equal(file.history.length, 1);
  assert.equal(file.history[0]?.reason, 'first pin');
});

test('pinFloors() raises floors and leaves the input file untouched', () => {
  const first = pinned(emptyFloors());
  const second = pinned(first, { measured: { f1: 0.95, precision: 0.9 } });
  assert.equal(second.floors.scrapinghub?.f1, 0.95);
  assert.equal(first.floors.scrapinghub?.f1, 0.9123);
  assert.equal(second.history.at(-1)?.reason, 'raised to the measured values');
});

test('pinFloors() reports "unchanged" and adds no history when nothing rose', () => {
  const first = pinned(emptyFloors());
  const result = pinFloors(first, BASE);
  assert.ok(result.ok);
  assert.equal(result.changed, false);
  assert.equal(result.file.history.length, 1);
});

test('pinFloors() refuses to lower a floor without --lower', () => {
  const first = pinned(emptyFloors());
  const result = pinFloors(first, { ...BASE, measured: { f1: 0.95, precision: 0.8 } });
  assert.equal(result.ok, false);
  assert.match(
    result.ok ? '' : result.error,
    /refusing to lower floors \(precision 0\.8000 < floor 0\.9000\)/,
  );
});

test('pinFloors() lowers only with --lower and a reason, which history keeps', () => {
  const first = pinned(emptyFloors());
  const noReason = pinFloors(first, { ...BASE, measured: { f1: 0.8, precision: 0.8 }, lower: true });
  assert.equal(noReason.ok, false);
  const lowered = pinned(first, { measured: { f1: 0.8, precision: 0.8 }, lower: true, reason: 'new truth' });
  assert.deepEqual(lowered.floors.scrapinghub, { f1: 0.8, precision: 0.8 });
  assert.deepEqual(lowered.history.at(-1)?.old, { f1: 0.9123, precision: 0.9 });
  assert.equal(lowered.history.at(-1)?.reason, 'new truth');
});

test('pinFloors() needs a reason when the corpus hash or stride changed', () => {
  const first = pinned(emptyFloors());
  assert.equal(pinFloors(first, { ...BASE, hash: 'h2' }).ok, false);
  assert.equal(pinFloors(first, { ...BASE, stride: 2 }).ok, false);
  const moved = pinned(first, {
    hash: 'h2',
    measured: { f1: 0.5, precision: 0.5 },
    reason: 'corpus re-laid',
  });
  assert.equal(moved.corpusHash.scrapinghub, 'h2');
  assert.equal(moved.floors.scrapinghub?.f1, 0.5);
});

test('roundFloor() never rounds up', () => {
  assert.equal(roundFloor(0.99999), 0.9999);
  assert.equal(roundFloor(0.5), 0.5);
});

test('findShortfalls() passes within the tolerance and names metrics below it', () => {
  const floors = { f1: 0.9, recall: 0.8 };
  assert.deepEqual(findShortfalls({ f1: 0.8985, recall: 0.95 }, floors, 0.002), []);
  assert.deepEqual(findShortfalls({ f1: 0.897, recall: 0.95 }, floors, 0.002), [
    { metric: 'f1', floor: 0.9, measured: 0.897 },
  ]);
  assert.equal(findShortfalls({ f1: 0.95 }, floors, 0.002)[0]?.metric, 'recall');
});

test('parseMetaOutput() reads the ok/n counts score-meta.mjs prints', () => {
  const out =
    'title       52.2 %  (414/793)\n  miss x: truth "a" | got "b"\nauthor      0.0 %  (0/500)\npublished  84.6 %  (11/13)\n';
  const meta = parseMetaOutput(out);
  assert.deepEqual(meta.title, { ok: 414, n: 793, share: 414 / 793 });
  assert.deepEqual(meta.author, { ok: 0, n: 500, share: 0 });
  assert.equal(meta.published.n, 13);
  assert.throws(() => parseMetaOutput('usage: node score-meta.mjs'), /Cannot read score-meta\.mjs output/);
});

test('parseReferences() reads the README table rows and the WCXB sentence', () => {
  const readme = [
    '| extractor | F1 | P | R | acc |',
    '| --- | --- | --- | --- | --- |',
    '| trafilatura 2.2.0 (measured) | 0.960 | 0.943 | 0.978 | 0.298 |',
    'Reference points on `wcxb-dev-article` (measured, trafilatura 2.2.0 with metadata):',
    'body F1 0.931 (P 0.924, R 0.939, accuracy 0.136); title 52.2 %, author 69.3 %,',
    'published day 84.6 % by `score-meta.mjs`.',
  ].join('\n');
  const refs = parseReferences(readme);
  assert.equal(refs.length, 2);
  assert.deepEqual(refs[0], {
    corpus: 'scrapinghub',
    name: 'trafilatura 2.2.0 (measured)',
    f1: 0.96,
    precision: 0.943,
    recall: 0.978,
    accuracy: 0.298,
  });
  assert.equal(refs[1]?.corpus, 'wcxb');
  assert.equal(refs[1]?.title, 0.522);
});
