/**
 * The `<text>` of the TEI output. Like trafilatura, the article is one `<div type="entry">`
 * of `<p>`, `<list>`, `<table>`, `<quote>`, `<figure>`; unlike it, headings stay `<head>`:
 * TEI allows `<head>` only at the top of a division, so each heading opens a
 * `<div type="section">` (trafilatura instead renames mid-div heads to `<ab type="header">`).
 * Inline: `<hi rend="#b|#i">`, `<code>`, `<ref target>`, and quotes as `<said who direct>`
 * (TEI's element for reported speech, direct or indirect). Teasers and attributed claims go
 * to `<back>`, since they are not part of the story.
 */
import type { Article, Attribution, Block, Quote, Teaser } from '../model.ts';
import { safeUrl } from './html-safe.ts';
import { blockInlines, type InlineNode, type InlineRange } from './inline.ts';
import { speakerParts, teaserPlace, trailerCredits } from './labels.ts';
import { speakerIds } from './tei-header.ts';
import { el, elOf, type XmlChild, type XmlElement } from './xml.ts';

interface TeiContext {
  quotes: readonly Quote[];
  speakers: Map<string, string>;
  base?: string;
}

const HI_REND = { strong: '#b', emphasis: '#i' } as const;

function wrapRange(range: InlineRange, children: XmlChild[], ctx: TeiContext): XmlElement {
  switch (range.kind) {
    case 'strong':
    case 'emphasis':
      return elOf('hi', { rend: HI_REND[range.kind] }, children);
    case 'code':
      return elOf('code', {}, children);
    case 'link': {
      const target = range.href === undefined ? undefined : safeUrl(range.href, ctx.base);
      return target ? elOf('ref', { target }, children) : elOf('hi', {}, children);
    }
    case 'quote': {
      const q = ctx.quotes[range.quote!]!;
      const who = `#${ctx.speakers.get(speakerParts(q).join('|'))}`;
      return elOf('said', { who, direct: q.direct ? 'true' : 'false' }, children);
    }
  }
}

function inline(nodes: readonly InlineNode[], ctx: TeiContext): XmlChild[] {
  return nodes.map((node) =>
    'text' in node ? node.text : wrapRange(node.range, inline(node.children, ctx), ctx),
  );
}

function rich(
  tag: string,
  attrs: Record<string, string | undefined>,
  block: Block,
  text: string,
  ctx: TeiContext,
): XmlElement {
  return elOf(tag, attrs, inline(blockInlines(block, text, ctx.quotes), ctx));
}

function figure(block: Extract<Block, { type: 'figure' }>, ctx: TeiContext): XmlElement {
  const url = block.src === undefined ? undefined : safeUrl(block.src, ctx.base, 'media');
  return el(
    'figure',
    {},
    url ? el('graphic', { url }) : undefined,
    block.caption ? el('head', {}, block.caption) : undefined,
    block.alt ? el('figDesc', {}, block.alt) : undefined,
    block.credit ? el('bibl', { type: 'credit' }, block.credit) : undefined,
  );
}

/** One body block as TEI (headings are handled by the section grouping). */
function blockTei(block: Block, ctx: TeiContext): XmlElement | undefined {
  switch (block.type) {
    case 'heading':
      return rich('head', { rend: `h${block.level}` }, block, block.text, ctx);
    case 'paragraph':
      return rich('p', {}, block, block.text, ctx);
    case 'list':
      return elOf(
        'list',
        { rend: block.ordered ? 'ol' : 'ul' },
        block.items.map((item) => el('item', {}, item)),
      );
    case 'table':
      return elOf(
        'table',
        {},
        block.rows.map((row, i) =>
          elOf(
            'row',
            {},
            row.map((cell) => el('cell', { role: block.header && i === 0 ? 'head' : undefined }, cell)),
          ),
        ),
      );
    case 'quote': {
      const quote = rich('quote', {}, block, block.text, ctx);
      return block.cite ? el('cit', {}, quote, el('bibl', {}, block.cite)) : quote;
    }
    case 'code':
      return el('p', {}, el('code', { lang: block.language }, block.text));
    case 'embed': {
      const target = block.url === undefined ? undefined : safeUrl(block.url, ctx.base);
      const bibl = el('bibl', {}, block.provider, target ? el('ptr', { target }) : undefined);
      return el('cit', { type: 'embed' }, rich('quote', {}, block, block.text, ctx), bibl);
    }
    case 'figure':
      return figure(block, ctx);
  }
}

