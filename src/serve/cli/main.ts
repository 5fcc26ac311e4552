import { Command, CommanderError, Option } from 'commander';
import { DatelineError } from '../../errors.ts';
import { errorRecord, FORMATS } from '../../format/index.ts';
import { PACKAGE_VERSION } from '../../ingest/user-agent.ts';
import { registerCorpusCommands } from './commands/register.ts';
import { registerServeCommand } from './commands/serve.ts';
import { EXTRACT_EXAMPLES, PROGRAM_EXAMPLES } from './help.ts';
import { expandInputs } from './inputs.ts';
import { type CliIo, EXIT } from './io.ts';
import { absoluteUrl, DEFAULTS, type ExtractCliOptions, wholeNumber } from './options.ts';
import { frameFor, OrderedOutput, type Outcome } from './ordered-output.ts';

/** Failures listed by name in the end-of-run summary; the rest are counted. */
const SUMMARY_LIMIT = 10;

/**
 * The `dateline` command line, testable in-process: parses `argv` (without `node` and
 * the script), writes only to `io`, and resolves to the exit code instead of exiting.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (result) => {
    code = result;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof DatelineError) {
      io.stderr.write(`dateline: ${error.message}\n`);
      return EXIT.usage;
    }
    throw error;
  }
  return code;
}

function buildProgram(io: CliIo, setCode: (code: number) => void): Command {
  const program = new Command('dateline')
    .description('Clean, structured, attributed stories from news pages.')
    .version(PACKAGE_VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .exitOverride()
    .addHelpText('after', PROGRAM_EXAMPLES);
  program
    .command('extract')
    .description('extract the article from pages, folders of pages or URLs')
    .argument('[inputs...]', 'files, folders, http(s) URLs, or - for stdin')
    .addOption(
      new Option(
        '-f, --format <format>',
        'output format (default: json for one input, jsonl for a batch)',
      ).choices(Object.keys(FORMATS)),
    )
    .addOption(
      new Option('--from <kind>', 'input kind (default: .txt is text, else sniffed)').choices([
        'html',
        'text',
      ]),
    )
    .option('--url <url>', 'the page URL of a single file input (resolves links, URL metadata)', absoluteUrl)
    .option('--explain', "add each page's extraction decisions to its output", false)
    .option('--no-structure', 'skip the structure stage: the dateline and credit trailers stay in the text')
    .option(
      '--no-enrich',
      'skip the enrich stage (quotes, attributions, entities, dates): about twice as fast',
    )
    .option('-j, --jobs <n>', 'worker threads for a batch', wholeNumber(1), DEFAULTS.jobs)
    .option(
      '--timeout <ms>',
      'time limit per page in ms; 0 = none, run in-process',
      wholeNumber(0),
      DEFAULTS.timeoutMs,
    )
    .option('--fetch-timeout <ms>', 'time limit per URL fetch in ms', wholeNumber(1), DEFAULTS.fetchTimeoutMs)
    .option(
      '--max-bytes <n>',
      'largest page accepted, in bytes after gunzip',
      wholeNumber(1),
      DEFAULTS.maxBytes,
    )
    .option('--list <file>', 'read more inputs from FILE, one per line')
    .option('--no-progress', 'never draw the progress bar (drawn for a batch when stderr is a terminal)')
    .addHelpText('after', EXTRACT_EXAMPLES)
    .action(async (inputs: string[], options: ExtractCliOptions) => {
      setCode(await extractCommand(inputs, options, io));
    });
  registerCorpusCommands(program, io, setCode);
  registerServeCommand(program, io, setCode);
  return program;
}

async function extractCommand(given: string[], options: ExtractCliOptions, io: CliIo): Promise<number> {
  if (given.length === 0 && options.list === undefined) {
    io.stderr.write('dateline: no inputs (give files, folders, URLs, - or --list FILE; see --help)\n');
    return EXIT.usage;
  }
  const { inputs, batch } = await expandInputs(given, options.list);
  if (batch && options.url !== undefined) {
    io.stderr.write('dateline: --url names the page of a single input; it cannot apply to a batch\n');
    return EXIT.usage;
  }
  if (inputs.length === 0) io.stderr.write('dateline: no .html, .htm, .html.gz or .txt files found\n');
  const format = options.format ?? (batch ? 'jsonl' : 'json');
  const frame = frameFor(format, batch, {
    jsonl: (input, error) => JSON.stringify(errorRecord(input, error)),
    json: (input, error) => JSON.stringify(errorRecord(input, error), null, 2),
  });
  const output = new OrderedOutput(io.stdout, frame);
  const { runBatch } = await import('./batch.ts');
  const failures = await runBatch(
    {
      inputs,
      format,
      explain: options.explain,
      structure: options.structure,
      enrich: options.enrich,
      jobs: options.jobs,
      timeoutMs: options.timeout,
      fetchTimeoutMs: options.fetchTimeout,
      maxBytes: options.maxBytes,
      from: options.from,
      url: options.url,
      progress: options.progress && batch,
    },
    io,
    output,
  );
  return report(failures, inputs.length, batch || format === 'jsonl', io);
}

/** A single failed page is the run's failure; a batch reports its failed pages and completes. */
function report(failures: readonly Outcome[], total: number, batch: boolean, io: CliIo): number {
  const reasons = failures.flatMap((f) => (f.ok ? [] : [{ input: f.input, error: f.error }]));
  if (!batch) {
    for (const { error } of reasons) io.stderr.write(`dateline: ${error}\n`);
    return reasons.length > 0 ? EXIT.failed : EXIT.ok;
  }
  if (reasons.length === 0) return EXIT.ok;
  const lines = [`dateline: ${reasons.length} of ${total} inputs failed:`];
  for (const { input, error } of reasons.slice(0, SUMMARY_LIMIT)) lines.push(`  ${input}: ${error}`);
  if (reasons.length > SUMMARY_LIMIT) lines.push(`  … and ${reasons.length - SUMMARY_LIMIT} more`);
  io.stderr.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}
