import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARTICLE, BARE_ARTICLE, SEED_TEASERS } from '../../test/fixtures/format/article.ts';
import { assertGolden } from '../../test/fixtures/format/golden.ts';
import type { Article } from '../model.ts';
import { layoutBlocks } from '../util/layout.ts';
import { toMarkdown } from './markdown.ts';
import { escapeBlockStarts, escapeInline } from './markdown-escape.ts';

function withBlocks(blocks: Article['blocks'], extra: Partial<Article> = {}): Article {
  return { ...BARE_ARTICLE, ...layoutBlocks(blocks), ...extra };
}

describe('toMarkdown()', () => {
  it('matches the golden Markdown of the rich fixture', () => {
    assertGolden('article.md', toMarkdown(ARTICLE));
  });

  it('opens with the title and a byline/metadata line', () => {
    const [title, , byline] = toMarkdown(ARTICLE).split('\n');
    assert.equal(title, '# Ukraine says talks to resume in Geneva');
    assert.match(
      byline ?? '',
      /^By Olena Example, John Sample · Reuters · Example News · Published 2024-09-09/,
    );
  });

  it('does not repeat a copy credit that is already an author', () => {
    const md = toMarkdown({ ...ARTICLE, authors: ['Reuters'] });
    assert.match(md, /^By Reuters · Example News · /m);
  });

  it('leads the first paragraph with the bold dateline', () => {
    assert.match(
      toMarkdown(ARTICLE),
      /\n\*\*KYIV, Ukraine, Sept 9 \(Reuters\)\*\* — Ukraine's foreign ministry said/,
    );
  });

  it('writes figures as an image with caption and photo credit under it', () => {
    assert.match(
      toMarkdown(ARTICLE),
      /!\[The Palais des Nations in Geneva\]\(https:\/\/img\.example\.com\/geneva\.jpg\)\n\*Delegates arrive in Geneva on Sunday\.\* — Photo: Reuters\/File/,
    );
  });

  it('marks quotes with footnotes that name the speaker', () => {
    const md = toMarkdown(ARTICLE);
    assert.match(md, /"nothing is off the table,\[\^q1\]"/);
    assert.match(
      md,
      /\[\^q1\]: “nothing is off the table,” — \*\*Sean Savett\*\*, spokesman, foreign ministry \(told; direct\)/,
    );
  });

  it('lists a quote that has no marker in the body as a list item, not an orphan footnote', () => {
    const blocks = layoutBlocks([{ type: 'list', ordered: false, items: ['He said "go"'] }]);
    const quote = ARTICLE.quotes[0]!;
    const md = toMarkdown({
      ...BARE_ARTICLE,
      ...blocks,
      quotes: [{ ...quote, content: 'go', start: 9, end: 11 }],
    });
    assert.match(md, /## Quotes\n\n- “go” — \*\*Sean Savett\*\*/);
    assert.doesNotMatch(md, /\[\^q1\]/);
  });

  it('lists attributed claims and related teasers with their truncation', () => {
    const md = toMarkdown(ARTICLE);
    assert.match(
      md,
      /## Attributed claims\n\n- the delegation left on Sunday — \*Officials\* \(said; anonymous/,
    );
    assert.match(
      md,
      /- \[\*\*Grain deal talks stall\*\*\]\(https:\/\/news\.example\.com\/world\/grain\) \(AP · ODESA\) — Negotiators failed to agree on… \(truncated\)/,
    );
  });

  it('marks a teaser cut inside its caption, and starts a label-less teaser with its place', () => {
    const md = toMarkdown(SEED_TEASERS);
    assert.match(
      md,
      /\n- \(NEW DELHI\) — Indian Defence Minister Rajnath Singh will travel… \(truncated\)\n/,
    );
    assert.match(
      md,
      /\n- \*\*Georgian police detain Nika Melia as demonstrators attempt to\*\*… \(truncated\)\n/,
    );
  });

  it('splits crossing marks into nested pieces', () => {
    assert.match(
      toMarkdown(ARTICLE),
      /See \[the \*statement\*\]\(https:\/\/mfa\.example\.gov\.ua\/statement\?a=1&b=2\) \*at the\* `ministry site`\./,
    );
  });

  it('keeps emphasis delimiters against text when a mark includes spaces', () => {
    const md = toMarkdown(
      withBlocks([{ type: 'paragraph', text: 'a bold b', marks: [{ start: 1, end: 7, kind: 'strong' }] }]),
    );
    assert.match(md, /^a \*\*bold\*\* b$/m);
  });

  it('drops javascript: links but keeps their text', () => {
    const md = toMarkdown(
      withBlocks([
        {
          type: 'paragraph',
          text: 'click me',
          marks: [{ start: 0, end: 5, kind: 'link', href: 'javascript:alert(1)' }],
        },
      ]),
    );
    assert.equal(md, 'click me\n');
  });

  it('escapes Markdown syntax in text so it stays literal', () => {
    const md = toMarkdown(withBlocks([{ type: 'paragraph', text: '# not a heading *nor* [a](link)' }]));
    assert.equal(md, '\\# not a heading \\*nor\\* \\[a\\](link)\n');
  });

  it('writes a header row for header-less tables (GFM needs one)', () => {
    const md = toMarkdown(withBlocks([{ type: 'table', header: false, rows: [['a', 'b']] }]));
    assert.equal(md, '|  |  |\n| --- | --- |\n| a | b |\n');
  });

  it('renders a bare article as just its text', () => {
    assert.equal(toMarkdown(BARE_ARTICLE), 'Just one line.\n');
  });
});

describe('Markdown escaping', () => {
  it('escapeBlockStarts() escapes list, quote and ordered-list markers only at line start', () => {
    assert.equal(escapeBlockStarts('- a\n1. b\n> c\nx - y'), '\\- a\n1\\. b\n\\> c\nx - y');
  });

  it('escapeInline() escapes backslashes first so escapes cannot be undone', () => {
    assert.equal(escapeInline('\\*'), '\\\\\\*');
  });
});
