/**
 * The corpus commands — ingest, search, stories, export — registered on the `dateline`
 * program. Each command module is loaded when its command runs, so `extract` and
 * `--help` never pay for SQLite or the cluster code.
 */
import { type Command, Option } from 'commander';
import { DEFAULT_DB_FILE } from '../../../store/defaults.ts';
import type { CliIo } from '../io.ts';
import { DEFAULTS, wholeNumber } from '../options.ts';
import { EXPORT_FORMATS } from './export-formats.ts';
import { CORPUS_EXAMPLES } from './help.ts';

const dbOption = (): Option =>
  new Option('--db <file>', 'the store: one SQLite file').default(DEFAULT_DB_FILE);

export function registerCorpusCommands(program: Command, io: CliIo, setCode: (code: number) => void): void {
  program
    .command('ingest')
    .description(
      'extract pages from files, folders, WARC, JSON Lines, URLs, feeds or sitemaps into the store',
    )
    .argument(
      '<inputs...>',
      'files, folders, .warc(.gz), .jsonl, or http(s) URLs of pages, feeds or sitemaps',
    )
    .addOption(dbOption())
    .option('-j, --jobs <n>', 'worker threads for extraction', wholeNumber(1), DEFAULTS.jobs)
    .option(
      '--timeout <ms>',
      'time limit per page in ms; 0 = none, run in-process',
      wholeNumber(0),
      DEFAULTS.timeoutMs,
    )
    .option(
      '--max-bytes <n>',
      'largest page accepted, in bytes after gunzip',
      wholeNumber(1),
      DEFAULTS.maxBytes,
    )
    .addOption(
      new Option('--from <kind>', 'input kind (default: .txt is text, else sniffed)').choices([
        'html',
        'text',
      ]),
    )
    .option('--max-pages <n>', 'pages fetched per crawl run', wholeNumber(1), 1000)
    .option('--depth <n>', 'link hops followed from a seed page', wholeNumber(0), 1)
    .option(
      '--delay <ms>',
      'spacing between requests to one host (a longer Crawl-delay wins)',
      wholeNumber(0),
      1000,
    )
    .option('--no-cluster', 'skip re-grouping near-duplicates and stories after the run')
    .option('--no-progress', 'never draw the progress bar (drawn when stderr is a terminal)')
    .addHelpText('after', CORPUS_EXAMPLES.ingest)
    .action(async (inputs: string[], options) => {
      const { ingestCommand } = await import('./ingest.ts');
      setCode(await ingestCommand(inputs, options, io));
    });
  program
    .command('search')
    .description('full-text search of the store, ranked, with snippets')
    .argument('[query]', 'words (all must match), "phrases", prefix*, OR, NOT; empty lists newest first')
    .addOption(dbOption())
    .option('--site <host>', 'only this site (www. optional)')
    .option('--author <name>', 'only articles by this author (substring)')
    .option('--entity <name>', 'only articles naming this entity')
    .option('--from <date>', 'published on or after (ISO date)')
    .option('--to <date>', 'published on or before (ISO date, inclusive)')
    .option('-n, --limit <n>', 'hits per page', wholeNumber(1), 10)
    .option('--offset <n>', 'hits to skip', wholeNumber(0), 0)
    .option('--json', 'one JSON object per hit (JSON Lines)', false)
    .addHelpText('after', CORPUS_EXAMPLES.search)
    .action(async (query: string | undefined, options) => {
      const { searchCommand } = await import('./search.ts');
      setCode(await searchCommand(query, options, io));
    });
  program
    .command('stories')
    .description('story clusters with their members')
    .addOption(dbOption())
    .option('--min-size <n>', 'only stories with at least this many articles', wholeNumber(1), 2)
    .option('-n, --limit <n>', 'stories per page', wholeNumber(1), 20)
    .option('--offset <n>', 'stories to skip', wholeNumber(0), 0)
    .option('--regroup', 're-run grouping first (ingest does it after each run)', false)
    .option('--json', 'one JSON object per story (JSON Lines)', false)
    .addHelpText('after', CORPUS_EXAMPLES.stories)
    .action(async (options) => {
      const { storiesCommand } = await import('./stories.ts');
      setCode(await storiesCommand(options, io));
    });
  program
    .command('export')
    .description('every stored article, in id order')
    .addOption(dbOption())
    .addOption(new Option('-f, --format <format>', 'output format').choices(EXPORT_FORMATS).default('jsonl'))
    .addHelpText('after', CORPUS_EXAMPLES.export)
    .action(async (options) => {
      const { exportCommand } = await import('./export.ts');
      setCode(await exportCommand(options, io));
    });
}
