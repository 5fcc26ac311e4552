/**
 * The enrich gold format (docs/enrich.md "Gold format"): an annotated text that a person can
 * read and edit. A header of `# key: value` lines, a `---` line, the article text (one
 * paragraph per line) with inline marks, another `---`, then one line per quote/claim.
 *
 *   «Q1 content» [SPEAKER:Q1 …] [CUE:Q1 said]      quote content, speaker as written, cue
 *   «A1 claim» [SOURCE:A1 CNN] [CUE:A1 reported] [QUAL:A1 citing unidentified sources]
 *   [PERSON Sean Savett] [ORG …] [GPE …]            entity mentions (types of model.ts)
 *   Q1 direct = Sean Savett ; role = spokesperson ; affiliation = White House …
 *   A1 anonymous                                     (or `A1 named`)
 *
 * Marks nest; `\[`, `\]`, `\«`, `\»` and `\\` write the characters themselves.
 */
import type { EntityType, Span } from '../../../src/model.ts';

export interface GoldQuote {
  id: string;
  content: Span;
  cue?: Span;
  speaker?: Span;
  direct: boolean;
  resolved?: string;
  role?: string;
  affiliation?: string;
}

export interface GoldAttribution {
  id: string;
  claim: Span;
  cue?: Span;
  sources: Span[];
  qualifiers: Span[];
  anonymous: boolean;
}

export interface GoldEntity extends Span {
  type: EntityType;
}

export interface GoldDoc {
  header: Record<string, string>;
  text: string;
  quotes: GoldQuote[];
  attributions: GoldAttribution[];
  entities: GoldEntity[];
}

const ENTITY_TYPES: ReadonlySet<string> = new Set([
  'PERSON',
  'ORG',
  'GPE',
  'LOC',
  'NORP',
  'FAC',
  'EVENT',
  'WORK_OF_ART',
  'PRODUCT',
]);

interface OpenMark {
  tag: string;
  start: number;
}

/** Parses one gold file; throws with the line's context when the marks are malformed (a broken contract). */
export function parseGold(source: string, name = 'gold'): GoldDoc {
  const parts = source.split(/^---$/m);
  if (parts.length !== 3)
    throw new Error(`Cannot parse "${name}": expected header, text and footer separated by two --- lines`);
  const [head = '', body = '', foot = ''] = parts;
  const header: Record<string, string> = {};
  for (const line of head.split('\n')) {
    const m = /^#\s*([\w-]+):\s*(.*)$/.exec(line.trim());
    if (m) header[m[1] as string] = (m[2] as string).trim();
  }
  const { text, marks } = stripMarks(body.replace(/^\n/, '').replace(/\n$/, ''), name);
  return { header, text, ...collect(marks, foot, name) };
}

/** Removes the marks, returning the plain text and every mark's tag and span in it. */
function stripMarks(body: string, name: string): { text: string; marks: { tag: string; span: Span }[] } {
  let text = '';
  const stack: OpenMark[] = [];
  const marks: { tag: string; span: Span }[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c === '\\' && i + 1 < body.length) {
      text += body[++i];
      continue;
    }
    const open =
      c === '«'
        ? /^«([QA]\d+) /.exec(body.slice(i, i + 8))
        : c === '['
          ? /^\[([A-Z_]+(?::[QA]\d+)?) /.exec(body.slice(i, i + 24))
          : null;
    if (open) {
      stack.push({ tag: open[1] as string, start: text.length });
      i += open[0].length - 1;
      continue;
    }
    if (c === '»' || c === ']') {
      const top = stack.pop();
      const isQuote = top !== undefined && /^[QA]\d+$/.test(top.tag);
      if (top === undefined || isQuote !== (c === '»'))
        throw new Error(
          `Cannot parse "${name}": unbalanced "${c}" near "${body.slice(Math.max(0, i - 30), i + 1)}"`,
        );
      marks.push({ tag: top.tag, span: { start: top.start, end: text.length } });
      continue;
    }
    text += c;
  }
  if (stack.length > 0)
    throw new Error(`Cannot parse "${name}": unclosed mark ${stack.map((s) => s.tag).join(', ')}`);
  return { text, marks };
}

function collect(
  marks: { tag: string; span: Span }[],
  foot: string,
  name: string,
): Omit<GoldDoc, 'header' | 'text'> {
  const quotes = new Map<string, GoldQuote>();
  const attributions = new Map<string, GoldAttribution>();
  const entities: GoldEntity[] = [];
  const sorted = [...marks].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  for (const { tag, span } of sorted) {
    if (/^Q\d+$/.test(tag)) quotes.set(tag, { id: tag, content: span, direct: true });
    else if (/^A\d+$/.test(tag))
      attributions.set(tag, { id: tag, claim: span, sources: [], qualifiers: [], anonymous: false });
    else if (ENTITY_TYPES.has(tag)) entities.push({ type: tag as EntityType, ...span });
  }
  for (const { tag, span } of sorted) {
    const m = /^(SPEAKER|CUE|SOURCE|QUAL):([QA]\d+)$/.exec(tag);
    if (!m) {
      if (!ENTITY_TYPES.has(tag) && !/^[QA]\d+$/.test(tag))
        throw new Error(`Cannot parse "${name}": unknown mark [${tag}`);
      continue;
    }
    const [, role, id = ''] = m;
    const q = quotes.get(id);
    const a = attributions.get(id);
    if (role === 'SPEAKER' && q) q.speaker = span;
    else if (role === 'CUE' && (q || a)) (q ?? (a as GoldAttribution)).cue = span;
    else if (role === 'SOURCE' && a) a.sources.push(span);
    else if (role === 'QUAL' && a) a.qualifiers.push(span);
    else throw new Error(`Cannot parse "${name}": [${tag}] refers to no «${id} …»`);
  }
  readFooter(foot, quotes, attributions, name);
  return { quotes: [...quotes.values()], attributions: [...attributions.values()], entities };
}

/** `Q1 direct = Name ; role = … ; affiliation = …` and `A1 anonymous|named`. */
function readFooter(
  foot: string,
  quotes: Map<string, GoldQuote>,
  attributions: Map<string, GoldAttribution>,
  name: string,
): void {
  for (const raw of foot.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const q = /^(Q\d+)\s+(direct|indirect)(?:\s*=\s*(.*))?$/.exec(line);
    const a = /^(A\d+)\s+(anonymous|named)$/.exec(line);
    if (q) {
      const quote = quotes.get(q[1] as string);
      if (!quote) throw new Error(`Cannot parse "${name}": footer line for unknown ${q[1]}`);
      quote.direct = q[2] === 'direct';
      const [resolved, ...fields] = (q[3] ?? '').split(/\s+;\s+/);
      if (resolved) quote.resolved = resolved.trim();
      for (const f of fields) {
        const kv = /^(role|affiliation)\s*=\s*(.+)$/.exec(f.trim());
        if (kv) quote[kv[1] as 'role' | 'affiliation'] = (kv[2] as string).trim();
      }
    } else if (a) {
      const attribution = attributions.get(a[1] as string);
      if (!attribution) throw new Error(`Cannot parse "${name}": footer line for unknown ${a[1]}`);
      attribution.anonymous = a[2] === 'anonymous';
    } else throw new Error(`Cannot parse "${name}": cannot read footer line "${line}"`);
  }
}
