import type { RelatedItem, Teaser } from '../model.ts';
import { type DatelineMatch, parseDateline } from './dateline.ts';
import { unglue } from './glue.ts';

/** A teaser ends in an ellipsis when the page cut its lead (`…regional...`). */
const ELLIPSIS_RE = /\s*(?:…|\.{3,})$/;

/** How a teaser line was read, for messages and for the caption-only decision. */
export type TeaserShape = 'dateline' | 'glued' | 'bare';

export interface LineTeaser {
  teaser: Teaser;
  shape: TeaserShape;
}

/** `true` when the text ends in `…` or `...`. */
export function isTruncated(text: string): boolean {
  return ELLIPSIS_RE.test(text);
}

function withoutEllipsis(text: string): string {
  return text.replace(ELLIPSIS_RE, '');
}

function teaserDateline(match: DatelineMatch): Teaser['dateline'] {
  if (!match.city) return undefined;
  const out: NonNullable<Teaser['dateline']> = { city: match.city };
  if (match.region) out.region = match.region;
  if (match.agency) out.agency = match.agency.short;
  return out;
}

/**
 * One teaser from one line of a teaser list: `CITY: lead…`, a glued
 * `caption —CREDITCITY: lead…`, or a bare line (a lead, or a caption — the caller decides).
 * The ellipsis is dropped from the text and kept as `truncated: true`.
 */
export function teaserFromLine(line: string): LineTeaser {
  const truncated = isTruncated(line);
  const text = withoutEllipsis(line);
  const dateline = parseDateline(text);
  if (dateline?.city) {
    const teaser: Teaser = { lead: text.slice(dateline.length), truncated };
    const dl = teaserDateline(dateline);
    if (dl) teaser.dateline = dl;
    return { teaser, shape: 'dateline' };
  }
  const glued = unglue(text);
  if (glued?.dateline) {
    const teaser: Teaser = { caption: glued.caption, lead: glued.lead ?? '', truncated };
    if (glued.credit) teaser.credit = glued.credit.raw;
    const dl = teaserDateline(glued.dateline);
    if (dl) teaser.dateline = dl;
    return { teaser, shape: 'glued' };
  }
  return { teaser: { lead: text, truncated }, shape: 'bare' };
}

/**
 * A related-story item handed over by the HTML extractor (`Extracted.related`) as a
 * teaser: its lead's dateline read, its caption's glued credit split off.
 */
export function teaserFromRelated(item: RelatedItem): Teaser {
  const lead = item.lead === undefined ? undefined : teaserFromLine(item.lead);
  const teaser: Teaser = lead ? { ...lead.teaser } : { lead: '', truncated: isTruncated(item.title ?? '') };
  if (item.title) teaser.title = withoutEllipsis(item.title);
  if (item.url) teaser.url = item.url;
  if (item.caption) {
    const glued = item.credit ? undefined : unglue(item.caption);
    teaser.caption = glued && !glued.dateline ? glued.caption : item.caption;
    const credit = item.credit ?? (glued && !glued.dateline ? glued.credit?.raw : undefined);
    if (credit) teaser.credit = credit;
  } else if (item.credit) teaser.credit = item.credit;
  return teaser;
}
