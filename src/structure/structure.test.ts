import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Block, Extracted } from '../model.ts';
import { resolveOptions } from '../options.ts';
import { layoutBlocks } from '../util/layout.ts';
import { agencyIds, findAgency } from './agencies.ts';
import { AGENCIES } from './data/agencies.ts';
import { parseDateline } from './dateline.ts';
import { lookupPlace } from './gazetteer.ts';
import { unglue } from './glue.ts';
import { structure } from './index.ts';
import { parseTrailer } from './trailers.ts';

test('parseDateline() reads "CITY (AP) —" with the agency and the length to drop', () => {
  const m = parseDateline('BEIRUT (AP) — Israeli jets struck');
  assert.equal(m?.city, 'Beirut');
  assert.equal(m?.agency?.id, 'ap');
  assert.equal('BEIRUT (AP) — Israeli jets struck'.slice(m?.length), 'Israeli jets struck');
});

test('parseDateline() reads the Reuters date and the AP state region', () => {
  assert.equal(parseDateline('KYIV, Sept 8 (Reuters) - x')?.date, 'Sept 8');
  assert.equal(parseDateline('GRAND RAPIDS, Mich. (AP) — x')?.region, 'Michigan');
});

test('parseDateline() refuses labels that look like a caps-colon dateline', () => {
  for (const label of ['UPDATE: x', 'WATCH: x', 'BREAKING: x', 'EXCLUSIVE: x', '“NOBODY knew,” she said.']) {
    assert.equal(parseDateline(label), undefined, label);
  }
});

test('parseDateline() reads a press release dateline that is a paragraph of its own (ScrapingHub c69e539d)', () => {
  const m = parseDateline('BAAR, SWITZERLAND');
  assert.deepEqual([m?.city, m?.region, m?.style, m?.length], ['Baar', 'Switzerland', 'caps-alone', 17]);
  // a line of capitals that names no known place is a heading, not a dateline
  for (const line of ['UPDATE', 'BREAKING NEWS', 'THE PLAN'])
    assert.equal(parseDateline(line), undefined, line);
});

test('parseDateline() reads a city-less Bloomberg prefix as an agency only', () => {
  const m = parseDateline('(Bloomberg) -- Stocks rose');
  assert.equal(m?.city, undefined);
  assert.equal(m?.agency?.id, 'bloomberg');
});

test('findAgency() tells the Associated Press of Pakistan (APP) from AP', () => {
  assert.equal(findAgency('APP')?.id, 'app-pakistan');
  assert.equal(findAgency('AP')?.id, 'ap');
  assert.equal(findAgency('app'), undefined);
  assert.equal(findAgency('REUTERS')?.id, 'reuters');
});

test('the agency lexicon has at least 40 agencies with unique ids and a note each', () => {
  const ids = agencyIds();
  assert.ok(ids.length >= 40);
  assert.equal(new Set(ids).size, ids.length);
  assert.ok(AGENCIES.every((a) => a.note.length > 0 && a.country.length >= 2));
});

test('lookupPlace() folds case and accents and knows English exonyms', () => {
  assert.equal(lookupPlace('SAO PAULO')?.name, 'São Paulo');
  assert.equal(lookupPlace('KYIV')?.country, 'UA');
  assert.equal(lookupPlace('Geneva')?.country, 'CH');
  assert.equal(lookupPlace('UPDATE'), undefined);
});

test('unglue() splits caption, archive credit and the next dateline of the seed page', () => {
  const u = unglue(
    "Arnaldo Pomodoro's 'Sphere within a Sphere' at the Vatican Museum. —AFP/FileROME: Italian sculptor",
  );
  assert.equal(u?.caption, "Arnaldo Pomodoro's 'Sphere within a Sphere' at the Vatican Museum.");
  assert.equal(u?.credit?.raw, 'AFP/File');
  assert.equal(u?.credit?.archive, true);
  assert.equal(u?.dateline?.city, 'Rome');
  assert.equal(u?.lead, 'Italian sculptor');
});

test('unglue() reads a social handle credit glued to a caps city', () => {
  const u = unglue(
    'A representational image of the IRIS anti-aircraft systems.—X@IuliiaMendelSTOCKHOLM: Sweden',
  );
  assert.equal(u?.credit?.raw, 'X@IuliiaMendel');
  assert.equal(u?.dateline?.city, 'Stockholm');
});

