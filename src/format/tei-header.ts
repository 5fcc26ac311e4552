/**
 * The `<teiHeader>` of the TEI output, laid out the way trafilatura's TEI writer does
 * (titleStmt, publicationStmt, notesStmt, sourceDesc with bibl + sigle + biblFull,
 * profileDesc with abstract and textClass keywords) so its users find fields where they
 * expect them. Additions: langUsage, the speakers of quotes in particDesc (so `<said who>`
 * in the body points somewhere), entities as typed keyword terms, credits and the
 * dateline as notes. Element order follows the TEI P5 content models (fileDesc: titleStmt,
 * publicationStmt, notesStmt?, sourceDesc).
 */
import type { Article, Quote } from '../model.ts';
import { datelineLabel, speakerParts } from './labels.ts';
import { el, elOf, type XmlElement } from './xml.ts';

/** BCP 47 shape (xsd:language): `xml:lang` and `language/@ident` must match it or the document is invalid. */
const LANGUAGE_TAG = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;

/** The article language when it is a valid language tag (`en_US` from a sloppy page is not). */
export function teiLanguage(a: Article): string | undefined {
  return a.language !== undefined && LANGUAGE_TAG.test(a.language) ? a.language : undefined;
}

/** xml:id of the person element for a quote's speaker; same speaker label → same id. */
export function speakerIds(quotes: readonly Quote[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const q of quotes) {
    const key = speakerParts(q).join('|');
    if (!ids.has(key)) ids.set(key, `speaker-${ids.size + 1}`);
  }
  return ids;
}

/** Publisher string as trafilatura writes it: `Site (host)`, or whichever is known. */
function publisher(a: Article): string | undefined {
  const url = a.canonicalUrl ?? a.url;
  let host: string | undefined;
  try {
    host = url ? new URL(url).hostname : undefined;
  } catch {
    host = undefined;
  }
  if (a.siteName && host) return `${a.siteName} (${host})`;
  return a.siteName ?? host;
}

function titleStmt(a: Article): XmlElement {
  return elOf('titleStmt', {}, [
    el('title', { type: 'main' }, a.title),
    ...a.authors.map((name) => el('author', {}, name)),
  ]);
}

function notesStmt(a: Article): XmlElement | undefined {
  const notes = [
    ...(a.dateline ? [el('note', { type: 'dateline' }, datelineLabel(a.dateline))] : []),
    ...a.credits.map((c) => el('note', { type: 'credit', subtype: c.kind }, c.name)),
  ];
  return notes.length > 0 ? elOf('notesStmt', {}, notes) : undefined;
}

function sourceDesc(a: Article): XmlElement {
  const url = a.canonicalUrl ?? a.url;
  const sigle = [a.siteName, a.published].filter(Boolean).join(', ');
  const bibl = [a.title, sigle].filter(Boolean).join(', ');
  const pub = publisher(a);
  return el(
    'sourceDesc',
    {},
    el('bibl', {}, bibl || a.input),
    sigle ? el('bibl', { type: 'sigle' }, sigle) : undefined,
    el(
      'biblFull',
      {},
      titleStmt(a),
      pub || url || a.published
        ? el(
            'publicationStmt',
            {},
            el('publisher', {}, pub ?? 'N/A'),
            // trafilatura writes <ptr type="URL">, which older P5 releases do not allow in a
            // publicationStmt (model.publicationStmtPart.detail: address, date, pubPlace, idno,
            // availability); <idno type="URL"> is valid in every release.
            url ? el('idno', { type: 'URL' }, url) : undefined,
            a.published ? el('date', { when: isoDate(a.published) }, a.published) : undefined,
          )
        : el('publicationStmt', {}, el('p', {})),
    ),
  );
}

/** TEI `@when` takes an XML Schema date or dateTime (seconds required); keep the value only when it is one. */
const W3C_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?)?$/;

function isoDate(value: string): string | undefined {
  return W3C_DATE.test(value) ? value : undefined;
}

function particDesc(a: Article): XmlElement | undefined {
  if (a.quotes.length === 0) return undefined;
  const seen = new Set<string>();
  const persons: XmlElement[] = [];
  const ids = speakerIds(a.quotes);
  for (const q of a.quotes) {
    const id = ids.get(speakerParts(q).join('|'))!;
    if (seen.has(id)) continue;
    seen.add(id);
    const s = q.speaker;
    persons.push(
      el(
        'person',
        { 'xml:id': id },
        el('persName', {}, s.name ?? s.text),
        s.role ? el('occupation', {}, s.role) : undefined,
        s.affiliation ? el('affiliation', {}, s.affiliation) : undefined,
      ),
    );
  }
  return el('particDesc', {}, elOf('listPerson', {}, persons));
}

function textClass(a: Article): XmlElement | undefined {
  const terms = [
    ...(a.section ? [el('term', { type: 'categories' }, a.section)] : []),
    ...(a.tags.length > 0 ? [el('term', { type: 'tags' }, a.tags.join(','))] : []),
  ];
  const entities = a.entities.map((e) => el('term', { type: e.type }, e.name));
  if (terms.length === 0 && entities.length === 0) return undefined;
  return el(
    'textClass',
    {},
    terms.length > 0 ? elOf('keywords', {}, terms) : undefined,
    entities.length > 0 ? elOf('keywords', { n: 'entities' }, entities) : undefined,
  );
}

/** The whole `<teiHeader>`. */
export function teiHeader(a: Article): XmlElement {
  const pub = publisher(a);
  const profile = [
    a.description ? el('abstract', {}, el('p', {}, a.description)) : undefined,
    teiLanguage(a) ? el('langUsage', {}, el('language', { ident: teiLanguage(a) })) : undefined,
    textClass(a),
    particDesc(a),
  ].filter((x) => x !== undefined);
  return el(
    'teiHeader',
    {},
    el(
      'fileDesc',
      {},
      titleStmt(a),
      // A publicationStmt needs a publisher or a paragraph; trafilatura writes an empty <p/> "for conformity".
      el('publicationStmt', {}, pub ? el('publisher', {}, pub) : el('p', {})),
      notesStmt(a),
      sourceDesc(a),
    ),
    profile.length > 0 ? elOf('profileDesc', {}, profile) : undefined,
  );
}
