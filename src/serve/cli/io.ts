/** Where the CLI writes: a stream-like sink (process.stdout, or a collector in tests). */
export interface Sink {
  write(chunk: string): unknown;
}

/**
 * Everything `main()` touches outside itself, so tests run the CLI in-process
 * (DESIGN.md "Shells tested in-process: the CLI via `main(argv, io)`").
 */
export interface CliIo {
  stdout: Sink;
  stderr: Sink;
  /** Read for the `-` input. */
  stdin?: AsyncIterable<Uint8Array | string>;
  /** Whether stderr is a terminal: the progress bar is drawn only then. */
  isTTY?: boolean;
}

/** Exit codes, documented in docs/cli.md. */
export const EXIT = {
  /** The run completed; in batch mode failed pages are reported as error records. */
  ok: 0,
  /** A single input failed (non-jsonl formats), or the run could not complete. */
  failed: 1,
  /** Bad command line: unknown option, bad value, no inputs. */
  usage: 2,
} as const;
