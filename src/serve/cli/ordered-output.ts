import type { FormatName } from '../../format/index.ts';
import type { Sink } from './io.ts';

/** One input's outcome: its rendered page, or the error that stopped it. */
export type Outcome =
  | { input: string; ok: true; output: string }
  | { input: string; ok: false; error: string };

/**
 * Writes outcomes to stdout in INPUT order although they complete in any order: an
 * outcome that arrives early waits in a buffer until every earlier one is written
 * (the jsonl contract in docs/cli.md). Errors are written through `renderError`, or
 * left to the stderr summary for formats that have no error record.
 */
export class OrderedOutput {
  private readonly waiting = new Map<number, Outcome>();
  private next = 0;
  private written = 0;

  constructor(
    private readonly out: Sink,
    private readonly frame: Frame,
  ) {}

  put(index: number, outcome: Outcome): void {
    this.waiting.set(index, outcome);
    for (let ready = this.waiting.get(this.next); ready; ready = this.waiting.get(this.next)) {
      this.waiting.delete(this.next);
      this.next += 1;
      this.write(ready);
    }
  }

  open(): void {
    if (this.frame.open) this.out.write(this.frame.open);
  }

  close(): void {
    if (this.frame.close) this.out.write(this.written === 0 ? this.frame.empty : this.frame.close);
  }

  private write(outcome: Outcome): void {
    const text = outcome.ok ? outcome.output : this.frame.error(outcome.input, outcome.error);
    if (text === undefined) return;
    // Inside a JSON array the items are joined by the separator; elsewhere each ends a line.
    const body = this.frame.close ? text.replace(/\n+$/, '') : text.endsWith('\n') ? text : `${text}\n`;
    this.out.write(this.written > 0 ? this.frame.separator + body : body);
    this.written += 1;
  }
}

/** How the outputs of several pages are joined into one stream. */
export interface Frame {
  open: string;
  separator: string;
  close: string;
  /** Written by close() when nothing was written in between. */
  empty: string;
  /** An error's record in this format, or undefined when the format has none. */
  error(input: string, error: string): string | undefined;
}

/**
 * jsonl: one object per line, errors included. json: one pretty record, or an array of
 * them for a batch. Document formats (and a single json page): pages one after another,
 * separated by a blank line; their failures appear only on stderr.
 */
export function frameFor(
  format: FormatName,
  batch: boolean,
  records: { jsonl(input: string, error: string): string; json(input: string, error: string): string },
): Frame {
  if (format === 'jsonl') return { open: '', separator: '', close: '', empty: '', error: records.jsonl };
  if (format === 'json' && batch) {
    return { open: '[\n', separator: ',\n', close: '\n]\n', empty: ']\n', error: records.json };
  }
  return { open: '', separator: '\n', close: '', empty: '', error: () => undefined };
}
