import { AGENCIES, type Agency } from './data/agencies.ts';

export type { Agency } from './data/agencies.ts';

/** Case-insensitive names of an agency; a short name that is an abbreviation stays case-sensitive. */
function aliasesOf(a: Agency): string[] {
  const short = a.abbreviations.includes(a.short) ? [] : [a.short];
  return [a.name, ...short, ...a.aliases];
}

// Constant lookup tables built once at load from the lexicon (71 entries).
const BY_ABBREVIATION: ReadonlyMap<string, Agency> = new Map(
  AGENCIES.flatMap((a) => a.abbreviations.map((abbr) => [abbr, a] as const)),
);
const BY_ALIAS: ReadonlyMap<string, Agency> = new Map(
  AGENCIES.flatMap((a) => aliasesOf(a).map((alias) => [alias.toLowerCase(), a] as const)),
);

/**
 * The agency named exactly by `text` (trimmed): an abbreviation, case-sensitive so
 * `APP` (Associated Press of Pakistan) is never `AP` and `app` is no agency; or a name
 * or alias in any case (`REUTERS`, `Agence France-Presse`).
 */
export function findAgency(text: string): Agency | undefined {
  const name = text.trim();
  return BY_ABBREVIATION.get(name) ?? BY_ALIAS.get(name.toLowerCase());
}

/** Ids of every agency in the lexicon (for tests and docs). */
export function agencyIds(): string[] {
  return AGENCIES.map((a) => a.id);
}
