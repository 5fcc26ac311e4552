import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { outsideBudget } from '../../util/page-budget.ts';
import { compactNgrams, type NgramScores, ngramView } from './ngram-table.ts';

/**
 * Language codes: declared ones normalised to ISO 639-1, and detection from text with
 * eld's extra-small dataset (ISO 639-1 out). STACK.md measured the medium one (97 % on real
 * news text), but it raises a process's RSS by ~270 MB here against ~85 MB for extra-small
 * (~27 MB once read from JSON, data/build-language-ngrams.ts); we only ever detect on ≥ 60
 * characters of body text, where the small datasets agree.
 */

/** Deprecated or 3-letter codes pages still declare, mapped to ISO 639-1. */
const LANGUAGE_ALIASES: Readonly<Record<string, string>> = {
  iw: 'he', // pre-1989 Hebrew code, still emitted by Google properties
  in: 'id', // pre-1989 Indonesian
  ji: 'yi', // pre-1989 Yiddish
  jw: 'jv', // Javanese typo'd code in old Google locales
  eng: 'en', // ISO 639-2 forms seen in `content-language`
  deu: 'de',
  ger: 'de',
  fra: 'fr',
  fre: 'fr',
  spa: 'es',
  ita: 'it',
  por: 'pt',
  rus: 'ru',
  zho: 'zh',
  chi: 'zh',
  jpn: 'ja',
  ara: 'ar',
  nld: 'nl',
  dut: 'nl',
};

/** "en-US", "en_GB", "EN", "eng" → "en"; undefined for anything that is not a language tag. */
export function normalizeLanguage(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const primary = raw
    .trim()
    .split(/[-_,;\s]/)[0]!
    .toLowerCase();
  if (LANGUAGE_ALIASES[primary]) return LANGUAGE_ALIASES[primary];
  return /^[a-z]{2}$/.test(primary) ? primary : undefined;
}

/** eld's detector, as its `createEld()` builds it (eld/src/languageDetector.js). */
interface EldDetector {
  detect(text: string): { language: string; isReliable(): boolean };
}
interface EldFactory {
  createEld(): { instance: EldDetector; loadData(data: EldData): boolean };
}
/** eld's database file (`type`, `languages`, `isSubset`, `ngrams`). */
interface EldData {
  type: string;
  languages: Readonly<Record<string, string>>;
  ngrams: NgramScores;
}

/**
 * Detects the language of `text` (ISO 639-1), or undefined when eld is not confident.
 * The dataset costs about a second to load, so it is loaded on the first call only, for
 * pages that declare no language.
 */
export function detectLanguage(text: string): string | undefined {
  if (text.trim().length < 20) return undefined;
  const result = detector().detect(text.slice(0, 2000));
  return result.language && result.isReliable() ? result.language : undefined;
}

/**
 * The loaded detector, kept like Node's module cache keeps a module: resolving eld again on
 * every call went through the module loader's hooks each time (under tsx, a round trip to
 * the loader thread) and cost more than the detection itself.
 */
let loaded: EldDetector | undefined;

/**
 * eld's detector with its extra-small table read from our JSON copy of it
 * (data/build-language-ngrams.ts says why: ~55 MB less resident memory per process) and held
 * compactly (ngram-table.ts: ~14 MB less live heap per worker).
 */
function detector(): EldDetector {
  loaded ??= outsideBudget(loadDetector);
  return loaded;
}

function loadDetector(): EldDetector {
  const require = createRequire(import.meta.url);
  const { instance, loadData } = loadFactory(require).createEld();
  const data = readOnce(NGRAM_FILE) as EldData;
  if (!loadData({ ...data, ngrams: ngramView(compactNgrams(data.ngrams)) }))
    throw new Error('eld refused data/language-ngrams.json');
  return instance;
}

const NGRAM_FILE = './data/language-ngrams.json';

/**
 * A JSON file required and then let go: kept in the module cache, or as a child of a module
 * that is (eld's detector is required through the other `require`), its whole object table
 * would stay alive beside the compact copy (a heap snapshot showed exactly that, 14 MB).
 */
function readOnce(file: string): unknown {
  const once = createRequire(import.meta.url);
  const data: unknown = once(file);
  delete once.cache[once.resolve(file)];
  return data;
}

/** eld's detector module, found without import.meta.resolve (absent when a worker runs this file as CJS). */
const ELD_DETECTOR = join('eld', 'src', 'languageDetector.js');

function loadFactory(require: NodeJS.Require): EldFactory {
  if (typeof import.meta.resolve === 'function') {
    const entry = fileURLToPath(import.meta.resolve('eld/extrasmall'));
    return require(join(dirname(entry), '..', 'languageDetector.js')) as EldFactory;
  }
  for (const dir of require.resolve.paths('eld') ?? []) {
    try {
      return require(join(dir, ELD_DETECTOR)) as EldFactory;
    } catch {
      // not in this node_modules folder: try the next one up
    }
  }
  throw new Error('Cannot find the eld package (eld/src/languageDetector.js)');
}
