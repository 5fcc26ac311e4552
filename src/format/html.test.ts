import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDocument } from 'htmlparser2';
import { ARTICLE, BARE_ARTICLE, SEED_TEASERS } from '../../test/fixtures/format/article.ts';
import { assertGolden } from '../../test/fixtures/format/golden.ts';
import type { Article } from '../model.ts';
import { layoutBlocks } from '../util/layout.ts';
import { toHtml, toHtmlFragment } from './html.ts';
import { escapeHtml, HTML_ALLOWED, openTag, safeUrl } from './html-safe.ts';

const HOSTILE = '"><script>alert(1)</script><img src=x onerror=alert(1)>';

const HOSTILE_ARTICLE: Article = {
  ...BARE_ARTICLE,
  title: HOSTILE,
  authors: [HOSTILE],
  language: 'en" onload="x',
  ...layoutBlocks([
    {
      type: 'paragraph',
      text: `link ${HOSTILE}`,
      marks: [{ start: 0, end: 4, kind: 'link', href: 'javascript:alert(1)' }],
    },
    {
      type: 'paragraph',
      text: 'tab link',
      marks: [{ start: 0, end: 3, kind: 'link', href: 'java\tscript:alert(1)' }],
    },
    {
      type: 'figure',
      src: 'javascript:alert(1)',
      alt: 'x" onerror="alert(1)',
      caption: HOSTILE,
      credit: HOSTILE,
    },
    { type: 'figure', src: 'data:image/svg+xml,<svg onload=alert(1)>', alt: 'svg' },
    { type: 'code', text: '</code><script>alert(1)</script>', language: '"><script>' },
    { type: 'embed', text: HOSTILE, provider: HOSTILE, url: 'vbscript:msgbox(1)' },
  ]),
  teasers: [{ title: HOSTILE, lead: HOSTILE, truncated: false, url: 'javascript:alert(1)' }],
};

/** Every element and attribute in `html` is on the whitelist; returns the element names seen. */
function assertWhitelisted(html: string): Set<string> {
  const seen = new Set<string>();
  const visit = (node: ReturnType<typeof parseDocument>['children'][number]): void => {
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
      const allowed = HTML_ALLOWED[node.name];
      assert.ok(allowed, `element <${node.name}> is not whitelisted`);
      for (const name of Object.keys(node.attribs))
        assert.ok(allowed.includes(name), `${name} on <${node.name}>`);
      seen.add(node.name);
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  for (const node of parseDocument(html).children) visit(node);
  return seen;
}

describe('toHtml()', () => {
  it('matches the golden HTML of the rich fixture', () => {
    assertGolden('article.html', toHtml(ARTICLE));
  });

  it('renders hostile text and URLs without script, handlers or unsafe URLs', () => {
    const html = toHtml(HOSTILE_ARTICLE);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /javascript:|vbscript:|data:/i);
    // Handlers can only hide in attribute names; the parser sees every attribute, and none is on*.
    const seen = assertWhitelisted(html);
    const article = parseDocument(html).children.find((n) => n.type === 'tag');
    assert.equal(article && 'attribs' in article ? article.attribs.lang : undefined, 'en" onload="x');
    assert.equal(seen.has('a'), false, 'no link survives with an unsafe href');
    assert.equal(seen.has('img'), false, 'no image survives with an unsafe src');
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  });

  it('uses only whitelisted elements and attributes for the rich fixture', () => {
    const seen = assertWhitelisted(toHtml(ARTICLE));
    for (const tag of [
      'h1',
      'figure',
      'figcaption',
      'img',
      'table',
      'th',
      'blockquote',
      'pre',
      'ol',
      'ul',
      'mark',
      'a',
    ]) {
      assert.ok(seen.has(tag), tag);
    }
  });

  it('marks the dateline, quotes with their speaker, and figure credits', () => {
    const html = toHtmlFragment(ARTICLE);
    assert.match(html, /<p><span class="dateline">KYIV, Ukraine, Sept 9 \(Reuters\)<\/span> — /);
    assert.match(
      html,
      /<mark class="quote direct" data-cue="told" data-speaker="Sean Savett">nothing is off the table,<\/mark>/,
    );
    assert.match(
      html,
      /<figcaption>Delegates arrive in Geneva on Sunday\. <small class="credit">Photo: Reuters\/File<\/small><\/figcaption>/,
    );
    assert.match(
      html,
      /<a href="https:\/\/mfa\.example\.gov\.ua\/statement\?a=1&amp;b=2">the <em>statement<\/em><\/a><em> at the<\/em>/,
    );
  });

  it('marks a teaser cut inside its caption as truncated', () => {
    const html = toHtmlFragment(SEED_TEASERS);
    assert.match(
      html,
      /<li><strong>Georgian police detain Nika Melia as demonstrators attempt to<\/strong>… \(truncated\)<\/li>/,
    );
    assert.match(
      html,
      /<li><small class="teaser-meta">NEW DELHI<\/small> — Indian Defence Minister Rajnath Singh will travel… \(truncated\)<\/li>/,
    );
  });

  it('is a complete document with the language and title', () => {
    const html = toHtml(ARTICLE);
    assert.match(
      html,
      /^<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Ukraine says talks/,
    );
    assert.match(html, /<\/article>\n<\/body><\/html>\n$/);
  });
});

describe('escapeHtml()', () => {
  it('escapes the five HTML-special characters', () => {
    assert.equal(
      escapeHtml(`<a href="x" onerror='y'>&`),
      '&lt;a href=&quot;x&quot; onerror=&#39;y&#39;&gt;&amp;',
    );
  });
});

describe('safeUrl()', () => {
  it('keeps http(s) and mailto links', () => {
    assert.equal(safeUrl('https://example.com/a?b=1'), 'https://example.com/a?b=1');
    assert.equal(safeUrl('mailto:desk@example.com'), 'mailto:desk@example.com');
  });

  it('refuses javascript:, data: and vbscript: in any spelling', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:x',
      'data:text/html,x',
      'vbscript:x',
    ]) {
      assert.equal(safeUrl(url), undefined, JSON.stringify(url));
    }
  });

  it('resolves relative URLs against the base, and refuses them without one', () => {
    assert.equal(safeUrl('/world/x', 'https://news.example.com/a/b'), 'https://news.example.com/world/x');
    assert.equal(safeUrl('/world/x'), undefined);
  });

  it('allows only http(s) for media', () => {
    assert.equal(safeUrl('mailto:a@b.c', undefined, 'media'), undefined);
  });
});

describe('openTag()', () => {
  it('throws on elements or attributes outside the whitelist', () => {
    assert.throws(() => openTag('script'), /not whitelisted/);
    assert.throws(() => openTag('p', { onclick: 'x' }), /not whitelisted/);
  });

  it('omits a URL attribute whose value is unsafe', () => {
    assert.equal(openTag('a', { href: 'javascript:alert(1)' }), '<a>');
  });
});
