import { PackedStrings } from '../util/packed-strings.ts';
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

/**
 * The gazetteer's keys: for each line of CITIES_TSV, its name and its ASCII name, both lower
 * case, packed (src/util/packed-strings.ts: a Map of them held 3.6 MB of heap per thread);
 * key number k belongs to line `lineStarts[k >> 1]`. The data is sorted by population, so
 * the first line with a key is the best known place of that name.
 */
interface PlaceIndex {
  keys: PackedStrings;
  lineStarts: Int32Array;
}

// Lazily-initialised constant table (built once on first lookup, ~24 k lines): the TSV is
// read only when a dateline needs the gazetteer.
let placeIndex: PlaceIndex | undefined;

function buildIndex(): PlaceIndex {
  const keys: string[] = [];
  const lineStarts: number[] = [];
  for (let start = 0; start < CITIES_TSV.length; ) {
    const end = lineEnd(start);
    const [name, ascii, country] = CITIES_TSV.slice(start, end).split('\t');
    if (name && country) {
      const key = name.toLowerCase();
      keys.push(key, ascii ? ascii.toLowerCase() : key);
      lineStarts.push(start);
    }
    start = end + 1;
  }
  return { keys: PackedStrings.of(keys), lineStarts: Int32Array.from(lineStarts) };
}

function lineEnd(start: number): number {
  const end = CITIES_TSV.indexOf('\n', start);
  return end < 0 ? CITIES_TSV.length : end;
}

function placeAt(index: PlaceIndex, key: number): Place {
  const start = index.lineStarts[key >> 1]!;
  const [name = '', , country = ''] = CITIES_TSV.slice(start, lineEnd(start)).split('\t');
  return { name, country };
}

/** The gazetteer place named `name` in any case or accent folding, if known. */
export function lookupPlace(name: string): Place | undefined {
  placeIndex ??= outsideBudget(buildIndex);
  const index = placeIndex;
  let key = index.keys.indexOf(name.toLowerCase());
  if (key < 0) key = index.keys.indexOf(foldPlaceName(name));
  return key < 0 ? undefined : placeAt(index, key);
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
