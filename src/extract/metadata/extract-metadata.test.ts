import assert from 'node:assert/strict';
import { test } from 'node:test';
import render from 'dom-serializer';
import { parseHtml } from '../parse-html.ts';
import { extractMetadata } from './index.ts';

const PAGE = `<!doctype html><html lang="en-GB"><head>
<title>Council approves new bridge | The Daily Example</title>
<meta property="og:title" content="Council approves new bridge | The Daily Example">
<meta property="og:site_name" content="The Daily Example">
<meta property="og:image" content="/img/bridge.jpg">
<meta property="article:section" content="Local">
<meta property="article:tag" content="bridges"><meta property="article:tag" content="council">
<meta property="article:author" content="https://www.facebook.com/janedoe">
<meta name="description" content="The vote was 7-2.">
<link rel="canonical" href="/news/bridge">
</head><body>
<nav class="main-nav"><a href="/author/someone-else">Someone Else</a></nav>
<article><header>
<h1>Council approves new bridge</h1>
<div class="byline">By Jane Doe and John Roe, Senior Reporters</div>
<time datetime="2024-09-08T10:15:00+01:00">8 September 2024</time>
</header><p>The council voted on Tuesday.</p></article>
<aside class="related-posts"><h3>Other story</h3><div class="byline">By Max Other</div>
<time datetime="2020-01-01">1 January 2020</time></aside>
</body></html>`;

test('extractMetadata() reads headline, byline, date and page fields, naming each source', () => {
  const { document } = parseHtml(PAGE);
  const { metadata, sources } = extractMetadata(document, 'https://dailyexample.com/news/bridge?ref=x');
  assert.equal(metadata.title, 'Council approves new bridge');
  assert.deepEqual(metadata.authors, ['Jane Doe', 'John Roe']);
  assert.equal(metadata.published, '2024-09-08T10:15:00+01:00');
  assert.equal(metadata.language, 'en');
  assert.equal(metadata.siteName, 'The Daily Example');
  assert.equal(metadata.canonicalUrl, 'https://dailyexample.com/news/bridge');
  assert.equal(metadata.image, 'https://dailyexample.com/img/bridge.jpg');
  assert.equal(metadata.section, 'Local');
  assert.deepEqual(metadata.tags, ['bridges', 'council']);
  assert.equal(metadata.description, 'The vote was 7-2.');
  assert.deepEqual(sources, {
    title: 'h1-confirmed',
    authors: 'byline',
    published: 'printed',
    language: 'html-lang',
    siteName: 'og-site-name',
    canonicalUrl: 'link-canonical',
    description: 'meta-description',
    image: 'og',
    section: 'article-section',
    tags: 'article-tag',
  });
});

test('extractMetadata() leaves one info message per field decision with extract/metadata-<field> ids', () => {
  const { document } = parseHtml(PAGE);
  const { messages } = extractMetadata(document, undefined);
  const rules = messages.map((m) => m.rule);
  assert.ok(rules.includes('extract/metadata-title'));
  assert.ok(rules.includes('extract/metadata-site-name'));
  assert.ok(rules.includes('extract/metadata-modified'));
  assert.ok(messages.every((m) => m.severity === 'info' && m.stage === 'extract'));
  const title = messages.find((m) => m.rule === 'extract/metadata-title');
  assert.equal(title?.reason, 'title taken from h1-confirmed.');
  assert.equal(title?.excerpt, 'Council approves new bridge');
});

test('extractMetadata() does not mutate the tree it reads', () => {
  const { document } = parseHtml(PAGE);
  const before = render(document);
  extractMetadata(document, 'https://dailyexample.com/news/bridge');
  assert.equal(render(document), before);
});

test('extractMetadata() never takes bylines or dates from related-story lists', () => {
  const html = `<html><body><h1>Headline here</h1><p>Text.</p>
  <div class="related-posts"><span class="author">By Max Other</span><time datetime="2020-01-01">x</time></div>
  <div class="sidebar-widget"><a href="/author/max-other">Max Other</a></div></body></html>`;
  const { metadata } = extractMetadata(parseHtml(html).document, undefined);
  assert.deepEqual(metadata.authors, []);
  assert.equal(metadata.published, undefined);
});

test('extractMetadata() prefers JSON-LD authors over a visible byline, and skips a URL article:author', () => {
  const html = `<html><head><script type="application/ld+json">
  {"@type":"NewsArticle","headline":"H","author":{"@type":"Person","name":"Ann Poe"},"datePublished":"2024-09-08"}
  </script><meta property="article:author" content="https://ex.com/ann"></head>
  <body><h1>H</h1><div class="byline">By Someone Visible</div></body></html>`;
  const { metadata, sources } = extractMetadata(parseHtml(html).document, undefined);
  assert.deepEqual(metadata.authors, ['Ann Poe']);
  assert.equal(sources.authors, 'json-ld');
  assert.equal(metadata.published, '2024-09-08');
});

