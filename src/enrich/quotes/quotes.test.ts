import assert from 'node:assert/strict';
import { test } from 'node:test';
import { structuredFromText } from '../../../test/gold/enrich/structured.ts';
import { resolveOptions } from '../../options.ts';
import { enrich } from '../index.ts';

const run = (text: string) => enrich(structuredFromText(text), resolveOptions());
const quotes = (text: string) =>
  run(text).quotes.map((q) => ({
    content: q.content,
    who: q.speaker.name ?? q.speaker.text,
    direct: q.direct,
    verb: q.verb,
  }));

test('direct quotes are found with every mark style', () => {
  for (const [open, close] of [
    ['“', '”'],
    ['"', '"'],
    ['«', '»'],
    ['„', '“'],
    ['"', '”'],
  ]) {
    const text = `${open}We will rebuild the bridge by spring,${close} Mayor Anna Berg said.`;
    assert.deepEqual(
      quotes(text),
      [{ content: 'We will rebuild the bridge by spring,', who: 'Anna Berg', direct: true, verb: 'say' }],
      `${open}…${close}`,
    );
  }
});

test('single quotes that quote speech are quotes', () => {
  assert.deepEqual(
    quotes("'We are not leaving,' said union leader Tom Hale.").map((q) => q.who),
    ['Tom Hale'],
  );
});

test('a quote closed with two apostrophes ends there', () => {
  const q = quotes('“It was an attempt to mislead voters,’’ Will Moy told the BBC.');
  assert.equal(q[0]?.content, 'It was an attempt to mislead voters,');
  assert.equal(q[0]?.who, 'Will Moy');
});

test('a quote with no closing mark continues into the next paragraph that reopens it', () => {
  const text =
    'Commander Lee Chan said: “These rioters must face the consequences.\n“I see no other option for them.”\nThe talks ended.';
  const q = run(text).quotes;
  assert.equal(q.length, 1);
  assert.equal(q[0]?.content, 'These rioters must face the consequences.\n“I see no other option for them.');
  assert.equal(q[0]?.speaker.name, 'Lee Chan');
});

test('indirect speech takes the clause after the cue, past adverbials and "that"', () => {
  assert.deepEqual(quotes('The ministry said on Sunday that the deal was a threat to the region.'), [
    { content: 'the deal was a threat to the region', who: 'The ministry', direct: false, verb: 'say' },
  ]);
  assert.equal(quotes('Kate Moss told reporters the plan would fail.')[0]?.content, 'the plan would fail');
});

test('a "sentence" of hundreds of words the splitter could not cut is not searched for reported speech', () => {
  const claim = 'The ministry said on Sunday that the deal was a threat to the region.';
  assert.equal(quotes(claim).length, 1);
  // No stop ends the comma-separated words before the cue: one 200-word sentence, which read as
  // reported speech would make its 150 words the "content" of what Anna Berg said.
  const unsplit = `${'grain exports rose, '.repeat(50)}Anna Berg said on Sunday that the deal was a threat.`;
  assert.deepEqual(quotes(unsplit), []);
});

test('a text cut right after "according to" yields no quote (fuzzed WCXB 4578 threw here)', () => {
  assert.deepEqual(quotes('The deal was a threat to the whole region, according to'), []);
});

test('inverted indirect speech and "according to" name the speaker after the content', () => {
  assert.equal(
    quotes('The bridge will reopen in May, transport officials said.')[0]?.who,
    'transport officials',
  );
  assert.equal(quotes('The rebels control the airport, according to the army.')[0]?.who, 'the army');
  assert.equal(quotes('The bridge will reopen in May, say officials.')[0]?.who, 'officials');
});

test('the cue lexicon goes beyond "said"', () => {
  const verbs = ['warned', 'insisted', 'acknowledged', 'told the court'].map(
    (cue) => quotes(`Judge Ana Ruiz ${cue} that the delay was unacceptable.`)[0]?.verb,
  );
  assert.deepEqual(verbs, ['warn', 'insist', 'acknowledge', 'tell']);
  assert.equal(
    quotes('The United States also voiced concern that the transfer was imminent.')[0]?.verb,
    'voice concern',
  );
});

test('a cue with no clause is not a quote', () => {
  assert.deepEqual(
    quotes(
      'On Friday, the United States, a key ally of Ukraine, also voiced concern about the potential transfer of missiles.',
    ),
    [],
  );
  assert.deepEqual(quotes('NASA announced the selection of five companies for the program.'), []);
  assert.deepEqual(quotes('He urged Vietnam and others in the region to push back.'), []);
});

test('speaker phrases split into name, role and affiliation', () => {
  const s = (text: string) => run(text).quotes[0]?.speaker;
  assert.deepEqual(
    pick(s('“We are ready,” White House National Security Council spokesperson Sean Savett said.')),
    ['Sean Savett', 'spokesperson', 'White House National Security Council'],
  );
  assert.deepEqual(pick(s('“We are ready,” said Sean Savett, a spokesperson for the White House.')), [
    'Sean Savett',
    'spokesperson',
    'White House',
  ]);
  assert.deepEqual(pick(s('“We are ready,” a WeWork spokesperson said.')), [
    'WeWork spokesperson',
    'spokesperson',
    'WeWork',
  ]);
});

function pick(s: { name?: string; role?: string; affiliation?: string } | undefined): (string | undefined)[] {
  return [s?.name, s?.role, s?.affiliation];
}

test('pronoun speakers resolve to the nearest compatible earlier speaker or subject', () => {
  const text =
    'Coach Bruce Boudreau praised the team. “We played well,” Boudreau said.\nDefenseman Ryan Suter could see the frustration. “He is used to scoring,” he said.\nThe league said it would review the play. “The review starts Monday,” it said.';
  assert.deepEqual(
    quotes(text).map((q) => q.who),
    ['Bruce Boudreau', 'Ryan Suter', 'The league', 'The league'],
  );
});

test('nominal speakers resolve to the organisation named before', () => {
  const q = quotes(
    'Acme Corp. said profits rose sharply in the spring. The company said sales would rise next year.',
  );
  assert.deepEqual(
    q.map((x) => x.who),
    ['Acme Corp.', 'Acme Corp.'],
  );
});

test('scare quotes and titles are not quotes; a title becomes a work of art', () => {
  const doc = run(
    "Arnaldo Pomodoro's 'Sphere within a Sphere' stands at the museum. Critics called the plan “bold” and moved on.",
  );
  assert.deepEqual(doc.quotes, []);
  assert.ok(doc.entities.some((e) => e.type === 'WORK_OF_ART' && e.name === 'Sphere within a Sphere'));
  assert.ok(doc.messages.some((m) => m.rule === 'enrich/title-not-quote'));
  assert.ok(doc.messages.some((m) => m.rule === 'enrich/scare-quote'));
});

test('a quote with no cue takes the speaker of its paragraph or the previous paragraph', () => {
  const text =
    '“We will appeal,” lawyer Maria Costa said. “This is not over.”\n“The court ignored the evidence.”';
  assert.deepEqual(
    quotes(text).map((q) => q.who),
    ['Maria Costa', 'Maria Costa', 'Maria Costa'],
  );
  const doc = run(text);
  assert.ok(doc.messages.some((m) => m.rule === 'enrich/speaker-same-paragraph'));
  assert.ok(doc.messages.some((m) => m.rule === 'enrich/speaker-carried-over'));
});
