import { message } from '../../messages.ts';
import type { DateMention, Message, Structured } from '../../model.ts';
import { checkPageBudget } from '../../util/page-budget.ts';
import { MONTHS, pad } from './calendar.ts';
import { findDateExpressions } from './find.ts';
import { resolveDate } from './resolve.ts';
import { tenseAt } from './tense.ts';

/**
 * Every temporal expression of the text, resolved against the anchor: the publication
 * date, else the dateline date with the year of `modified`; else kept with `resolved: null`
 * and the rule that would resolve it (issue 4: the seed page has no anchor).
 */
export function findDates(doc: Structured): { dates: DateMention[]; messages: Message[] } {
  const { anchor, messages } = anchorOf(doc);
  const dates: DateMention[] = [];
  for (const d of findDateExpressions(doc.text)) {
    checkPageBudget();
    const { rule, resolved } = resolveDate(d, tenseAt(doc.text, d.start, d.end), anchor);
    dates.push({ text: doc.text.slice(d.start, d.end), start: d.start, end: d.end, resolved, rule });
  }
  if (!anchor && dates.length > 0)
    messages.push(
      message({
        stage: 'enrich',
        rule: 'enrich/date-no-anchor',
        reason: `${dates.length} date expression(s) kept unresolved: no publication date and no dateline date with a year`,
        severity: 'info',
      }),
    );
  return { dates, messages };
}

function anchorOf(doc: Structured): { anchor?: string; messages: Message[] } {
  const published = /^\d{4}-\d{2}-\d{2}/.exec(doc.published ?? '')?.[0];
  if (published)
    return {
      anchor: published,
      messages: [
        message({
          stage: 'enrich',
          rule: 'enrich/date-anchor-published',
          reason: `dates resolved against the publication date ${published}`,
        }),
      ],
    };
  const written = doc.dateline?.date;
  const year = /^\d{4}/.exec(doc.modified ?? '')?.[0];
  const m = written ? /^(\p{L}+)\.?\s+(\d{1,2})/u.exec(written) : null;
  const month = m ? MONTHS.get((m[1] ?? '').toLowerCase()) : undefined;
  if (month && year && m) {
    const anchor = `${year}-${pad(month)}-${pad(Number(m[2]))}`;
    return {
      anchor,
      messages: [
        message({
          stage: 'enrich',
          rule: 'enrich/date-anchor-dateline',
          reason: `dates resolved against the dateline date "${written}" in ${year} (year of the modified date) = ${anchor}`,
        }),
      ],
    };
  }
  if (written)
    return {
      messages: [
        message({
          stage: 'enrich',
          rule: 'enrich/dateline-date-without-year',
          reason: `the dateline date "${written}" has no year in context; dates stay unresolved`,
        }),
      ],
    };
  return { messages: [] };
}