test('extractMetadata() takes an author archive link next to the headline as the byline (WCXB 1396)', () => {
  const html = `<html><body><h1>Ten tips</h1><div class="x1"><a href="/authors/chris-toy" class="a9">Chris Toy</a>
  <div class="a9">March 17, 2025</div></div><p>Body.</p></body></html>`;
  const { metadata, sources } = extractMetadata(parseHtml(html).document, undefined);
  assert.deepEqual(metadata.authors, ['Chris Toy']);
  assert.equal(metadata.published, '2025-03-17');
  assert.equal(sources.published, 'printed');
});

test('extractMetadata() reads the date from the URL when the page declares none', () => {
  const html = '<html><body><h1>Story</h1><p>Body.</p></body></html>';
  const { metadata, sources } = extractMetadata(parseHtml(html).document, 'https://ex.com/2024/09/08/story/');
  assert.equal(metadata.published, '2024-09-08');
  assert.equal(sources.published, 'url');
});

test('extractMetadata() falls back to the modified date when no publication date exists', () => {
  const html = `<html><head><meta property="article:modified_time" content="2023-06-12T10:39:42+00:00"></head>
  <body><h1>Story</h1></body></html>`;
  const { metadata, sources } = extractMetadata(parseHtml(html).document, undefined);
  assert.equal(metadata.published, '2023-06-12T10:39:42+00:00');
  assert.equal(sources.published, 'modified');
  assert.equal(metadata.modified, '2023-06-12T10:39:42+00:00');
});

test('extractMetadata() lets og:title win over an <h1> that is page furniture ("Blog", WCXB 0072)', () => {
  const html = `<html><head><meta property="og:title" content="Packing Tips Guide"><title>Packing Tips Guide</title></head>
  <body><h1>Blog</h1><p>Body.</p></body></html>`;
  const { metadata, sources } = extractMetadata(parseHtml(html).document, undefined);
  assert.equal(metadata.title, 'Packing Tips Guide');
  assert.equal(sources.title, 'og');
});

test('extractMetadata() skips an <h1> holding the site name (WCXB 0186)', () => {
  const html = `<html><head><meta property="og:site_name" content="The Southerner">
  <title>A Beginner's Guide to Skincare – The Southerner</title></head>
  <body><h1>The Southerner</h1><h2>A Beginner's Guide to Skincare</h2></body></html>`;
  const { metadata, sources } = extractMetadata(parseHtml(html).document, undefined);
  assert.equal(metadata.title, "A Beginner's Guide to Skincare");
  assert.equal(sources.title, 'title-element');
});

test('extractMetadata() reads microdata headline, author and datePublished', () => {
  const html = `<html><body><div itemscope itemtype="https://schema.org/Article">
  <span itemprop="headline">Micro headline</span>
  <span itemprop="author" itemscope><span itemprop="name">Mia Data</span></span>
  <meta itemprop="datePublished" content="2022-05-01"></div></body></html>`;
  const { metadata, sources } = extractMetadata(parseHtml(html).document, undefined);
  assert.equal(metadata.title, 'Micro headline');
  assert.deepEqual(metadata.authors, ['Mia Data']);
  assert.equal(metadata.published, '2022-05-01');
  assert.equal(sources.title, 'microdata');
});

test('extractMetadata() reads a bare "By" label followed by the name (WCXB 4530) and plain "By Jane Doe" text', () => {
  const label =
    '<html><body><h1>Sleep tips</h1><div><span>By</span><span>Daryl Austin</span></div></body></html>';
  assert.deepEqual(extractMetadata(parseHtml(label).document, undefined).metadata.authors, ['Daryl Austin']);
  const plain =
    '<html><body><h1>Sleep tips</h1><p>By Jane Doe</p><p>By clicking you agree.</p></body></html>';
  assert.deepEqual(extractMetadata(parseHtml(plain).document, undefined).metadata.authors, ['Jane Doe']);
});

test('extractMetadata() finds the byline inside <article> when a promo <h1> sits far away (WCXB 4267)', () => {
  const filler = '<p>x</p>'.repeat(450);
  const html = `<html><body><h1>Form your company today</h1>${filler}
  <article><h2>How to start a company</h2><a href="/articles/authors/shannon-grilli">Shannon Grilli</a></article></body></html>`;
  assert.deepEqual(extractMetadata(parseHtml(html).document, undefined).metadata.authors, ['Shannon Grilli']);
});

test('extractMetadata() separates words across <br> and blocks inside the <h1> (WCXB 2976)', () => {
  const html = '<html><body><h1>The Best Apps<br>Top Tools <div>for 2026</div></h1></body></html>';
  assert.equal(
    extractMetadata(parseHtml(html).document, undefined).metadata.title,
    'The Best Apps Top Tools for 2026',
  );
});

