import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import type { Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { ARTICLE, BARE_ARTICLE, SEED_TEASERS } from '../../test/fixtures/format/article.ts';
import { assertGolden } from '../../test/fixtures/format/golden.ts';
import {
  DIV_PHASE,
  TEI_CONTENT_MODEL,
  TEI_ORDER,
  TEI_REQUIRED,
} from '../../test/fixtures/format/tei-content-model.ts';
import type { Article } from '../model.ts';
import { layoutBlocks } from '../util/layout.ts';
import { toTei } from './tei.ts';
import { stripIllegalXml } from './xml.ts';

function root(xml: string): Element {
  const doc = parseDocument(xml, { xmlMode: true });
  const tei = doc.children.find((n): n is Element => n.type === 'tag');
  assert.ok(tei, 'no root element');
  return tei;
}

function childElements(node: Element): Element[] {
  return node.children.filter((n): n is Element => n.type === 'tag');
}

function checkOrder(node: Element, kids: Element[]): void {
  const order = TEI_ORDER[node.name];
  if (!order) return;
  const positions = kids.map((k) => order.indexOf(k.name)).filter((i) => i >= 0);
  assert.deepEqual(
    positions,
    [...positions].sort((x, y) => x - y),
    `children of <${node.name}> out of order`,
  );
}

/** `div`: divTop, then common content, then divs, then divBottom; it needs common content or divs. */
function checkDivPhases(node: Element, kids: Element[]): void {
  let phase = 0;
  for (const kid of kids) {
    const p = DIV_PHASE[kid.name];
    if (p === null || p === undefined) continue;
    assert.ok(p >= phase, `<${kid.name}> after phase ${phase} content in <div type="${node.attribs.type}">`);
    phase = p;
  }
  const content = kids.some((k) => DIV_PHASE[k.name] === 1 || DIV_PHASE[k.name] === 2);
  assert.ok(content, `<div type="${node.attribs.type}"> needs content (p, list, table, quote or a div)`);
}

/** Walks the tree checking every element against the TEI content model table. */
function checkTei(node: Element): number {
  const model = TEI_CONTENT_MODEL[node.name];
  assert.ok(model, `<${node.name}> is not an element Dateline's TEI may emit`);
  for (const attr of Object.keys(node.attribs))
    assert.ok(model.attributes.includes(attr), `@${attr} on <${node.name}>`);
  const kids = childElements(node);
  for (const kid of kids) assert.ok(model.children.includes(kid.name), `<${kid.name}> inside <${node.name}>`);
  if (!model.text) {
    const text = node.children.filter((n) => n.type === 'text').map((n) => ('data' in n ? n.data : ''));
    assert.equal(text.join('').trim(), '', `text directly inside <${node.name}>`);
  }
  for (const needed of TEI_REQUIRED[node.name] ?? []) {
    assert.ok(
      kids.some((k) => k.name === needed),
      `<${node.name}> lacks <${needed}>`,
    );
  }
  checkOrder(node, kids);
  if (node.name === 'div') checkDivPhases(node, kids);
  return 1 + kids.reduce((sum, kid) => sum + checkTei(kid), 0);
}

const XMLLINT = spawnSync('xmllint', ['--version']).status === 0;

describe('toTei()', () => {
  it('matches the golden TEI of the rich fixture', () => {
    assertGolden('article.tei.xml', toTei(ARTICLE));
  });

  it('follows the TEI P5 content model for every element it emits', () => {
    for (const article of [ARTICLE, BARE_ARTICLE]) {
      const tei = root(toTei(article));
      assert.equal(tei.name, 'TEI');
      assert.equal(tei.attribs.xmlns, 'http://www.tei-c.org/ns/1.0');
      assert.ok(checkTei(tei) > 10);
    }
  });

  it('the content-model check itself rejects misplaced heads, unknown elements and bad order', () => {
    const wrap = (body: string) =>
      `<TEI><teiHeader><fileDesc><titleStmt><title/></titleStmt><publicationStmt><p/></publicationStmt><sourceDesc><p/></sourceDesc></fileDesc></teiHeader><text><body>${body}</body></text></TEI>`;
    assert.ok(checkTei(root(wrap('<div><head>h</head><p>x</p></div>'))) > 0);
    assert.throws(() => checkTei(root(wrap('<div><p>x</p><head>h</head></div>'))), /<head> after phase 1/);
    assert.throws(() => checkTei(root(wrap('<div><span>x</span></div>'))), /<span> inside <div>/);
    assert.throws(
      () => checkTei(root(wrap('<div><p>x</p><div><p>y</p></div><p>z</p></div>'))),
      /<p> after phase 2/,
    );
    assert.throws(() => checkTei(root(wrap('<div>loose</div>'))), /text directly inside <div>/);
  });

  it('lays the body out as trafilatura does: one entry div of paragraphs, lists, tables, quotes, figures', () => {
    const xml = toTei(ARTICLE);
    assert.match(
      xml,
      /<text>\n {4}<body>\n {6}<div type="entry">\n {8}<dateline><name type="place">KYIV<\/name>/,
    );
    assert.match(xml, /<div type="section">\n {10}<head rend="h2">What comes next<\/head>/);
    assert.match(
      xml,
      /<figure>\n {12}<graphic url="https:\/\/img\.example\.com\/geneva\.jpg"\/>\n {12}<head>Delegates arrive/,
    );
    assert.match(xml, /<bibl type="credit">Reuters\/File<\/bibl>/);
    assert.match(xml, /<list rend="ul">\n {12}<item>A ceasefire line<\/item>/);
    assert.match(xml, /<cell role="head">Round<\/cell>/);
    assert.match(xml, /<said who="#speaker-1" direct="true">nothing is off the table,<\/said>/);
    assert.match(xml, /<person xml:id="speaker-1">\n {12}<persName>Sean Savett<\/persName>/);
    assert.match(xml, /<trailer>Editing by Anna Editor<\/trailer>/);
  });

  it('adds an empty paragraph where a division would hold only a head or figures', () => {
    const article: Article = {
      ...BARE_ARTICLE,
      ...layoutBlocks([
        { type: 'figure', src: 'https://img.example.com/a.jpg' },
        { type: 'heading', level: 2, text: 'Gallery' },
        { type: 'figure', src: 'https://img.example.com/b.jpg', caption: 'B' },
      ]),
    };
    const xml = toTei(article);
    assert.match(xml, /<div type="entry">\n {8}<figure>[\s\S]*?<\/figure>\n {8}<div type="section">/);
    assert.match(xml, /<head>B<\/head>\n {10}<\/figure>\n {10}<p\/>\n {8}<\/div>/);
    checkTei(root(xml));
    const figuresOnly = toTei({
      ...BARE_ARTICLE,
      ...layoutBlocks([{ type: 'figure', src: 'https://img.example.com/a.jpg' }]),
    });
    assert.match(figuresOnly, /<\/figure>\n {8}<p\/>\n {6}<\/div>/);
    checkTei(root(figuresOnly));
  });

  it('marks a teaser cut inside its caption as truncated', () => {
    assert.match(
      toTei(SEED_TEASERS),
      /<item><hi rend="#b">Georgian police detain Nika Melia as demonstrators attempt to<\/hi>… \(truncated\)<\/item>/,
    );
  });

  it('leaves out a language that is not a valid language tag', () => {
    const xml = toTei({ ...BARE_ARTICLE, language: 'en_US' });
    assert.doesNotMatch(xml, /xml:lang|<language/);
    assert.match(toTei({ ...BARE_ARTICLE, language: 'pt-BR' }), /<TEI xmlns="[^"]+" xml:lang="pt-BR">/);
  });

  it('escapes markup and strips characters XML 1.0 forbids', () => {
    const article: Article = {
      ...BARE_ARTICLE,
      title: 'A & B <c> "d"\u0001\uFFFE',
      ...layoutBlocks([{ type: 'paragraph', text: 'x\u0000y\u000B & <z/> \uD800]]>' }]),
    };
    const xml = toTei(article);
    assert.match(xml, /<title type="main">A &amp; B &lt;c&gt; "d"<\/title>/);
    assert.match(xml, /<p>xy &amp; &lt;z\/&gt; \]\]&gt;<\/p>/);
  });

  it('is well-formed XML for xmllint', {
    skip: XMLLINT ? false : 'xmllint not installed (apt package libxml2-utils)',
  }, () => {
    for (const article of [ARTICLE, BARE_ARTICLE]) {
      const run = spawnSync('xmllint', ['--noout', '-'], { input: toTei(article), encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
    }
  });
});

describe('stripIllegalXml()', () => {
  it('keeps tab, newline, text and astral characters, drops C0 controls and lone surrogates', () => {
    assert.equal(stripIllegalXml('a\tb\nc\u0007d\uDC00e😀'), 'a\tb\ncde😀');
  });
});
