import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CUE_PHRASES, CUE_VERBS } from './cues.ts';

test('each multi-word cue lists the first words its pattern can begin with (cuesIn skips the others)', () => {
  for (const { pattern, firstWords } of CUE_PHRASES) {
    const head = /^\^(?:\(\?:([a-z|]+)\)|([a-z]+)) /.exec(pattern.source);
    assert.ok(head, `${pattern} starts with a literal first word and a space`);
    const words = (head[1] ?? head[2] ?? '').split('|');
    assert.deepEqual([...firstWords].sort(), words.sort(), String(pattern));
  }
});

test('every verb cue form is lower case (cuesIn looks words up as written, so "Said" is no cue)', () => {
  for (const form of CUE_VERBS.keys()) assert.equal(form, form.toLowerCase(), form);
});