test('extractMetadata() drops a date printed inside the <h1> when a declared title confirms the rest (WCXB 0450)', () => {
  const html = `<html><head><meta property="og:title" content="Preparing a transition in Debusine"></head>
  <body><h1><span>Dec 18 2025</span> Preparing a transition in Debusine</h1></body></html>`;
  const { metadata, sources } = extractMetadata(parseHtml(html).document, undefined);
  assert.equal(metadata.title, 'Preparing a transition in Debusine');
  assert.equal(sources.title, 'h1-dated');
});

test("extractMetadata() reads the byline in the article's own <footer> (WCXB 4164) but not in the page footer", () => {
  const html = `<html><body><article><h1>Story</h1><p>Text.</p>
  <footer class="entry-footer"><span class="entry-author"><a href="/author/kiersten/">Kiersten</a></span></footer></article>
  <footer><a href="/author/webmaster/">Web Master</a></footer></body></html>`;
  assert.deepEqual(extractMetadata(parseHtml(html).document, undefined).metadata.authors, ['Kiersten']);
});

test('extractMetadata() still ignores related lists inside the <article>', () => {
  const html = `<html><body><article><h1>Story</h1><p>Text.</p>
  <div class="related-posts"><span class="byline">By Max Other</span></div></article></body></html>`;
  assert.deepEqual(extractMetadata(parseHtml(html).document, undefined).metadata.authors, []);
});

test('extractMetadata() reads "Written by" and "Authors:" labels followed by the name (WCXB 0058, 0380)', () => {
  const written = '<html><body><h1>Story</h1><p>Written by</p><p>Edzel Tabing</p></body></html>';
  assert.deepEqual(extractMetadata(parseHtml(written).document, undefined).metadata.authors, [
    'Edzel Tabing',
  ]);
  const authors =
    '<html><body><h1>Paper</h1><div><span>Authors:</span><a href="/s?q=roy">Aniruddha Roy</a></div></body></html>';
  assert.deepEqual(extractMetadata(parseHtml(authors).document, undefined).metadata.authors, [
    'Aniruddha Roy',
  ]);
});

test('extractMetadata() cuts the site suffix of a JSON-LD headline that no <h1> confirms (WCXB 0451)', () => {
  const ld = JSON.stringify({
    '@type': 'BlogPosting',
    headline: 'Hardened images, validated | Docker',
  });
  const html = `<html><head><script type="application/ld+json">${ld}</script></head>
  <body><p>Text</p></body></html>`;
  const { metadata, sources } = extractMetadata(parseHtml(html).document, 'https://www.docker.com/blog/x');
  assert.equal(metadata.title, 'Hardened images, validated');
  assert.equal(sources.title, 'json-ld');
});

const authorsOf = (body: string): string[] =>
  extractMetadata(parseHtml(`<html><body>${body}</body></html>`).document, undefined).metadata.authors;

test('extractMetadata() reads a "Written by Jane Doe" text near the headline (WCXB 0222)', () => {
  assert.deepEqual(authorsOf('<main><h1>Why cheap SEO fails</h1><p>Written by Jane Doe</p></main>'), [
    'Jane Doe',
  ]);
});

test('extractMetadata() reads the text node after a "Contributors:" label (WCXB 4701)', () => {
  const body = '<h1>Low-light houseplants</h1><div><strong>Contributors:</strong> Jane Doe</div>';
  assert.deepEqual(authorsOf(body), ['Jane Doe']);
});

test('extractMetadata() reads bylines in an <aside> inside the <article>, not in a page sidebar', () => {
  const inArticle = '<article><h1>Home gyms</h1><aside class="post-author">Jane Doe</aside></article>';
  assert.deepEqual(authorsOf(inArticle), ['Jane Doe']);
  const sidebar = '<article><h1>Home gyms</h1></article><aside><span class="author">John Roe</span></aside>';
  assert.deepEqual(authorsOf(sidebar), []);
});

test('extractMetadata() reads the <main> an unclosed <aside> swallowed as the page, not furniture (WCXB 4459)', () => {
  const body =
    '<aside class="announcement-banner"><a href="/news">Announcement</a><main><article><h1>Startup lessons</h1>' +
    '<span class="blog-meta-author">Tim Enwall</span><p>Text.</p></article></main>';
  assert.deepEqual(authorsOf(body), ['Tim Enwall']);
  const { document } = parseHtml(`<html><body>${body}</body></html>`);
  assert.equal(extractMetadata(document, undefined).metadata.title, 'Startup lessons');
});

