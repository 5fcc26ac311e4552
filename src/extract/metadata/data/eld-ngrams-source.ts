import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** eld's own extra-small n-gram table, loaded from the installed package (build script and test only). */
export async function eldNgrams(): Promise<unknown> {
  const entry = fileURLToPath(import.meta.resolve('eld/extrasmall'));
  const table = join(dirname(entry), '..', 'ngrams', 'extrasmall.js');
  const module = (await import(pathToFileURL(table).href)) as { ngramsData: unknown };
  return module.ngramsData;
}
