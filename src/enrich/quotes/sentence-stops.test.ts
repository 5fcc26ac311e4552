import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentenceStops } from './sentence-stops.ts';

/** The per-quote scans sentenceStops() replaces: its answers must be theirs at every position. */
function lineStartByScan(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}
function sentenceStartByScan(text: string, at: number, floor: number): number {
  let best = 0;
  for (const m of text.slice(floor, at).matchAll(/[.!?]["”’]?\s+/g)) best = (m.index ?? 0) + m[0].length;
  return floor + best;
}

const TEXTS = [
  'He left. “We stay,” she said.\nThen: “No.”  Why?  “Because!” ',
  'Dr. Smith said: “It works.”\n\nWait…  what?” he asked.\u00a0 ‘Yes.’ ',
  '..  !!\n?\n. ” “.’ x',
  '',
  'No stops or lines at all, just “a quote” here',
];

test('sentenceStops() gives the line start and sentence start a scan of the text before gives', () => {
  for (const text of TEXTS) {
    const stops = sentenceStops(text);
    for (let at = 0; at <= text.length; at++) {
      assert.equal(stops.lineStart(at), lineStartByScan(text, at), `line ${JSON.stringify(text)} @${at}`);
      for (let floor = 0; floor <= at; floor++) {
        assert.equal(
          stops.sentenceStartBefore(at, floor),
          sentenceStartByScan(text, at, floor),
          `sentence ${JSON.stringify(text)} @${at} from ${floor}`,
        );
      }
    }
  }
});
