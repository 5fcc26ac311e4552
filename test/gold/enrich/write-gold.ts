/**
 * Renders text plus predictions in the gold format (gold-format.ts), so a prediction can
 * be read, diffed against gold, or used as a first draft that a person then corrects.
 */
import type { Attribution, Entity, Quote, Span } from '../../../src/model.ts';

export interface Annotations {
  quotes: readonly Quote[];
  attributions: readonly Attribution[];
  entities: readonly Entity[];
}

interface Mark extends Span {
  open: string;
  close: string;
}

export function renderGold(header: Record<string, string>, text: string, ann: Annotations): string {
  const marks = collectMarks(text, ann);
  const head = Object.entries(header).map(([k, v]) => `# ${k}: ${v}`);
  const foot = [
    ...ann.quotes.map(
      (q, i) =>
        `Q${i + 1} ${q.direct ? 'direct' : 'indirect'} = ${[q.speaker.name ?? q.speaker.text, q.speaker.role && `role = ${q.speaker.role}`, q.speaker.affiliation && `affiliation = ${q.speaker.affiliation}`].filter(Boolean).join(' ; ')}`,
    ),
    ...ann.attributions.map((a, i) => `A${i + 1} ${a.anonymous ? 'anonymous' : 'named'}`),
  ];
  return `${head.join('\n')}\n---\n${insertMarks(text, marks)}\n---\n${foot.join('\n')}\n`;
}

function collectMarks(text: string, ann: Annotations): Mark[] {
  const marks: Mark[] = [];
  ann.quotes.forEach((q, i) => {
    const id = `Q${i + 1}`;
    marks.push({ start: q.start, end: q.end, open: `«${id} `, close: '»' });
    if (q.speaker.span) marks.push({ ...q.speaker.span, open: `[SPEAKER:${id} `, close: ']' });
    if (q.cueSpan) marks.push({ ...q.cueSpan, open: `[CUE:${id} `, close: ']' });
  });
  ann.attributions.forEach((a, i) => {
    const id = `A${i + 1}`;
    if (!a.claimSpan || !a.cueSpan) return;
    marks.push({ ...a.claimSpan, open: `«${id} `, close: '»' });
    marks.push({ ...a.cueSpan, open: `[CUE:${id} `, close: ']' });
    for (const s of a.sources) {
      const bare = s.replace(/^The /, '');
      const before = text.lastIndexOf(bare, a.cueSpan.start);
      const at = before >= 0 && a.cueSpan.start - before < 200 ? before : text.indexOf(bare, a.cueSpan.end);
      if (at >= 0) marks.push({ start: at, end: at + bare.length, open: `[SOURCE:${id} `, close: ']' });
    }
    for (const q of a.qualifiers) {
      const at = text.indexOf(q, a.claimSpan.end);
      if (at >= 0) marks.push({ start: at, end: at + q.length, open: `[QUAL:${id} `, close: ']' });
    }
  });
  for (const e of ann.entities) {
    for (const m of e.mentions)
      if (/^\p{Lu}|^\d/u.test(text.slice(m.start, m.end)))
        marks.push({ ...m, open: `[${e.type} `, close: ']' });
  }
  return marks;
}

/** Inserts properly nested marks; a mark crossing an earlier one is left out. */
function insertMarks(text: string, marks: Mark[]): string {
  const sorted = [...marks].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mark[] = [];
  const stack: Mark[] = [];
  for (const m of sorted) {
    while (stack.length > 0 && (stack[stack.length - 1] as Mark).end <= m.start) stack.pop();
    const top = stack[stack.length - 1];
    if (top && m.end > top.end) continue;
    kept.push(m);
    stack.push(m);
  }
  const opens = new Map<number, string[]>();
  const closes = new Map<number, string[]>();
  for (const m of kept) {
    opens.set(m.start, [...(opens.get(m.start) ?? []), m.open]);
    closes.set(m.end, [m.close, ...(closes.get(m.end) ?? [])]);
  }
  let out = '';
  for (let i = 0; i <= text.length; i++) {
    out += (closes.get(i) ?? []).join('');
    out += (opens.get(i) ?? []).join('');
    const c = text[i];
    if (c !== undefined) out += /[[\]«»\\]/.test(c) ? `\\${c}` : c;
  }
  return out;
}
