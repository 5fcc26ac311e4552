import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { InputError } from '../../errors.ts';
import { isUrl } from '../../ingest/index.ts';
import { appendAll } from '../../util/append.ts';

/** File names picked up when a folder is given; anything else in the folder is skipped. */
const FOLDER_EXTENSIONS: readonly string[] = [
  '.html', // saved pages
  '.htm', // the short spelling
  '.html.gz', // compressed pages, as in the benchmark corpora
  '.txt', // flattened text
];

export interface ExpandedInputs {
  inputs: string[];
  /** True when a folder or a list was given: the run is a batch even with one page. */
  batch: boolean;
}

/**
 * Expands what the user named into the pages to process, in order: positional inputs
 * first, then `--list` entries; a folder becomes its matching files, recursively, sorted
 * by path. URLs, `-` and paths that do not exist pass through untouched, so a missing
 * file becomes an error record in its place instead of silently vanishing.
 */
export async function expandInputs(given: readonly string[], list?: string): Promise<ExpandedInputs> {
  const named = [...given, ...(list === undefined ? [] : await readList(list))];
  const inputs: string[] = [];
  let batch = list !== undefined || named.length !== 1;
  for (const input of named) {
    if (isUrl(input) || input === '-' || !(await isFolder(input))) {
      inputs.push(input);
      continue;
    }
    batch = true;
    appendAll(inputs, await listFolder(input));
  }
  return { inputs, batch };
}

/** `--list FILE`: one path or URL per line; blank lines and `#` comments are skipped. */
async function readList(path: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new InputError(`Cannot read list "${path}": ${(error as Error).message}`, 'unreadable', {
      cause: error,
    });
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** Matching files under `folder`, recursively; hidden entries (`.git`) skipped; sorted by path. */
export async function listFolder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    if (
      relative(folder, path)
        .split(/[\\/]/)
        .some((part) => part.startsWith('.'))
    )
      continue;
    const name = entry.name.toLowerCase();
    if (FOLDER_EXTENSIONS.some((ext) => name.endsWith(ext)) && (entry.isFile() || entry.isSymbolicLink())) {
      found.push(path);
    }
  }
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
