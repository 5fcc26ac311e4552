import { outsideBudget } from '../util/page-budget.ts';
import { CITIES_TSV } from './data/cities.ts';

/** A gazetteer place: its display name and ISO country code. */
export interface Place {
  name: string;
  country: string;
}

/**
 * Folding key for place names: case, diacritics, typographic apostrophes and spacing do
 * not matter (`SÃO PAULO` = `Sao Paulo`, `N’DJAMENA` = `N'Djamena`).
 */
export function foldPlaceName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

// Lazily-initialised constant table (built once on first lookup, ~24 k entries): the
// TSV string is parsed only when a dateline needs the gazetteer.
let placeIndex: ReadonlyMap<string, Place> | undefined;

function buildIndex(): ReadonlyMap<string, Place> {
  const index = new Map<string, Place>();
  for (const line of CITIES_TSV.split('\n')) {
    const [name, ascii, country] = line.split('\t');
    if (!name || !country) continue;
    const place = { name, country };
    // The data is sorted by population, so the first entry for a key is the best known.
    const key = name.toLowerCase();
    if (!index.has(key)) index.set(key, place);
    const folded = ascii ? ascii.toLowerCase() : key;
    if (!index.has(folded)) index.set(folded, place);
  }
  return index;
}

/** The gazetteer place named `name` in any case or accent folding, if known. */
export function lookupPlace(name: string): Place | undefined {
  placeIndex ??= outsideBudget(buildIndex);
  return placeIndex.get(name.toLowerCase()) ?? placeIndex.get(foldPlaceName(name));
}

/** `GRAND RAPIDS` → `Grand Rapids`, `WINSTON-SALEM` → `Winston-Salem`, `ST. LOUIS` → `St. Louis`. */
export function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s\-'’.(])(\p{L})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase());
}

/** Normalized city: the gazetteer's spelling when known, else the title-cased text. */
export function normalizeCity(raw: string): string {
  const place = lookupPlace(raw);
  if (place) return place.name;
  return raw === raw.toUpperCase() ? titleCase(raw) : raw;
}
