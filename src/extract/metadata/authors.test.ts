import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHtml } from '../parse-html.ts';
import { cleanName, parseAuthors } from './authors.ts';
import { extractMetadata } from './index.ts';

test('parseAuthors() strips "By" and splits "A and B" and "A, B"', () => {
  assert.deepEqual(parseAuthors('By Jane Doe and John Roe'), ['Jane Doe', 'John Roe']);
  assert.deepEqual(parseAuthors('Jane Doe, John Roe & Ann Poe'), ['Jane Doe', 'John Roe', 'Ann Poe']);
  assert.deepEqual(parseAuthors('Written by: Jane Doe'), ['Jane Doe']);
});

test('parseAuthors() drops roles such as "Senior Reporter" and dates from the byline', () => {
  assert.deepEqual(parseAuthors('By Jane Doe, Senior Reporter | September 8, 2024'), ['Jane Doe']);
});

test('parseAuthors() cuts a job title printed after the name without a comma (WCXB 4048)', () => {
  assert.deepEqual(parseAuthors('By Keith Barry Senior Autos Reporter'), ['Keith Barry']);
  assert.deepEqual(parseAuthors('Jane Doe Staff Writer'), ['Jane Doe']);
  // A one-word "title" may be a surname: kept.
  assert.deepEqual(parseAuthors('Jane Writer'), ['Jane Writer']);
  assert.deepEqual(parseAuthors('Jane Doe Writer'), ['Jane Doe Writer']);
});

test('parseAuthors() never returns "Staff", labels, URLs or social handles as names', () => {
  assert.deepEqual(parseAuthors('Staff'), []);
  assert.deepEqual(parseAuthors('Staff Writer'), []);
  assert.deepEqual(parseAuthors('Written By'), []);
  assert.deepEqual(parseAuthors('https://www.facebook.com/janedoe'), []);
  assert.deepEqual(parseAuthors('@janedoe'), []);
});

test('parseAuthors() keeps desk credits that name someone ("Resy Staff", "The Upwork Team")', () => {
  assert.deepEqual(parseAuthors('Resy Staff'), ['Resy Staff']);
  assert.deepEqual(parseAuthors('The Upwork Team'), ['The Upwork Team']);
});

test('cleanName() rejects sentences and furniture such as "5 min read"', () => {
  assert.equal(cleanName('5 min read'), undefined);
  assert.equal(cleanName('Share this story with your friends and family now'), undefined);
  assert.equal(cleanName('Jane Doe'), 'Jane Doe');
});

test('parseAuthors() removes duplicates case-insensitively', () => {
  assert.deepEqual(parseAuthors('Jane Doe, JANE DOE'), ['Jane Doe']);
});

test('parseAuthors() stops at credits for other roles ("Medically reviewed by", "Photos by")', () => {
  assert.deepEqual(parseAuthors('By Jane Doe Medically reviewed by Dr. Max Roe'), ['Jane Doe']);
  assert.deepEqual(parseAuthors('Reviewed by Dr. Max Roe'), []);
  assert.deepEqual(parseAuthors('Jane Doe | Photos by Ann Poe'), ['Jane Doe']);
});

test('parseAuthors() rejects template placeholders and user names, and drops credentials and job titles', () => {
  assert.deepEqual(parseAuthors('page.head.extra.author'), []);
  assert.deepEqual(parseAuthors('andrew.keaveney'), []);
  assert.deepEqual(parseAuthors('Angela Holliday-Bell, MD'), ['Angela Holliday-Bell']);
  assert.deepEqual(parseAuthors('Preetam Jinka, Co-founder, Chief Architect'), ['Preetam Jinka']);
  assert.deepEqual(parseAuthors('Authored by: Dr. Ehsan Jazini'), ['Dr. Ehsan Jazini']);
  assert.deepEqual(parseAuthors('Articles by Juliette'), ['Juliette']);
});

