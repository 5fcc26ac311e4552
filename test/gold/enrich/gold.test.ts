import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { enrich } from '../../../src/enrich/index.ts';
import { resolveOptions } from '../../../src/options.ts';
import { parseGold } from './gold-format.ts';
import { emptyCounts, prf, scoreDoc } from './score.ts';
import { structuredFromText } from './structured.ts';
import { renderGold } from './write-gold.ts';

const DIR = fileURLToPath(new URL('./', import.meta.url));
const EXAMPLE = `# id: example
# license: MIT
---
“«Q1 Any transfer would be an escalation,»” [SPEAKER:Q1 [ORG White House] spokesperson [PERSON Sean Savett]] [CUE:Q1 said].
[SOURCE:A1 [ORG CNN]] [CUE:A1 reported] that «A1 [GPE Iran] had sent missiles», [QUAL:A1 citing unidentified sources]. A \\[bracket\\] stays.
---
Q1 direct = Sean Savett ; role = spokesperson ; affiliation = White House
A1 anonymous
`;

test('parseGold() reads quotes, speakers, cues, attributions and entities with spans into the plain text', () => {
  const g = parseGold(EXAMPLE);
  assert.equal(g.header.id, 'example');
  assert.equal(
    g.text.split('\n')[1],
    'CNN reported that Iran had sent missiles, citing unidentified sources. A [bracket] stays.',
  );
  const q = g.quotes[0];
  assert.equal(g.text.slice(q?.content.start, q?.content.end), 'Any transfer would be an escalation,');
  assert.equal(g.text.slice(q?.speaker?.start, q?.speaker?.end), 'White House spokesperson Sean Savett');
  assert.deepEqual(
    [q?.direct, q?.resolved, q?.role, q?.affiliation],
    [true, 'Sean Savett', 'spokesperson', 'White House'],
  );
  const a = g.attributions[0];
  assert.equal(g.text.slice(a?.claim.start, a?.claim.end), 'Iran had sent missiles');
  assert.deepEqual(
    a?.qualifiers.map((s) => g.text.slice(s.start, s.end)),
    ['citing unidentified sources'],
  );
  assert.equal(a?.anonymous, true);
  assert.deepEqual(
    g.entities.map((e) => `${e.type} ${g.text.slice(e.start, e.end)}`),
    ['ORG White House', 'PERSON Sean Savett', 'ORG CNN', 'GPE Iran'],
  );
});

test('parseGold() rejects unbalanced marks and unknown references', () => {
  assert.throws(() => parseGold('---\n«Q1 open\n---\n'), /unclosed mark Q1/);
  assert.throws(() => parseGold('---\n[CUE:Q2 said]\n---\n'), /refers to no «Q2/);
  assert.throws(() => parseGold('---\nno marks\n---\nQ9 direct = X\n'), /unknown Q9/);
});

test('every gold file parses, names its source and license, and has quotes or attributions', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.txt'));
  assert.ok(files.length >= 40, `${files.length} gold files`);
  for (const f of files) {
    const g = parseGold(readFileSync(DIR + f, 'utf8'), f);
    assert.match(g.header.license ?? '', /^(?:MIT|CC-BY-4\.0)$/, f);
    assert.ok(g.header.id && g.header.url, f);
    assert.ok(g.quotes.length + g.attributions.length > 0, f);
    assert.ok(
      g.quotes.every((q) => q.resolved),
      `${f}: every quote has a resolved speaker`,
    );
  }
});

test('renderGold() output parses back to the same spans, and scores perfectly against itself', () => {
  const text = readFileSync(new URL('./fixtures/seed-kyiv.txt', import.meta.url), 'utf8');
  const doc = enrich(structuredFromText(text), resolveOptions());
  const g = parseGold(renderGold({ id: 'seed' }, text, doc));
  assert.equal(g.text, text);
  assert.deepEqual(
    g.quotes.map((q) => [q.content.start, q.content.end]),
    doc.quotes.map((q) => [q.start, q.end]),
  );
  const counts = emptyCounts();
  scoreDoc(g, doc, counts);
  assert.equal(prf(counts['quote content'].exact).f, 1);
  assert.equal(prf(counts.speaker.exact).f, 1);
  assert.equal(prf(counts['attribution sources'].overlap).f, 1);
});