test('unglue() leaves a hyphenated word and a dash aside alone', () => {
  assert.equal(unglue('Anti-government protesters — mostly students — marched.'), undefined);
});

test('parseTrailer() reads roles and names, and refuses a story sentence citing Reuters', () => {
  const credits = parseTrailer('(Reporting by Tom Balmforth in Kyiv; Editing by Alex Richardson)');
  assert.deepEqual(
    credits?.map((c) => [c.name, c.role]),
    [
      ['Tom Balmforth', 'reporting'],
      ['Alex Richardson', 'editing'],
    ],
  );
  assert.equal(parseTrailer('(With inputs from Reuters)')?.[0]?.agency, 'reuters');
  assert.equal(parseTrailer('Reuters reported in August that Russia was expecting deliveries.'), undefined);
});

test('parseTrailer() reads "X contributed reporting" / "… contributed to this report" lines (NYT, AP, Fox)', () => {
  const names = (text: string) => parseTrailer(text)?.map((c) => [c.name, c.role]);
  assert.deepEqual(names('Keith Bradsher contributed reporting from Hong Kong.'), [
    ['Keith Bradsher', 'additional-reporting'],
  ]);
  assert.deepEqual(names('Associated Press writers Alan Fram and Zeke Miller contributed to this report.'), [
    ['Alan Fram', 'additional-reporting'],
    ['Zeke Miller', 'additional-reporting'],
  ]);
  assert.deepEqual(names('Fox News’ Jessica Napoli contributed to this report.'), [
    ['Jessica Napoli', 'additional-reporting'],
  ]);
  assert.equal(parseTrailer('Reuters contributed to this report.')?.[0]?.agency, 'reuters');
  assert.equal(parseTrailer('The whole team contributed to this report.'), undefined);
  assert.equal(parseTrailer('Many residents contributed to this report by answering questions.'), undefined);
});

function htmlDoc(blocks: Block[], related: Extracted['related']): Extracted {
  const laid = layoutBlocks(blocks);
  return {
    authors: [],
    tags: [],
    input: 'page.html',
    url: 'https://example.com/a/story',
    kind: 'html',
    charset: 'utf-8',
    strategy: 'test',
    blocks: laid.blocks,
    text: laid.text,
    metadataSources: {},
    removed: [],
    related,
    messages: [],
  };
}

test('structure() on the HTML path reads the dateline, splits a glued figure credit and lists related items', () => {
  const doc = htmlDoc(
    [
      { type: 'paragraph', text: 'PARIS (AFP) - The Louvre will open on Tuesdays.' },
      { type: 'figure', src: 'https://example.com/l.jpg', caption: 'The Louvre pyramid at night. —AFP/File' },
      { type: 'paragraph', text: 'Unions oppose the plan.' },
    ],
    [{ title: 'Orsay extends hours', url: '/b/orsay', lead: 'PARIS: The Musée d’Orsay will…' }],
  );
  const before = JSON.stringify(doc);
  const out = structure(doc, resolveOptions());
  assert.equal(JSON.stringify(doc), before, 'input not mutated');
  assert.equal(out.dateline?.city, 'Paris');
  assert.equal(doc.text.slice(out.dateline?.span.start, out.dateline?.span.end), 'PARIS (AFP) -');
  assert.equal(out.text, 'The Louvre will open on Tuesdays.\nUnions oppose the plan.');
  assert.deepEqual(out.figures[0], {
    src: 'https://example.com/l.jpg',
    caption: 'The Louvre pyramid at night.',
    credit: 'AFP/File',
  });
  assert.deepEqual(
    out.credits.map((c) => [c.kind, c.name]),
    [
      ['copy', 'AFP'],
      ['photo', 'AFP'],
    ],
  );
  assert.deepEqual(out.teasers[0], {
    title: 'Orsay extends hours',
    url: 'https://example.com/b/orsay',
    lead: 'The Musée d’Orsay will',
    dateline: { city: 'Paris' },
    truncated: true,
  });
  for (const block of out.blocks) {
    if (block.type === 'paragraph')
      assert.equal(out.text.slice(block.span?.start, block.span?.end), block.text);
  }
  assert.ok(out.messages.some((m) => m.rule === 'structure/caption-credit-split'));
});

