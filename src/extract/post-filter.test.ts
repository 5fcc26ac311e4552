import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Block, Metadata } from '../model.ts';
import { filterBlocks } from './post-filter.ts';

const metadata: Metadata = { authors: [], tags: [] };
const paragraph = (text: string): Block => ({ type: 'paragraph', text });
const texts = (blocks: readonly Block[]) => blocks.map((b) => ('text' in b ? b.text : b.type));
/** A story paragraph followed by one paragraph per furniture line, filtered. */
const filterBodyThen = (body: string, furniture: readonly string[]) =>
  filterBlocks([paragraph(body), ...furniture.map(paragraph)], metadata);
/** A paragraph that is one link, as teaser lines are. */
const linkedParagraph = (text: string, href = `https://example.org/${text.length}`): Block => ({
  type: 'paragraph',
  text,
  marks: [{ kind: 'link', start: 0, end: text.length, href }],
});

test('filterBlocks() drops in-page jump links written as text (Wix "top of page")', () => {
  const body =
    'The catering company serves weddings, corporate lunches and private dinners across the county.';
  const out = filterBlocks(
    [paragraph('top of page'), paragraph(body), paragraph('Back to Top'), paragraph('bottom of page')],
    metadata,
  );
  assert.deepEqual(texts(out.blocks), [body]);
  assert.deepEqual(
    out.removed.map((r) => r.rule),
    ['extract/page-anchor', 'extract/page-anchor', 'extract/page-anchor'],
  );
});

test('filterBlocks() keeps a sentence that only starts like a jump link', () => {
  const line = 'Back to top form, the striker scored twice in the second half.';
  assert.deepEqual(texts(filterBlocks([paragraph(line)], metadata).blocks), [line]);
});

test('filterBlocks() drops reading-time estimates, gallery counters and bare teaser labels', () => {
  const body = 'The ferry will run every twenty minutes from Monday, the port authority said on Wednesday.';
  const furniture = [
    'Tempo de leitura: 1 minuto',
    '5 min read',
    'Reading Time: 8 minutes',
    '1 of 6',
    'More:',
  ];
  const out = filterBlocks([...furniture.map(paragraph), paragraph(body)], metadata);
  assert.deepEqual(texts(out.blocks), [body]);
  assert.deepEqual(
    out.removed.map((r) => r.rule),
    [
      'extract/reading-time',
      'extract/reading-time',
      'extract/reading-time',
      'extract/gallery-counter',
      'extract/teaser-label',
    ],
  );
});

test('filterBlocks() keeps prose that mentions reading time or counts "N of M"', () => {
  const lines = [
    'Reading time rose to 8 minutes a day.',
    '3 of 4 voters agreed',
    'More than 100 people came.',
  ];
  assert.deepEqual(texts(filterBlocks(lines.map(paragraph), metadata).blocks), lines);
});

test('filterBlocks() cuts each teaser box, and the story resumes after an empty one', () => {
  const prose = (n: number) =>
    paragraph(
      `Paragraph ${n} of the story is long enough to be prose, with a subject, a verb, an object and some detail of the news.`,
    );
  const link = (title: string) => linkedParagraph(title);
  const out = filterBlocks(
    [
      prose(1),
      prose(2),
      { type: 'heading', level: 3, text: 'Trending' },
      paragraph('Fares will not change this year at all.'),
      prose(3),
      { type: 'heading', level: 3, text: 'Related articles' },
      link('Bridge repairs to close the coast road'),
      link('Marina plan goes to a public vote'),
    ],
    metadata,
  );
  assert.deepEqual(texts(out.blocks), [
    texts([prose(1)])[0],
    texts([prose(2)])[0],
    'Fares will not change this year at all.',
    texts([prose(3)])[0],
  ]);
  assert.deepEqual(
    out.related.map((r) => r.title),
    ['Bridge repairs to close the coast road', 'Marina plan goes to a public vote'],
  );
});

test('filterBlocks() drops a head line naming a known author with only a role or timestamp after it (AP on Hearst sites)', () => {
  const body = 'New electric vehicles and several small SUVs are among the models on display at the show.';
  const authors = { ...metadata, authors: ['Tom Krisher', 'Janie Har'] };
  const out = filterBlocks(
    [
      paragraph('Tom Krisher, Ap Auto Writer'),
      paragraph('Updated 1:39 am EST, Wednesday, November 20, 2019'),
      paragraph('JANIE HARNov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.'),
      paragraph(body),
    ],
    authors,
  );
  assert.deepEqual(texts(out.blocks), [body]);
  assert.deepEqual(
    out.removed.map((r) => r.rule),
    ['extract/repeated-byline', 'extract/repeated-date', 'extract/repeated-byline'],
  );
});

