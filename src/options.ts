import type { InputKind } from './model.ts';

/**
 * The one Options type, with documented defaults, resolved once by `resolveOptions()`
 * and sliced per stage (DESIGN.md "Composition").
 */
export interface Options {
  /** Page URL: resolves relative links, feeds URL-pattern metadata. Default: none. */
  url?: string;
  /** Force the input kind instead of sniffing it. Default: sniffed. */
  from?: InputKind;
  /** HTTP `Content-Type` of the bytes, when fetched. */
  contentType?: string;
  /** Largest input accepted, in bytes (after gunzip). Default 20 MiB. */
  maxBytes: number;
  /**
   * Time budget per page in milliseconds (wall clock; 0: none). Default 2000. The pipeline checks
   * it as it goes (src/util/page-budget.ts): spent while decoding or extracting, the page throws
   * a LimitError (`code: 'timeout'`); spent later, structure and enrich are skipped with a
   * warning message. Worker pools also end a page that overruns it by half (at least 500 ms).
   */
  timeoutMs: number;
  /** Keep figures as blocks in the body. Default true. */
  figures: boolean;
  /** Keep inline marks (links, emphasis). Default true. */
  marks: boolean;
  /**
   * Detect the body's language (eld) when the page declares none. Default true; the
   * detector's data loads on first use (~2 s), so one-off runs on undeclared pages pay that once.
   */
  detectLanguage: boolean;
  /** Run the structure stage (datelines, credits, teasers). Default true. */
  structure: boolean;
  /** Run the enrich stage (quotes, attributions, entities, dates). Default true. */
  enrich: boolean;
}

export type OptionsInit = Partial<Options>;

export const DEFAULT_OPTIONS: Readonly<Options> = Object.freeze({
  maxBytes: 20 * 1024 * 1024,
  timeoutMs: 2000,
  figures: true,
  marks: true,
  detectLanguage: true,
  structure: true,
  enrich: true,
});

export function resolveOptions(init: OptionsInit = {}): Options {
  const out: Options = { ...DEFAULT_OPTIONS };
  for (const [key, value] of Object.entries(init)) {
    if (value !== undefined) (out as unknown as Record<string, unknown>)[key] = value;
  }
  return out;
}
