/**
 * Drafts gold files from the benchmark truth texts: takes the first paragraphs of an article
 * (until about MAX_CHARS), runs the enrich stage and writes its output in the gold format,
 * for a person to correct by hand. Never overwrites an existing gold file (the corrected
 * files are the spec). Usage:
 *   node --import tsx test/gold/enrich/tools/pre-annotate.ts scrapinghub:<id-prefix> wcxb:<id> …
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { enrich } from '../../../../src/enrich/index.ts';
import { resolveOptions } from '../../../../src/options.ts';
import { structuredFromText } from '../structured.ts';
import { renderGold } from '../write-gold.ts';

const MAX_CHARS = 1800;
const SETS: Readonly<Record<string, { file: string; license: string; name: string }>> = {
  scrapinghub: {
    file: '/work/shared/bench/scrapinghub/ground-truth.json',
    license: 'MIT',
    name: 'Scrapinghub article-extraction-benchmark',
  },
  wcxb: {
    file: '/work/shared/bench/wcxb-dev-article/ground-truth.json',
    license: 'CC-BY-4.0',
    name: 'WCXB dev split (article)',
  },
};

interface Truth {
  articleBody?: string;
  url?: string;
  published?: string;
}

function main(args: string[]): void {
  for (const arg of args) {
    const [set = '', prefix = ''] = arg.split(':');
    const meta = SETS[set];
    if (!meta) throw new Error(`Unknown set "${set}"`);
    const truth = JSON.parse(readFileSync(meta.file, 'utf8')) as Record<string, Truth>;
    const id = Object.keys(truth).find((k) => k.startsWith(prefix));
    if (!id) throw new Error(`No id starting with "${prefix}" in ${set}`);
    const out = fileURLToPath(new URL(`../${set}-${id.slice(0, 12)}.txt`, import.meta.url));
    if (existsSync(out)) continue;
    const t = truth[id] as Truth;
    const text = shorten(t.articleBody ?? '');
    const doc = enrich(structuredFromText(text, t.published), resolveOptions());
    const header: Record<string, string> = {
      id: `${set}/${id}`,
      source: `${meta.name}, ground-truth.json`,
      license: meta.license,
      url: t.url ?? 'unknown',
    };
    if (t.published) header.published = t.published;
    header.note = 'first paragraphs only; annotated by hand from a machine draft';
    writeFileSync(out, renderGold(header, text, doc));
    console.log(`wrote ${out}`);
  }
}

/** First paragraphs up to MAX_CHARS, one paragraph per line (the article-text convention). */
function shorten(body: string): string {
  const paragraphs = body
    .split(/\n+/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
  const kept: string[] = [];
  let size = 0;
  for (const p of paragraphs) {
    if (size > 0 && size + p.length > MAX_CHARS) break;
    kept.push(p);
    size += p.length + 1;
  }
  return kept.join('\n');
}

main(process.argv.slice(2));