test("filterBlocks() keeps a lead sentence that opens with the author's name", () => {
  const lead = 'Tom Krisher drove the new truck for a week. It was loud and slow.';
  const authors = { ...metadata, authors: ['Tom Krisher'] };
  assert.deepEqual(texts(filterBlocks([paragraph(lead)], authors).blocks), [lead]);
});

test('filterBlocks() drops no-script notices, app promos, "Advert" labels, share asks and copyright notices', () => {
  const body = 'The ferry will run every twenty minutes from Monday, the port authority said on Wednesday.';
  const furniture = [
    'Advert',
    'This slideshow requires JavaScript.',
    '[button link=”http://bikes.example/submit-review/” type=”big”] Send us YOUR kit review[/button]',
    '[gallery ids="12,13,14"]',
    'CLICK HERE TO GET THE FOX NEWS APP',
    'GET FOX BUSINESS ON THE GO BY CLICKING HERE',
    'Like this story? Share it with a friend!',
    'The contents of this site are ©2019 Capitol Hill Publishing Corp., a subsidiary of News Communications, Inc.',
    'This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission.',
  ];
  const out = filterBodyThen(body, furniture);
  assert.deepEqual(texts(out.blocks), [body]);
});

test('filterBlocks() keeps sentences that mention JavaScript, apps or copyright', () => {
  const lines = [
    'This slideshow requires JavaScript, the developers admitted, and it breaks on old phones.',
    'Click here to get the app, the sign said, but nobody could find the link.',
  ];
  assert.deepEqual(texts(filterBlocks(lines.map(paragraph), metadata).blocks), lines);
});

test('filterBlocks() drops a "More on the topic: <title>" lead-in in the middle of the story (WCXB 4511)', () => {
  const body = 'Data centres used about two per cent of the world’s electricity last year, the agency said.';
  const lead =
    'More on the topic: The Green Dilemma: Can AI Fulfil Its Potential Without Harming the Planet?';
  const out = filterBlocks([paragraph(body), paragraph(lead), paragraph(body)], metadata);
  assert.deepEqual(texts(out.blocks), [body, body]);
  assert.deepEqual(
    out.removed.map((r) => r.rule),
    ['extract/read-more'],
  );
});

test('filterBlocks() drops a newsletter sign-up that follows a lead-in sentence, and keeps news about subscriptions (ScrapingHub 55bb6340)', () => {
  const promo =
    "There's plenty more where that came from. Sign up for The Water Coolest today to get the free daily newsletter delivered to your inbox daily.";
  const news = 'The paper said readers could subscribe to updates by email, and that 40,000 already had.';
  const body = 'Home Depot shares rose after the retailer beat estimates for the third quarter in a row.';
  const out = filterBlocks([paragraph(body), paragraph(news), paragraph(promo)], metadata);
  assert.deepEqual(texts(out.blocks), [body, news]);
  assert.deepEqual(
    out.removed.map((r) => r.rule),
    ['extract/newsletter-prompt'],
  );
});

test('filterBlocks() drops a "First Published on …" timestamp at the foot of the story, and keeps prose that mentions a year (ScrapingHub 65408257)', () => {
  const body =
    'The Sensex closed at a record high even as data showed the economy slowing for a sixth quarter.';
  const prose = 'Last updated in 2019, the index rules now weigh free-float market capitalisation.';
  const stamp = 'First Published on Nov 20, 2019 01:38 pm';
  const out = filterBlocks(
    [
      paragraph(body),
      paragraph(body.replace('Sensex', 'Nifty')),
      paragraph(prose),
      paragraph(body.replace('record', 'new')),
      paragraph(stamp),
    ],
    metadata,
  );
  assert.deepEqual(texts(out.blocks), [
    body,
    body.replace('Sensex', 'Nifty'),
    prose,
    body.replace('record', 'new'),
  ]);
  assert.deepEqual(
    out.removed.map((r) => r.rule),
    ['extract/timestamp-line'],
  );
});

test('filterBlocks() drops a head list of byline, handle and timestamp, and keeps a head list of facts (ScrapingHub 08f79376)', () => {
  const body = 'The Steelers spent Monday trying to distance themselves from the fight on Thursday night.';
  const byline: Block = {
    type: 'list',
    ordered: false,
    items: ['by Bryan DeArdo', '@BryanDeArdo', 'Nov 18, 2019 at 9:24 pm ET • 2 min read'],
  };
  const facts: Block = {
    type: 'list',
    ordered: false,
    items: ['Nov 18, 2019: the fight', 'Two suspensions'],
  };
  const out = filterBlocks([byline, paragraph(body), facts], metadata);
  assert.deepEqual(texts(out.blocks), [body, 'list']);
  assert.deepEqual(
    out.removed.map((r) => r.rule),
    ['extract/byline-list'],
  );
});

