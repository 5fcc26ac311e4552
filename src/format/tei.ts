/**
 * XML-TEI (TEI P5) output in the shape trafilatura users know: `<TEI>` with a teiHeader
 * of bibliographic metadata and a `<text><body><div type="entry">` of the article.
 * See tei-header.ts and tei-body.ts for element choices, docs/formats.md for the map.
 */
import type { Article } from '../model.ts';
import { teiText } from './tei-body.ts';
import { teiHeader, teiLanguage } from './tei-header.ts';
import { el, serializeXml } from './xml.ts';

export const TEI_NAMESPACE = 'http://www.tei-c.org/ns/1.0';

/** Mixed-content TEI elements: written on one line so no whitespace is added to their text. */
export const TEI_TEXT_CONTAINERS: ReadonlySet<string> = new Set([
  'p',
  'head',
  'item',
  'cell',
  'quote',
  'title',
  'author',
  'publisher',
  'note',
  'bibl',
  'dateline',
  'trailer',
  'term',
  'idno',
  'persName',
  'occupation',
  'affiliation',
  'date',
  'said',
  'hi',
  'ref',
  'code',
  'name',
  'figDesc',
]);

/** The article as a TEI P5 XML document. */
export function toTei(a: Article): string {
  const tei = el('TEI', { xmlns: TEI_NAMESPACE, 'xml:lang': teiLanguage(a) }, teiHeader(a), teiText(a));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializeXml(tei, TEI_TEXT_CONTAINERS)}\n`;
}
