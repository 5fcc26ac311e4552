import type { Credit, CreditKind } from '../model.ts';
import { findAgency } from './agencies.ts';
import { BARE_CREDIT_WORDS, CREDIT_PREFIX_RE, PHOTO_SOURCE_SUFFIXES, SOCIAL_NETWORKS } from './rules.ts';

/** A social handle credit, optionally after its network: `X@IuliiaMendel`, `Twitter/@un`, `@afp`. */
const HANDLE_RE = new RegExp(`^(?:(?:${SOCIAL_NETWORKS.join('|')}) ?/? ?)?@[A-Za-z0-9_.]{2,30}$`);
/** A photographer's name: two to four capitalised words (`Sergei Supinsky`, `Anna-Maria Kis`). */
const PERSON_RE = /^\p{Lu}[\p{L}'’-]+(?: (?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3}$/u;
/** `AFP/File`, `REUTERS/Valentyn Ogirenko`, `EPA-EFE/Sergey Dolzhenko`, `AFP via Getty Images`. */
const PARTS_RE = /\s*(?:\/|\bvia\b|\|)\s*/;

/** A trailing photo-source word, removed from the credit's name (`AFP/File` → `AFP`). */
const SUFFIX_RE = new RegExp(`\\s*/\\s*(?:${Object.keys(PHOTO_SOURCE_SUFFIXES).join('|')})$`);

export interface ParseCreditOptions {
  /** Accept a bare person's name (only where a separator already announced a credit). */
  allowPerson: boolean;
}

/**
 * Reads a photo or wire credit as written (`AFP/File`, `Getty Images`, `X@handle`,
 * `APP/File`, a photographer) into a `Credit`, or undefined when the text is not a credit.
 */
export function parseCredit(text: string, kind: CreditKind, options: ParseCreditOptions): Credit | undefined {
  const raw = text.trim().replace(/[.,;]$/, '');
  // `(Reed Saxon / Associated Press)`: LA Times-style credits come in parentheses.
  const inner = /^\((.*)\)$/.exec(raw)?.[1] ?? raw;
  const body = inner.replace(CREDIT_PREFIX_RE, '');
  if (body.length === 0 || body.length > 60) return undefined;
  const prefixed = body !== inner;
  if (HANDLE_RE.test(body)) return { name: body, kind, raw };
  if (BARE_CREDIT_WORDS.has(body))
    return { name: body, kind, raw, ...(body.startsWith('File') ? { archive: true } : {}) };
  const parts = body.split(PARTS_RE).filter((p) => p.length > 0);
  let archive = false;
  const names: string[] = [];
  let agencyId: string | undefined;
  for (const part of parts) {
    const source = PHOTO_SOURCE_SUFFIXES[part];
    if (source === 'archive') archive = true;
    if (source) continue;
    const agency = findAgency(part);
    if (agency) agencyId ??= agency.id;
    else if (!(options.allowPerson || prefixed || parts.length > 1) || !PERSON_RE.test(part))
      return undefined;
    names.push(part);
  }
  if (names.length === 0 || (agencyId === undefined && names.length > 2)) return undefined;
  const agency = names.length === 1 ? findAgency(names[0] ?? '') : undefined;
  const credit: Credit = { name: agency ? agency.short : body.replace(SUFFIX_RE, ''), kind, raw };
  if (agencyId) credit.agency = agencyId;
  if (archive) credit.archive = true;
  return credit;
}