test('filterBlocks() drops "Sharing is caring!", "Comments (+)" and a date line with an ordinal day (ScrapingHub 0e014df6, 39d5c43b, 833caf3b)', () => {
  const body = 'The central bank left its main rate unchanged on Wednesday, citing slowing inflation.';
  const out = filterBlocks(
    [
      paragraph('Published November 20th, 2019 - 07:29 GMT'),
      paragraph('Sharing is caring!'),
      paragraph(body),
      paragraph('Comments (+)'),
    ],
    metadata,
  );
  assert.deepEqual(texts(out.blocks), [body]);
  assert.deepEqual(
    out.removed.map((r) => r.rule),
    ['extract/repeated-date', 'extract/share-prompt', 'extract/share-prompt'],
  );
});

test('filterBlocks() hands the teasers after "More Great WIRED Stories" over as related (ScrapingHub 2f42ef1d)', () => {
  const prose = paragraph(
    'The neo-banks have promised that they will ease your pain, but that is only morphine for the real condition of the household budget.',
  );
  const link = (title: string) => linkedParagraph(title);
  const out = filterBlocks(
    [
      prose,
      prose,
      paragraph('More Great WIRED Stories'),
      link('YouTubers must unionize'),
      link('The plan to boost drone batteries'),
    ],
    metadata,
  );
  assert.equal(out.blocks.length, 2);
  assert.deepEqual(
    out.related.map((r) => r.title),
    ['YouTubers must unionize', 'The plan to boost drone batteries'],
  );
});

test('filterBlocks() drops ad labels, sign-up and follow prompts and timestamps in the forms other sites print (ScrapingHub 21486419, 0dd13570, 04a6711c, 0ec95c72)', () => {
  const body = 'The ministry said the new rules would take effect at the start of next month.';
  const furniture = [
    'Iklan',
    'Click here to subscribe to The Paradigm newsletter',
    'Follow The New York Times Opinion section on Facebook, Twitter (@NYTopinion) and Instagram.',
    '기사입력 :[ 2019-11-20 10:20 ]',
  ];
  const out = filterBodyThen(body, furniture);
  assert.deepEqual(texts(out.blocks), [body]);
  assert.deepEqual(
    out.removed.map((r) => r.rule),
    [
      'extract/advertisement-label',
      'extract/newsletter-prompt',
      'extract/follow-prompt',
      'extract/timestamp-line',
    ],
  );
});

test('filterBlocks() drops a head byline with a dash before its date and a Portuguese date line (ScrapingHub 156770d6, 11ea381a)', () => {
  const body = 'O governo anunciou nesta sexta-feira um novo pacote de medidas para o setor elétrico.';
  const out = filterBlocks(
    [
      paragraph('By Tess Bonn - 11/20/19 11:20 AM EST'),
      paragraph('sexta-feira, 8 de outubro de 2019 às 10:00'),
      paragraph(body),
    ],
    metadata,
  );
  assert.deepEqual(texts(out.blocks), [body]);
  assert.deepEqual(
    out.removed.map((r) => r.rule),
    ['extract/repeated-byline', 'extract/repeated-date'],
  );
});

test('filterBlocks() keeps sentences that follow, subscribe or date like furniture', () => {
  const lines = [
    'Follow the money on Wall Street and you find the same three banks behind every deal.',
    'By Friday - the deadline set by the court - no agreement had been reached.',
    'Subscribers to the service will pay more from January.',
  ];
  assert.deepEqual(texts(filterBlocks(lines.map(paragraph), metadata).blocks), lines);
});

test('filterBlocks() drops a table-of-contents label and a bare "Learn more." link label, and keeps sentences and headings that use the words (WCXB 4084, 4123, 0138)', () => {
  const body = 'Ultra-processed foods make up more than half of the calories eaten in many households.';
  const kept = [
    body,
    'Learn more about the study in the journal’s own summary of it.',
    'Contents of the report were leaked on Monday.',
  ];
  const out = filterBlocks(
    [
      paragraph('Table of Contents Show'),
      ...kept.map(paragraph),
      paragraph('Learn more.'),
      { type: 'heading', level: 2, text: 'Learn More!' },
    ],
    metadata,
  );
  assert.deepEqual(texts(out.blocks), [...kept, 'Learn More!']);
  assert.deepEqual(
    out.removed.map((r) => r.rule),
    ['extract/contents-label', 'extract/more-label'],
  );
});