test('extractMetadata() reads the article <address> even inside a furniture container (WCXB 4370)', () => {
  const body =
    '<article><h1>Five books</h1><div class="sidebar"><address><a href="/profile/jd">Jane Doe</a></address></div></article>';
  assert.deepEqual(authorsOf(body), ['Jane Doe']);
});

test('extractMetadata() takes the <h1> a declared title names over a section <h1> in the article (WCXB 4064)', () => {
  const html = `<html><head><title>The Best Mice for 2026 | Example Reviews</title></head><body>
  <header><h1>The Best Mice for 2026</h1><p>By Jane Doe</p></header>
  <article><h1>Deeper Dive: Our Picks</h1><p>Text</p></article></body></html>`;
  const { metadata } = extractMetadata(parseHtml(html).document, 'https://reviews.example.com/mice');
  assert.equal(metadata.title, 'The Best Mice for 2026');
  assert.deepEqual(metadata.authors, ['Jane Doe']);
});

test('extractMetadata() never takes the site-name <h1> as the headline because the title names the site', () => {
  const html = `<html><head><title>Biking spots | Houstonia Magazine</title>
  <meta property="og:site_name" content="Houstonia Magazine"></head><body>
  <h1>Houstonia Magazine</h1><article><h1>The Best Trails in Houston</h1></article></body></html>`;
  const { metadata } = extractMetadata(parseHtml(html).document, undefined);
  assert.equal(metadata.title, 'The Best Trails in Houston');
});

test('extractMetadata() separates a byline name from a date in the next block (WCXB 0433)', () => {
  assert.deepEqual(
    authorsOf(
      '<h1>Introducing the accelerator</h1><div class="author-details"><p>Luke Kim</p><small>December 17, 2025</small></div>',
    ),
    ['Luke Kim'],
  );
});

test('extractMetadata() cuts a trailing site segment printed in the <h1>, never a leading kicker (WCXB 0408)', () => {
  const suffixed = '<html><body><h1>Best UK Art Exhibitions 2025 – Artlyst</h1></body></html>';
  const page = (html: string) => extractMetadata(parseHtml(html).document, 'https://artlyst.com/features/x');
  assert.equal(page(suffixed).metadata.title, 'Best UK Art Exhibitions 2025');
  const kicker = '<html><body><h1>Artlyst Signal #18 – The World Without Work?</h1></body></html>';
  assert.equal(page(kicker).metadata.title, 'Artlyst Signal #18 – The World Without Work?');
});

const headAuthors = (head: string): { authors: string[]; source?: string } => {
  const { metadata, sources } = extractMetadata(
    parseHtml(`<html><head>${head}</head><body><p>Text</p></body></html>`).document,
    undefined,
  );
  return { authors: metadata.authors, source: sources.authors };
};

test('extractMetadata() reads Highwire citation_author metas, "Last, First" turned round (WCXB 0380)', () => {
  const head =
    '<meta name="citation_author" content="Roy, Aniruddha"><meta name="citation_author" content="Jyoti Patel">';
  assert.deepEqual(headAuthors(head), { authors: ['Aniruddha Roy', 'Jyoti Patel'], source: 'citation' });
});

test('extractMetadata() reads the twitter:data whose twitter:label is "Written by" (WCXB 4414)', () => {
  const head = `<meta name="twitter:label1" content="Est. reading time"><meta name="twitter:data1" content="5 minutes">
  <meta name="twitter:label2" content="Written by"><meta name="twitter:data2" content="Nawaz Dhandala">`;
  assert.deepEqual(headAuthors(head), { authors: ['Nawaz Dhandala'], source: 'twitter-label' });
});

test('extractMetadata() reads a human-readable <meta name="published"> (WCXB 0244)', () => {
  const html = '<html><head><meta name="published" content="July 17, 2025"></head><body></body></html>';
  const { metadata, sources } = extractMetadata(parseHtml(html).document, undefined);
  assert.equal(metadata.published, '2025-07-17');
  assert.equal(sources.published, 'meta-date');
});

test('extractMetadata() reads "Posted on <date>" texts as dates though they start like bylines (WCXB 2381)', () => {
  const html = `<html><body><article><h1>Journal indexing</h1>
  <div class="meta"><span>Posted on April 13, 2023</span></div><p>Text</p></article></body></html>`;
  const { metadata, sources } = extractMetadata(parseHtml(html).document, undefined);
  assert.equal(metadata.published, '2023-04-13');
  assert.equal(sources.published, 'printed');
});

test('extractMetadata() reads Highwire citation_date as the publication date (WCXB 0380)', () => {
  const html =
    '<html><head><meta name="citation_date" content="2025/12/18"></head><body><p>x</p></body></html>';
  const { metadata, sources } = extractMetadata(parseHtml(html).document, undefined);
  assert.equal(metadata.published, '2025-12-18');
  assert.equal(sources.published, 'meta-date');
});
