import assert from 'node:assert/strict';
import { test } from 'node:test';
import { processSource } from '../../pipeline.ts';

const page = (figures: string) =>
  Buffer.from(`<html><head><title>SEO in 2025</title></head><body><article><h1>SEO in 2025</h1>
<p>Search is changing faster than at any time since the first engines, and the people who do it for a living disagree about what comes next, as the interviews below show.</p>
${figures}
<p>What does not change is that a page has to answer the question its reader came with, and answer it first, whatever engine sends the reader.</p>
</article></body></html>`);

function quotesOf(figures: string) {
  const article = processSource({ input: 'cited.html', bytes: page(figures) }, {});
  return article.quotes.map((q) => ({
    content: q.content,
    cue: q.cue,
    name: q.speaker.name,
    role: q.speaker.role,
    affiliation: q.speaker.affiliation,
    exact: article.text.slice(q.start, q.end) === q.content,
  }));
}

test('a figure quote is attributed to the name its caption gives: "Name, Title, Organisation" (WCXB 0041)', () => {
  const figure = `<figure><blockquote><p>“SEO isn't dead, it's just different.”</p></blockquote>
<figcaption>Patrick Reinhart, VP, Services and Thought Leadership, Conductor</figcaption></figure>`;
  assert.deepEqual(quotesOf(figure), [
    {
      content: "SEO isn't dead, it's just different.",
      cue: '',
      name: 'Patrick Reinhart',
      role: 'VP, Services and Thought Leadership',
      affiliation: 'Conductor',
      exact: true,
    },
  ]);
});

test('a caption of "— Name, Title" gives the name and the role; a blockquote without a caption names nobody', () => {
  const figures = `<figure><blockquote><p>Automation is not the enemy of the people who write for the web.</p></blockquote>
<figcaption>— Wei Zheng, Chief Product Officer</figcaption></figure>
<blockquote><p>An unattributed pull quote about search engines and what they will become.</p></blockquote>`;
  assert.deepEqual(quotesOf(figures), [
    {
      content: 'Automation is not the enemy of the people who write for the web.',
      cue: '',
      name: 'Wei Zheng',
      role: 'Chief Product Officer',
      affiliation: undefined,
      exact: true,
    },
  ]);
});