test('structure() moves a credit line under an uncredited figure onto it, and keeps a sentence or a name there (ScrapingHub 82b6d780)', () => {
  const photo = { type: 'figure', src: 'https://example.com/s.jpg' } as const;
  const doc = htmlDoc(
    [
      photo,
      { type: 'paragraph', text: 'Patrick Semansky, ASSOCIATED PRESS' },
      { type: 'paragraph', text: 'Ambassador Gordon Sondland is likely to be asked about the call.' },
      photo,
      { type: 'paragraph', text: 'Gordon Sondland' },
      { type: 'paragraph', text: 'He testified for nine hours.' },
    ],
    [],
  );
  const out = structure(doc, resolveOptions());
  assert.equal(
    out.text,
    'Ambassador Gordon Sondland is likely to be asked about the call.\nGordon Sondland\nHe testified for nine hours.',
  );
  assert.equal(out.figures[0]?.credit, 'Patrick Semansky, ASSOCIATED PRESS');
  assert.equal(out.figures[1]?.credit, undefined);
  assert.deepEqual(
    out.credits.filter((c) => c.kind === 'photo').map((c) => [c.name, c.agency]),
    [['Patrick Semansky, ASSOCIATED PRESS', 'ap']],
  );
});

test('structure() reads an AP alt text ending in its credit as the caption and credit, and leaves other alt text alone (ScrapingHub 82b6d780)', () => {
  const alt =
    'FILE - In this Monday, Oct. 28, 2019, file photo, the ambassador walks to a secure area of the Capitol. (AP Photo/Patrick Semansky, File)';
  const doc = htmlDoc(
    [
      { type: 'figure', src: 'https://example.com/a.jpg', alt },
      { type: 'paragraph', text: 'The ambassador is likely to be asked about the call.' },
      { type: 'figure', src: 'https://example.com/b.jpg', alt: 'A man walks past the Capitol (file)' },
    ],
    [],
  );
  const out = structure(doc, resolveOptions());
  assert.deepEqual(
    [out.figures[0]?.caption, out.figures[0]?.credit],
    [
      'FILE - In this Monday, Oct. 28, 2019, file photo, the ambassador walks to a secure area of the Capitol.',
      'AP Photo/Patrick Semansky, File',
    ],
  );
  assert.equal(out.figures[0]?.alt, alt);
  assert.deepEqual(
    out.credits.map((c) => [c.kind, c.agency, c.archive]),
    [['photo', 'ap', true]],
  );
  assert.equal(out.figures[1]?.caption, undefined);
});

test('structure() takes a first line that is only an agency as the copy credit, not story text', () => {
  const doc = htmlDoc(
    [
      { type: 'paragraph', text: 'Associated Press' },
      { type: 'paragraph', text: 'Reuters reported on Sunday that the talks had stalled.' },
    ],
    [],
  );
  const out = structure(doc, resolveOptions());
  assert.equal(out.text, 'Reuters reported on Sunday that the talks had stalled.');
  assert.deepEqual(
    out.credits.map((c) => [c.kind, c.name]),
    [['copy', 'AP']],
  );
});

test('structure() drops a dateline paragraph whole, leaving no empty block', () => {
  const doc = htmlDoc(
    [
      { type: 'paragraph', text: 'BAAR, SWITZERLAND' },
      { type: 'paragraph', text: 'Ascom announced a new alarm management solution.' },
    ],
    [],
  );
  const out = structure(doc, resolveOptions());
  assert.equal(out.dateline?.city, 'Baar');
  assert.equal(out.text, 'Ascom announced a new alarm management solution.');
  assert.deepEqual(
    out.blocks.map((b) => b.type),
    ['paragraph'],
  );
});

test('structure() with structure disabled keeps the body and reads nothing', () => {
  const doc = htmlDoc([{ type: 'paragraph', text: 'KYIV: Text.' }], []);
  const out = structure(doc, resolveOptions({ structure: false }));
  assert.equal(out.text, 'KYIV: Text.');
  assert.equal(out.dateline, null);
});