test("filterBlocks() drops a post's meta line of author, category and tags, and keeps a sentence naming one (ScrapingHub f6ac15a4)", () => {
  const body =
    'A category of small cars has been the best-selling one for a decade, published by the ministry.';
  const out = filterBlocks(
    [
      paragraph(
        '05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad arrombamento veiculo',
      ),
      paragraph(body),
      paragraph('Tags: economy, cars'),
    ],
    metadata,
  );
  assert.deepEqual(texts(out.blocks), [body, 'Tags: economy, cars']);
  assert.deepEqual(
    out.removed.map((r) => r.rule),
    ['extract/meta-line'],
  );
});

test('filterBlocks() drops a linked headline in capitals, and keeps capitals headings and a linked pointer to results (ScrapingHub 51374560, 3ce1c8fd)', () => {
  const linked = (text: string) => linkedParagraph(text, 'https://example.com/other');
  const body = 'The retailer said its co-founder was proud of the employees who had bought shares.';
  const kept = [body, 'WHAT YOU NEED TO MAKE JAM', 'CLICK FOR FULL STATE SWIM RESULTS'];
  const out = filterBlocks(
    [
      paragraph(kept[0]!),
      linked("CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES"),
      paragraph(kept[1]!),
      linked(kept[2]!),
    ],
    metadata,
  );
  assert.deepEqual(texts(out.blocks), kept);
  assert.deepEqual(
    out.removed.map((r) => r.rule),
    ['extract/caps-teaser-link'],
  );
  assert.deepEqual(out.related, [
    { title: "CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES", url: 'https://example.com/other' },
  ]);
});

test('filterBlocks() lists a linked "Also read: <title>" lead-in as a related item, and only drops an unlinked one (WCXB 0385)', () => {
  const body = 'Modern language models have read something like thirty trillion words, LeCun said on Monday.';
  const line = 'Also read: Meta chief AI scientist thinks LLMs are a waste of time';
  const linked: Block = {
    type: 'paragraph',
    text: line,
    marks: [{ kind: 'link', start: 11, end: line.length, href: 'https://example.com/lecun' }],
  };
  const out = filterBlocks([paragraph(body), linked, paragraph('Read more: the full interview')], metadata);
  assert.deepEqual(texts(out.blocks), [body]);
  assert.deepEqual(out.related, [
    { title: 'Meta chief AI scientist thinks LLMs are a waste of time', url: 'https://example.com/lecun' },
  ]);
});

test('filterBlocks() drops a "Posted by … at <date>" line at the foot of a post (WCXB 0452)', () => {
  const body = 'The program works, it is fast, and I can describe every feature it has.';
  const out = filterBlocks(
    [paragraph(body), paragraph('Posted by David at December 16, 2025 11:15 AM')],
    metadata,
  );
  assert.deepEqual(texts(out.blocks), [body]);
});

test('filterBlocks() drops teaser lead-ins in other forms and a YouTube channel plug (ScrapingHub 4a44ab3e, b6fb53e9, ad826691)', () => {
  const body = 'Journalists from the party were threatened with arrest, the interim government said.';
  const furniture = [
    'Also on rt.com Journalists & politicians threatened with sedition arrests',
    '(Leggi anche su: I Cavalieri dello Zodiaco: ecco gli attori –FOTO)',
    'Subscribe to the 9to5Toys YouTube Channel for all of the latest videos, reviews, and more!',
  ];
  const out = filterBodyThen(body, furniture);
  assert.deepEqual(texts(out.blocks), [body]);
  assert.deepEqual(
    out.removed.map((r) => r.rule),
    ['extract/read-more', 'extract/read-more', 'extract/newsletter-prompt'],
  );
});

test('filterBlocks() keeps a sentence that starts with "Also on" or "Related"', () => {
  const lines = [
    'Also on Monday, the ministry said the talks would resume.',
    'Related companies reported similar losses.',
  ];
  assert.deepEqual(texts(filterBlocks(lines.map(paragraph), metadata).blocks), lines);
});

test('filterBlocks() lists "Also on rt.com <title>" and "(Leggi anche su: <title>)" with their titles alone', () => {
  const linked = (text: string) => linkedParagraph(text);
  const out = filterBlocks(
    [
      linked('Also on rt.com Bolivia purges socialist elements'),
      linked('(Leggi anche su: Gli attori di Pegasus –FOTO)'),
    ],
    metadata,
  );
  assert.deepEqual(
    out.related.map((r) => r.title),
    ['Bolivia purges socialist elements', 'Gli attori di Pegasus –FOTO'],
  );
});
