/**
 * The `--explain` report: a readable account of every decision the pipeline recorded —
 * metadata sources, removals, kept blocks, structure and enrich findings — grouped by
 * stage so a reader can follow the pipeline top to bottom (DESIGN.md habit 6).
 */

import { shortExcerpt } from '../messages.ts';
import type { Article, Message, Stage } from '../model.ts';
import { blockText } from '../util/layout.ts';
import { datelineLabel } from './labels.ts';

const METADATA_FIELDS = [
  'title',
  'authors',
  'published',
  'modified',
  'language',
  'siteName',
  'canonicalUrl',
  'description',
  'image',
  'section',
  'tags',
] as const;

function line(m: Message): string {
  const where = [m.node, m.span ? `@${m.span.start}-${m.span.end}` : undefined].filter(Boolean).join(' ');
  const excerpt = m.excerpt ? ` "${m.excerpt}"` : '';
  return `  [${m.severity}] ${m.rule}: ${m.reason}${where ? ` (${where})` : ''}${excerpt}`;
}

function metadata(a: Article): string[] {
  const out = ['Metadata:'];
  for (const field of METADATA_FIELDS) {
    const value = a[field];
    const shown = Array.isArray(value) ? (value.length > 0 ? value.join(', ') : undefined) : value;
    const source = a.metadataSources[field];
    out.push(
      `  ${field}: ${shown === undefined ? '(none)' : shortExcerpt(shown)}${source ? `  [from ${source}]` : ''}`,
    );
  }
  out.push(
    ...a.messages.filter((m) => m.stage === 'extract' && m.rule.startsWith('extract/metadata-')).map(line),
  );
  return out;
}

function removals(a: Article): string[] {
  if (a.removed.length === 0) return ['Removed: nothing'];
  const total = a.removed.reduce((sum, r) => sum + r.chars, 0);
  return [
    `Removed: ${a.removed.length} ${a.removed.length === 1 ? 'part' : 'parts'}, ${total} chars`,
    ...a.removed.map(
      (r) => `  - ${r.rule} (${r.reason}) ${r.node}, ${r.chars} chars: "${shortExcerpt(r.excerpt)}"`,
    ),
  ];
}

function kept(a: Article): string[] {
  const out = [
    `Kept: ${a.blocks.length} blocks, ${a.text.length} chars (strategy ${a.strategy}, charset ${a.charset})`,
  ];
  a.blocks.forEach((b, i) => {
    const text = b.type === 'figure' ? (b.caption ?? b.alt ?? b.src) : blockText(b);
    const span = b.span ? ` @${b.span.start}-${b.span.end}` : '';
    out.push(`  ${i + 1}. ${b.type}${span}: "${shortExcerpt(text ?? '', 60)}"`);
  });
  return out;
}

function structure(a: Article): string[] {
  return [
    'Structure:',
    `  dateline: ${a.dateline ? `${datelineLabel(a.dateline)} (raw "${a.dateline.raw}")` : '(none)'}`,
    `  credits: ${a.credits.map((c) => `${c.name} [${c.kind}${c.role ? `, ${c.role}` : ''}]`).join('; ') || '(none)'}`,
    `  figures: ${a.figures.length}, teasers: ${a.teasers.length}`,
  ];
}

function enrich(a: Article): string[] {
  return [
    'Enrich:',
    `  quotes: ${a.quotes.length} (${a.quotes.filter((q) => q.direct).length} direct), attributions: ${a.attributions.length}`,
    `  entities: ${a.entities.map((e) => `${e.name} [${e.type}]`).join('; ') || '(none)'}`,
    `  dates: ${a.dates.map((d) => `"${d.text}" → ${d.resolved ?? '?'} (${d.rule})`).join('; ') || '(none)'}`,
  ];
}

/** Messages of one stage, excluding those already shown under Metadata. */
function messagesOf(a: Article, stage: Stage): string[] {
  return a.messages
    .filter((m) => m.stage === stage && !(stage === 'extract' && m.rule.startsWith('extract/metadata-')))
    .map(line);
}

/** The explain report of one article (plain text, ends with a newline). */
export function formatExplain(a: Article): string {
  const sections: string[][] = [
    [`Explain: ${a.input}${a.url ? ` (${a.url})` : ''}`],
    [...messagesOf(a, 'ingest'), ...messagesOf(a, 'decode')].length > 0
      ? ['Decode:', ...messagesOf(a, 'ingest'), ...messagesOf(a, 'decode')]
      : [],
    metadata(a),
    [...removals(a), ...messagesOf(a, 'extract')],
    kept(a),
    [...structure(a), ...messagesOf(a, 'structure')],
    [...enrich(a), ...messagesOf(a, 'enrich')],
  ];
  return `${sections
    .filter((s) => s.length > 0)
    .map((s) => s.join('\n'))
    .join('\n\n')}\n`;
}
