/** Human-readable labels shared by the text-like formats (Markdown, HTML, TEI, explain). */
import type { Article, Dateline, Teaser } from '../model.ts';

/** `KYIV, Ukraine, Sept 9 (Reuters)`: city in capitals as agencies print it (AP Stylebook, "datelines"). */
export function datelineLabel(d: Pick<Dateline, 'city' | 'region' | 'date' | 'agency'>): string {
  const place = [d.city.toUpperCase(), d.region, d.date].filter((x) => x !== undefined).join(', ');
  return d.agency ? `${place} (${d.agency})` : place;
}

/** A teaser's dateline; its agency usually repeats its credit ("AP"), so it shows only when it differs. */
export function teaserPlace(t: Teaser): string | undefined {
  if (!t.dateline) return undefined;
  return datelineLabel({
    ...t.dateline,
    agency: t.dateline.agency === t.credit ? undefined : t.dateline.agency,
  });
}

/**
 * Names of the copy credits (the agencies that supplied the story) for a byline, minus
 * those already among the authors: wire copy often has the agency as author too
 * ("By Reuters · Reuters" on the VentureBeat WeWork page of the ScrapingHub set).
 */
export function copyCredits(a: Article): string[] {
  const authors = new Set(a.authors.map((name) => name.toLowerCase()));
  return a.credits.filter((c) => c.kind === 'copy' && !authors.has(c.name.toLowerCase())).map((c) => c.name);
}

/** Trailer credits as written (`Reporting by …`, `Editing by …`). */
export function trailerCredits(a: Article): string[] {
  return a.credits.filter((c) => c.kind === 'trailer').map((c) => c.raw);
}

/** `the speaker's name, role, affiliation`, omitting what is unknown. */
export function speakerParts(q: {
  speaker: { text: string; name?: string; role?: string; affiliation?: string };
}): string[] {
  const s = q.speaker;
  return [s.name ?? s.text, s.role, s.affiliation].filter((x): x is string => x !== undefined);
}
