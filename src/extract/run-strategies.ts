import type { Document } from 'domhandler';
import { message } from '../messages.ts';
import type { Message } from '../model.ts';
import { appendAll } from '../util/append.ts';
import { parseHtml } from './parse-html.ts';
import { type Attempt, GOOD_ENOUGH_CHARS, STRATEGIES, type StrategyContext } from './strategies.ts';

/** A first attempt is replaced only by one this many times longer (fallbacks are noisier). */
const FALLBACK_GAIN = 1.5;

/**
 * Tries STRATEGIES in order until one yields GOOD_ENOUGH_CHARS of text; otherwise the
 * longest attempt wins (by FALLBACK_GAIN). The first attempt reuses the metadata parse;
 * later ones re-parse, since attempts prune their tree. Every attempt leaves a message.
 */
export function runStrategies(
  html: string | readonly string[],
  parsed: Document,
  context: Omit<StrategyContext, 'freshDocument'>,
  messages: Message[],
): Attempt {
  let spare: Document | undefined = parsed;
  const freshDocument = (): Document => {
    const tree = spare ?? parseHtml(html).document;
    spare = undefined;
    return tree;
  };
  let best: Attempt | undefined;
  for (const strategy of STRATEGIES) {
    const attempt = strategy.run({ ...context, freshDocument });
    appendAll(messages, attempt.messages);
    messages.push(
      message({
        stage: 'extract',
        rule: `extract/strategy-${strategy.name}`,
        reason: `${attempt.chars} characters of body text`,
      }),
    );
    if (!best || attempt.chars > best.chars * FALLBACK_GAIN) best = attempt;
    if (best.chars >= GOOD_ENOUGH_CHARS) break;
  }
  return best!;
}
