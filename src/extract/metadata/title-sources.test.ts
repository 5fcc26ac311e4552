import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHtml } from '../parse-html.ts';
import { extractMetadata } from './index.ts';

function titleOf(html: string): string | undefined {
  return extractMetadata(parseHtml(html).document, undefined).metadata.title;
}

test('a declared "Headline - Site" is cut where an <h1> inside furniture starts it (WCXB 0228)', () => {
  const html = `<html><head><title>The harbour walking guide - Coast Letters</title></head><body>
  <section class="section-hero cc-newsletter"><h1>The harbour walking guide</h1><p>Text.</p></section>
  </body></html>`;
  const { metadata, sources } = extractMetadata(parseHtml(html).document, undefined);
  assert.equal(metadata.title, 'The harbour walking guide');
  assert.equal(sources.title, 'title-element');
});

test('an <h1> inside furniture is never the headline by itself', () => {
  const html = `<html><head><title>Council approves bridge | Daily Example</title>
  <meta property="og:site_name" content="Daily Example"></head><body>
  <aside class="related-posts"><h1>Most read</h1></aside><p>Text.</p></body></html>`;
  assert.equal(titleOf(html), 'Council approves bridge');
});

test("a JSON-LD headline cut at Google's 110 characters gives way to the whole declared title (WCXB 0121)", () => {
  const whole =
    'Fix It Friday: Struggling With How To Arrange Your Living Room? We Help 4 Readers Find Solutions (Including One Universal Trick That Works)';
  const cut = whole.slice(0, whole.lastIndexOf(' ', 110));
  const html = `<html><head><title>${whole} - Example Home</title>
  <meta property="og:site_name" content="Example Home"><meta property="og:title" content="${whole} - Example Home">
  <script type="application/ld+json">{"@type":"Article","headline":"${cut}"}</script></head><body><p>Text.</p></body></html>`;
  const { metadata, sources } = extractMetadata(parseHtml(html).document, undefined);
  assert.equal(metadata.title, whole);
  assert.equal(sources.title, 'json-ld');
});

test('a short JSON-LD headline stays itself even when a declared title starts with it', () => {
  const html = `<html><head><meta property="og:title" content="Council approves bridge after a long night of debate">
  <script type="application/ld+json">{"@type":"Article","headline":"Council approves bridge"}</script></head>
  <body><p>Text.</p></body></html>`;
  assert.equal(titleOf(html), 'Council approves bridge');
});

test('a one-word <h1> yields to a declared title of six words or more that merely mentions it (WCXB 0404)', () => {
  const title = 'How we pwned Discord and hundreds of companies through a supply-chain attack';
  const html = `<html><head><meta property="og:title" content="${title}"></head><body>
  <header><h1>Discord</h1></header><article><p>Text.</p></article></body></html>`;
  assert.equal(titleOf(html), title);
});

test('a one-word <h1> stays the headline when no declared title is long', () => {
  const html = `<html><head><meta property="og:title" content="Resigned | Daily Example"></head><body>
  <h1>Resigned</h1><p>Text.</p></body></html>`;
  assert.equal(titleOf(html), 'Resigned');
});

test('an <h1> ending in a colon is a lead-in, not the headline (WCXB 0462)', () => {
  const html = `<html><head><meta property="og:title" content="How the cloud runs inference at scale"></head><body>
  <div class="box"><h1>A message from our co-founder:</h1></div><article><p>Text.</p></article></body></html>`;
  assert.equal(titleOf(html), 'How the cloud runs inference at scale');
});

test('an <h1> longer than any headline is a blurb when a title is declared (WCXB 0227)', () => {
  const blurb =
    'Learn which home renovations have the best return on investment? Get expert tips on how to understand and calculate it. We will help you learn everything you need to know about the value of your project.';
  const html = `<html><head><title>The 10 Best Home Improvement Projects of 2023 | Example</title>
  <meta property="og:site_name" content="Example"></head><body><h1>${blurb}</h1><p>Text.</p></body></html>`;
  assert.equal(titleOf(html), 'The 10 Best Home Improvement Projects of 2023');
});

test('a <title> never closed, which runs to the end of the page, is no title (fuzzed WCXB 0165)', () => {
  const rest = '<li><a href="/a">Section | Topic - More</a></li>'.repeat(2000);
  const html = `<html><head><title>Harbour reopens | Daily Example</titl><body><ul>${rest}</ul></body></html>`;
  const { metadata, sources } = extractMetadata(parseHtml(html).document, undefined);
  assert.equal(metadata.title, undefined);
  assert.equal(sources.title, undefined);
  const closed = `<html><head><title>Harbour reopens | Daily Example</title></head><body><p>Text.</p></body></html>`;
  assert.equal(titleOf(closed), 'Harbour reopens | Daily Example');
});