/** model.global elements: allowed anywhere in a div, but they do not count as its content. */
const TEI_GLOBAL = new Set(['figure', 'note']);

/**
 * A TEI div needs at least one model.common element (p, list, table, quote …) after its
 * head; a heading followed only by figures (seen on WCXB pages 0035, 0046) would be
 * invalid, so an empty <p/> is added, as trafilatura does "for conformity".
 */
function withContent(nodes: XmlElement[]): XmlElement[] {
  const hasCommon = nodes.some((n) => n.tag !== 'head' && !TEI_GLOBAL.has(n.tag));
  return hasCommon ? nodes : [...nodes, el('p', {})];
}

/** Groups blocks into the entry div: leading blocks, then one section div per heading. */
function entry(a: Article, ctx: TeiContext): XmlElement {
  const top: XmlElement[] = [];
  const sections: XmlElement[][] = [];
  for (const block of a.blocks) {
    const node = blockTei(block, ctx);
    if (!node) continue;
    if (block.type === 'heading') sections.push([node]);
    else (sections.length > 0 ? sections[sections.length - 1]! : top).push(node);
  }
  const divs = sections.map((s) => elOf('div', { type: 'section' }, withContent(s)));
  const dateline = a.dateline ? datelineTei(a) : undefined;
  const trailers = trailerCredits(a).map((t) => el('trailer', {}, t));
  const body = divs.length > 0 ? [...top, ...divs] : withContent(top);
  return elOf('div', { type: 'entry' }, [dateline, ...body, ...trailers]);
}

/** `<dateline>KYIV, Ukraine, <date>Sept 9</date> (<name type="org">Reuters</name>)</dateline>`. */
function datelineTei(a: Article): XmlElement {
  const d = a.dateline!;
  const parts: (XmlChild | undefined)[] = [el('name', { type: 'place' }, d.city.toUpperCase())];
  if (d.region) parts.push(', ', el('name', { type: 'place' }, d.region));
  if (d.date) parts.push(', ', el('date', {}, d.date));
  if (d.agency) parts.push(' (', el('name', { type: 'org' }, d.agency), ')');
  return elOf('dateline', {}, parts);
}

function attributionItem(t: Attribution): XmlElement {
  const notes = [t.cue, ...(t.anonymous ? ['anonymous', ...t.qualifiers] : [])].join('; ');
  const source = el('name', {}, t.sources.join(', ') || 'unnamed');
  return el('item', {}, el('quote', {}, t.claim), ' — ', source, ` (${notes})`);
}

function teaserItem(t: Teaser, ctx: TeiContext): XmlElement {
  const target = t.url === undefined ? undefined : safeUrl(t.url, ctx.base);
  const label = t.title ?? t.caption;
  let head: XmlElement | undefined;
  if (label) head = target ? el('ref', { target }, label) : el('hi', { rend: '#b' }, label);
  const meta = [t.title ? t.caption : undefined, t.credit, teaserPlace(t)].filter((x) => x !== undefined);
  // a truncated teaser with no lead was cut inside its caption: the mark goes there
  const mark = t.truncated ? '… (truncated)' : '';
  const lead = t.lead ? ` — ${t.lead}${mark}` : mark || undefined;
  const pointer = !label && target ? el('ptr', { target }) : undefined;
  return el('item', {}, head, meta.length ? ` (${meta.join(' · ')})` : undefined, lead, pointer);
}

/** `<back>`: attributed claims and related teasers, which are about the story but not of it. */
function back(a: Article, ctx: TeiContext): XmlElement | undefined {
  const divs: XmlElement[] = [];
  if (a.attributions.length > 0)
    divs.push(el('div', { type: 'attributions' }, elOf('list', {}, a.attributions.map(attributionItem))));
  if (a.teasers.length > 0)
    divs.push(
      el(
        'div',
        { type: 'related' },
        elOf(
          'list',
          {},
          a.teasers.map((t) => teaserItem(t, ctx)),
        ),
      ),
    );
  return divs.length > 0 ? elOf('back', {}, divs) : undefined;
}

/** The whole `<text>` element. */
export function teiText(a: Article): XmlElement {
  const ctx: TeiContext = { quotes: a.quotes, speakers: speakerIds(a.quotes), base: a.url ?? a.canonicalUrl };
  return el('text', {}, el('body', {}, entry(a, ctx)), back(a, ctx));
}
