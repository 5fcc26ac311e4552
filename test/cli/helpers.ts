import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { CliIo } from '../../src/serve/cli/io.ts';
import { main } from '../../src/serve/cli/main.ts';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process (DESIGN.md "the CLI via main(argv, io)"), collecting its output. */
export async function runCli(argv: readonly string[], stdin?: string | Uint8Array): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    isTTY: false,
  };
  if (stdin !== undefined) io.stdin = Readable.from([typeof stdin === 'string' ? Buffer.from(stdin) : stdin]);
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** Parses jsonl output into records. */
export function jsonLines(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** A page whose body is obvious to any extractor: one <article> with a headline and paragraphs. */
export function storyPage(title: string, paragraphs: readonly string[] = defaultParagraphs(title)): string {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head>
<body><article><h1>${title}</h1>\n${body}\n</article></body></html>\n`;
}

function defaultParagraphs(title: string): string[] {
  return [
    `${title} opened with a long first paragraph that any extractor keeps as the body of the story.`,
    'A second paragraph follows with more plain sentences, so the article has some substance to it.',
    'The third paragraph closes the story with a quiet line about what happens next week in town.',
  ];
}

/** A fresh temporary folder, removed by the returned cleanup. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'dateline-cli-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
