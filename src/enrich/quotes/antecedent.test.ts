import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Mentions } from './antecedent.ts';
import { sentenceSubjects } from './antecedent.ts';

type Mention = Mentions[number];

function mention(name: string, type: Mention['type'], start: number): Mention {
  return { name, type, start, end: start + name.length, rule: 'test', guessed: false, entity: 0 };
}

describe('sentence subjects', () => {
  test('are the first PERSON and the first ORG of each sentence, outside quotations, in text order', () => {
    // "Ann Lee of Acme met Bo Ray. “Zed Co is fine,” said Cy Dunn of Beta."
    const sentences = [
      { start: 0, end: 27 },
      { start: 28, end: 70 },
    ];
    const mentions = [
      mention('Bo Ray', 'PERSON', 20),
      mention('Ann Lee', 'PERSON', 0),
      mention('Acme', 'ORG', 11),
      mention('Zed Co', 'ORG', 29),
      mention('Cy Dunn', 'PERSON', 51),
      mention('Beta', 'ORG', 62),
    ];
    const subjects = sentenceSubjects(sentences, mentions, [{ start: 29, end: 44 }]);
    assert.deepEqual(
      subjects.map((m) => m.name),
      ['Ann Lee', 'Acme', 'Cy Dunn', 'Beta'],
    );
  });

  test('skip a mention that runs past its sentence and find none in a sentence without names', () => {
    const sentences = [
      { start: 0, end: 10 },
      { start: 11, end: 20 },
      { start: 21, end: 40 },
    ];
    const subjects = sentenceSubjects(
      sentences,
      [mention('Long Name Co', 'ORG', 5), mention('Dee', 'PERSON', 25)],
      [],
    );
    assert.deepEqual(
      subjects.map((m) => m.name),
      ['Dee'],
    );
  });
});
