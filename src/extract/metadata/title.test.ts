import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanTitle, isSiteSegment } from './title.ts';

const hints = { siteNames: ['The Daily Example'], host: 'www.dailyexample.com', others: [] };

test('cleanTitle() strips a " | Site" suffix naming the site', () => {
  assert.equal(cleanTitle('Flooding closes roads | The Daily Example', hints), 'Flooding closes roads');
});

test('cleanTitle() strips a "Site - " prefix and a host-named suffix', () => {
  assert.equal(cleanTitle('The Daily Example - Flooding closes roads', hints), 'Flooding closes roads');
  assert.equal(
    cleanTitle('Best movers 2026 | Move.org', { siteNames: [], host: 'www.move.org', others: [] }),
    'Best movers 2026',
  );
});

test('cleanTitle() cuts where the rest equals the <h1>, even with an unknown site name', () => {
  const withH1 = { siteNames: [], host: undefined, others: ['Flooding closes roads'] };
  assert.equal(cleanTitle('Flooding closes roads – Local – Some Paper', withH1), 'Flooding closes roads');
});

test('cleanTitle() keeps hyphenated words and titles without a site segment', () => {
  assert.equal(cleanTitle('Long-distance movers rated', hints), 'Long-distance movers rated');
  assert.equal(cleanTitle('Budget: what changes - and why', hints), 'Budget: what changes - and why');
});

test('isSiteSegment() matches site names loosely and the host name, not ordinary words', () => {
  assert.equal(isSiteSegment('the daily example', hints), true);
  assert.equal(isSiteSegment('DailyExample', hints), true);
  assert.equal(isSiteSegment('Roads', hints), false);
});

test('isSiteSegment() knows the brand of a subdomain host ("promotions.newegg.com" → Newegg.com)', () => {
  const sub = { siteNames: [], host: 'promotions.newegg.com', others: [] };
  assert.equal(cleanTitle('GAME CHANGER | Newegg.com', sub), 'GAME CHANGER');
  assert.equal(isSiteSegment('Bridgestone Tires', { siteNames: [], host: 'tires.bridgestone.com' }), true);
  assert.equal(isSiteSegment('BBC', { siteNames: [], host: 'www.bbc.co.uk' }), true);
});

test('isSiteSegment() does not take a long headline that mentions the brand for the site name', () => {
  const resy = { siteNames: [], host: 'resy.com' };
  assert.equal(isSiteSegment('The Resy Guide to New York City’s 2025 Michelin Winners', resy), false);
  assert.equal(isSiteSegment('Resy', resy), true);
});

test('cleanTitle() drops a leading "Blog:" label but keeps a short title after one', () => {
  const none = { siteNames: [], host: undefined, others: [] };
  assert.equal(cleanTitle('Garnix Blog: Hardware-Attested Nix Builds', none), 'Hardware-Attested Nix Builds');
  assert.equal(cleanTitle('Blog: Best Ad Agencies in 2025', none), 'Best Ad Agencies in 2025');
  assert.equal(cleanTitle('Blog: Our News', none), 'Blog: Our News');
  assert.equal(
    cleanTitle('Why I stopped writing my blog: a story', none),
    'Why I stopped writing my blog: a story',
  );
});

test('cleanTitle() cuts a section label set off by a bar, not by a dash (WCXB 0120)', () => {
  const none = { siteNames: [], host: undefined, others: [] };
  assert.equal(cleanTitle('How meditation rewires brains | Opinion', none), 'How meditation rewires brains');
  assert.equal(cleanTitle('Harbour reopens | Analysis | The Daily Example', hints), 'Harbour reopens');
  assert.equal(
    cleanTitle('Why we need less certainty - Opinion', none),
    'Why we need less certainty - Opinion',
  );
  assert.equal(cleanTitle('Opinion', none), 'Opinion');
});

test('cleanTitle() strips a suffix that is the site name less its last word, and keeps a one-word or long headline (WCXB 4271)', () => {
  const thrive = { siteNames: ['Thrive Internet Marketing Agency'], others: [] };
  assert.equal(
    cleanTitle('Website Design Portfolio | Thrive Internet Marketing', thrive),
    'Website Design Portfolio',
  );
  assert.equal(cleanTitle('Thrive | Website Design Portfolio', thrive), 'Thrive | Website Design Portfolio');
  assert.equal(
    cleanTitle('Thrive Internet Marketing Agency wins award for its internet marketing | News', {
      siteNames: ['News'],
      others: [],
    }),
    'Thrive Internet Marketing Agency wins award for its internet marketing',
  );
});
