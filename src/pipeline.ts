import { decode } from './decode/index.ts';
import { enrich } from './enrich/index.ts';
import { extract } from './extract/index.ts';
import { message } from './messages.ts';
import type { Article, Message, Source, Stage } from './model.ts';
import { type Options, type OptionsInit, resolveOptions } from './options.ts';
import { structure } from './structure/index.ts';
import { BudgetError, pageBudgetSpent, withPageBudget } from './util/page-budget.ts';

/**
 * The whole per-document chain, top to bottom: decode → extract → structure → enrich.
 * No I/O here: ingest (files, URLs, WARC) happens before, store and serve after.
 *
 * Every page runs within `options.timeoutMs` (src/util/page-budget.ts). A page whose budget
 * runs out while it is decoded or extracted throws a LimitError (`code: 'timeout'`): there is
 * no article yet. One whose budget runs out later keeps its body and metadata: the stages
 * left are skipped, each with a warning message, as if disabled.
 */
export function processSource(source: Source, init: OptionsInit | Options = {}): Article {
  const options = resolveOptions(init);
  return withPageBudget(options.timeoutMs, source.input, () => {
    const extracted = extract(decode(source, options), options);
    const structured = orSkipped('structure', options, (o) => structure(extracted, o));
    return orSkipped('enrich', options, (o) => enrich(structured, o));
  });
}

/**
 * Runs an optional stage; when the page's budget is spent before or during it, runs it
 * disabled instead (`options[stage] = false`, which reads nothing) and says so.
 */
export function orSkipped<T extends { messages: Message[] }>(
  stage: Extract<Stage, 'structure' | 'enrich'>,
  options: Options,
  run: (options: Options) => T,
): T {
  if (!options[stage]) return run(options);
  try {
    if (!pageBudgetSpent()) return run(options);
  } catch (error) {
    if (!(error instanceof BudgetError)) throw error;
  }
  const skipped = run({ ...options, [stage]: false });
  const note = message({
    stage,
    rule: `${stage}/budget-spent`,
    severity: 'warning',
    reason: `the page's time budget (${options.timeoutMs} ms) ran out: ${stage} was skipped`,
  });
  return { ...skipped, messages: [...skipped.messages, note] };
}

/** Convenience for already-decoded HTML or text. */
export function processString(content: string, init: OptionsInit = {}): Article {
  const bytes = new TextEncoder().encode(content);
  const contentType = init.from === 'text' ? 'text/plain; charset=utf-8' : 'text/html; charset=utf-8';
  return processSource(
    { input: init.url ?? '<string>', url: init.url, bytes, contentType, kind: init.from },
    init,
  );
}
