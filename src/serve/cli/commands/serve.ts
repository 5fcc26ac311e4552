/**
 * `dateline serve`: the HTTP API and the web reader over a store (`--db FILE`), or over
 * the demo corpus built in memory (`--demo`, what `npm run demo` runs). The server code
 * is loaded only when the command runs (src/serve/http/run-server.ts).
 */
import type { Command } from 'commander';
import { DEFAULT_DB_FILE } from '../../../store/defaults.ts';
import type { ServeOptions } from '../../http/run-server.ts';
import type { CliIo } from '../io.ts';
import { wholeNumber } from '../options.ts';

/** The port `npm run demo` and `dateline serve` use unless told otherwise. */
export const DEFAULT_PORT = 8787;

export function registerServeCommand(program: Command, io: CliIo, setCode: (code: number) => void): void {
  program
    .command('serve')
    .description('serve the HTTP API and the web reader over a store')
    .option('--db <file>', `the store (default ${DEFAULT_DB_FILE}; with --demo, in memory)`)
    .option('--demo', 'build the demo corpus from examples/ into the store first', false)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--port <n>', 'port (0 picks a free one)', wholeNumber(0), DEFAULT_PORT)
    .option('--config <file>', 'JSON config (token, limits); DATELINE_TOKEN overrides the token')
    .action(async (options: ServeOptions) => {
      const { runServer } = await import('../../http/run-server.ts');
      setCode(await runServer(options, io));
    });
}
