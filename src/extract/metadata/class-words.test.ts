import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classMarks } from './class-words.ts';

test('classMarks() marks teaser and furniture containers by a leading or trailing word', () => {
  assert.equal(classMarks('related-posts').foreign, true);
  assert.equal(classMarks('site-footer').foreign, true);
  assert.equal(classMarks('wrap more-stories').foreign, true);
});

test('classMarks() does not mark builder wrappers that merely contain a furniture word', () => {
  assert.equal(classMarks('elementor-widget-container').foreign, false);
  assert.equal(classMarks('has-comment-count').foreign, false);
  assert.equal(classMarks('').foreign, false);
});

test('classMarks() finds bylines in camelCase and BEM names but not author bios or avatars', () => {
  assert.equal(classMarks('postAuthorName').byline, true);
  assert.equal(classMarks('article-byline__name').byline, true);
  assert.equal(classMarks('author-bio').byline, false);
  assert.equal(classMarks('author avatar').byline, false);
});

test('classMarks() finds date elements ("entry-date", hAtom "updated")', () => {
  assert.equal(classMarks('entry-date published').date, true);
  assert.equal(classMarks('updated').date, true);
  assert.equal(classMarks('candidate').date, false);
});

test('classMarks() tells a footer class apart from other furniture (an article may own its footer)', () => {
  assert.deepEqual([classMarks('entry-footer').foreign, classMarks('entry-footer').footerOnly], [true, true]);
  assert.equal(classMarks('site-footer related-posts').footerOnly, false);
});

test('classMarks() gives the same marks with a page-wide token map as without one', () => {
  const classes = [
    'author avatar',
    'author',
    'post-author',
    'entry-footer',
    'site-footer related-posts',
    'x',
  ];
  const tokens = new Map<string, number>();
  for (const cls of [...classes, ...classes]) assert.deepEqual(classMarks(cls, tokens), classMarks(cls), cls);
  // Each token was read once: "author" appears in three class strings above.
  assert.deepEqual([...tokens.keys()].sort(), [
    'author',
    'avatar',
    'entry-footer',
    'post-author',
    'related-posts',
    'site-footer',
  ]);
});