test('parseAuthors() cuts dates printed inside the byline, with their lead-ins (WCXB 2862)', () => {
  assert.deepEqual(parseAuthors('Andrew Gerrand 4 August 2010'), ['Andrew Gerrand']);
  assert.deepEqual(parseAuthors('Posted by Jane Doe on Friday March 3, 2025'), ['Jane Doe']);
  assert.deepEqual(parseAuthors('Craig McCarthy Last updated on 17 June 2025'), ['Craig McCarthy']);
});

test('parseAuthors() stops at "on behalf of" (WCXB 0379)', () => {
  assert.deepEqual(parseAuthors('Dec. 19, 2025 · Niko Matsakis on behalf of Vision Doc group'), [
    'Niko Matsakis',
  ]);
});

test('parseAuthors() reads nothing from a "name, affiliation" whose name is empty (WCXB 0106)', () => {
  assert.deepEqual(parseAuthors(', USA TODAY'), []);
  // With the name there, the desk stays beside it: desk credits are kept (people-sources.ts).
  assert.deepEqual(parseAuthors('Brian Truitt, USA TODAY'), ['Brian Truitt', 'USA TODAY']);
});

test('an empty JSON-LD author name gives way to the visible byline (WCXB 0106)', () => {
  const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Film review",
  "author":{"@type":"Person","name":", USA TODAY"}}</script></head><body><article><h1>Film review</h1>
  <div class="byline"><a class="authors" href="/staff/brian-truitt/">Brian Truitt</a></div><p>Text.</p></article></body></html>`;
  assert.deepEqual(extractMetadata(parseHtml(html).document, undefined).metadata.authors, ['Brian Truitt']);
});

test('category links between a "By" label and the name are not the byline (WCXB 4589)', () => {
  const html = `<html><body><article><h1>Your wedding checklist</h1><h3>By</h3>
  <div class="category-tag"><a href="/checklists/" rel="tag">Wedding Checklists</a><a href="/planning/" rel="tag">Wedding Planning</a></div>
  <div class="co-author-block"><a href="/author/naoise/">Naoise McNally</a></div><p>Text.</p></article></body></html>`;
  assert.deepEqual(extractMetadata(parseHtml(html).document, undefined).metadata.authors, ['Naoise McNally']);
});

test('parseAuthors() reads "This post was written by" as a lead-in (WCXB 2381)', () => {
  assert.deepEqual(parseAuthors('This post was written by Danielle Padula'), ['Danielle Padula']);
  assert.deepEqual(parseAuthors('The article is by Jane Doe'), ['Jane Doe']);
});

test('an Organization credited as JSON-LD author gives way to the printed byline (WCXB 0151)', () => {
  const ld = (author: string) =>
    `<script type="application/ld+json">{"@type":"BlogPosting","headline":"Salon pricing guide","author":${author}}</script>`;
  const page = (author: string, byline: string) =>
    `<html><head>${ld(author)}</head><body><article><h1>Salon pricing guide</h1>${byline}<p>Text.</p></article></body></html>`;
  const authorsOf = (html: string) => extractMetadata(parseHtml(html).document, undefined).metadata.authors;
  const org = '{"@type":"Organization","name":"GlossGenius"}';
  const byline = '<div class="post-author">By Shauna Mitchell</div>';
  assert.deepEqual(authorsOf(page(org, byline)), ['Shauna Mitchell']);
  const newsroom = '{"@type":"NewsMediaOrganization","name":"Daily Example"}';
  assert.deepEqual(authorsOf(page(newsroom, byline)), ['Shauna Mitchell']);
  // Without a byline the brand stays; a Person in JSON-LD is never replaced.
  assert.deepEqual(authorsOf(page(org, '')), ['GlossGenius']);
  assert.deepEqual(authorsOf(page('{"@type":"Person","name":"Ann Poe"}', byline)), ['Ann Poe']);
});

test('cleanName() drops the social handle printed after the name (CBS Sports microdata, ScrapingHub 08f79376)', () => {
  assert.equal(cleanName('Bryan DeArdo @BryanDeArdo'), 'Bryan DeArdo');
  assert.deepEqual(parseAuthors('by Bryan DeArdo @BryanDeArdo'), ['Bryan DeArdo']);
  assert.equal(cleanName('@BryanDeArdo'), undefined); // a handle alone names no one
});
