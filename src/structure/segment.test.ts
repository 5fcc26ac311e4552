import assert from 'node:assert/strict';
import { test } from 'node:test';
import { segment } from './segment.ts';

const PROSE =
  'The golden rule for this group is to prune only if necessary and only after flowering has finished, because the flowers form on the stems that grew the year before. ' +
  'Cutting them back hard in late winter removes every bud of the coming season, and the plant then sulks for a whole year before it flowers again as it should. ' +
  'A light tidy of the longest shoots after flowering is all it needs in most years, and many gardeners never cut it at all.';

test('segment() starts the teaser list at a "Latest News" line followed by titles, dates and excerpts (WCXB 0296)', () => {
  const texts = [
    PROSE,
    PROSE,
    'Latest News',
    'Can you sue to receive benefits?',
    'March 29, 2025',
    PROSE,
    'Why choose a specialist?',
    'March 27, 2025',
    PROSE,
  ];
  assert.deepEqual(segment(texts), { teaserStart: 2, reason: 'related-heading' });
});

test('segment() reads past a "Latest News" line that the story continues after (WCXB 0397)', () => {
  const texts = [
    PROSE,
    'Latest News',
    'India News',
    'World News',
    PROSE,
    PROSE,
    PROSE,
    'Group 3: hard pruning',
    PROSE,
  ];
  assert.deepEqual(segment(texts), { teaserStart: texts.length });
});

test('segment() never reads a "More on the topic: <title>" link as the heading of a teaser list (WCXB 4511)', () => {
  const texts = [
    PROSE,
    'More on the topic: The Green Dilemma: Can AI Fulfil Its Potential?',
    'A short paragraph.',
    PROSE,
  ];
  assert.deepEqual(segment(texts), { teaserStart: texts.length });
  const heading = [
    PROSE,
    'More from Cornell on climate change and gardening:',
    'Gardening in a warming world',
    'Soil health',
  ];
  assert.equal(segment(heading).reason, 'related-heading');
});
