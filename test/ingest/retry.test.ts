import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractLinks } from '../../src/ingest/crawl/links.ts';
import { parseRetryAfter, retryDecision } from '../../src/ingest/crawl/retry.ts';

const POLICY = { maxRetries: 3, baseDelayMs: 100, maxDelayMs: 10_000 };

test('parseRetryAfter() reads delay-seconds and HTTP-dates (RFC 9110 §10.2.3)', () => {
  const now = Date.parse('Mon, 02 Nov 2026 10:00:00 GMT');
  assert.equal(parseRetryAfter('120', now), 120_000);
  assert.equal(parseRetryAfter('Mon, 02 Nov 2026 10:00:30 GMT', now), 30_000);
  assert.equal(parseRetryAfter('Mon, 02 Nov 2026 09:00:00 GMT', now), 0);
  assert.equal(parseRetryAfter('soon', now), undefined);
  assert.equal(parseRetryAfter(undefined, now), undefined);
});

test('retryDecision() backs off exponentially, prefers Retry-After, and stops at the cap or the last try', () => {
  assert.deepEqual(retryDecision(500, undefined, 0, POLICY), { retry: true, waitMs: 100 });
  assert.deepEqual(retryDecision(500, undefined, 2, POLICY), { retry: true, waitMs: 400 });
  assert.deepEqual(retryDecision(429, '3', 0, POLICY), { retry: true, waitMs: 3000 });
  assert.equal(retryDecision(429, '60', 0, POLICY).retry, false);
  assert.equal(retryDecision(503, undefined, 3, POLICY).retry, false);
  assert.deepEqual(retryDecision(404, undefined, 0, POLICY), { retry: false, reason: 'HTTP 404' });
});

test('extractLinks() honours <base href>, skips same-page anchors and mailto, and obeys a robots meta nofollow', () => {
  const html = new TextEncoder().encode(
    '<base href="https://cdn.example/site/"><a href="story">s</a><a href="#top">t</a><a href="mailto:x@y">m</a>',
  );
  assert.deepEqual(extractLinks(html, 'https://gazette.example/', 'Dateline').links, [
    'https://cdn.example/site/story',
  ]);
  const blocked = new TextEncoder().encode(
    '<meta name="robots" content="noindex, nofollow"><a href="/x">x</a>',
  );
  assert.deepEqual(extractLinks(blocked, 'https://gazette.example/', 'Dateline'), {
    links: [],
    nofollow: true,
  });
});
