import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';

/**
 * Worker threads run an ES-module bundle of their entry, built by esbuild when a pool first
 * needs it (about 0.15 s, once per entry and process).
 *
 * Why: Node 20 runs no module-customization hooks in worker threads, so tsx can load our
 * TypeScript there only through its CommonJS require hook. Every import then became a getter
 * call on a module object (htmlparser2's `ElementType`, our own helpers), the dependencies ran
 * their CommonJS builds, and each worker carried tsx and its transpile caches: a busy worker
 * was about a quarter slower per page than the same code on the main thread (issue 5,
 * profiles of `dateline ingest`). The bundle is plain JavaScript with live ES bindings; only
 * our own files are in it, packages stay imports.
 *
 * The bundle is written under the package's `node_modules/.cache/dateline/`, so its package
 * imports resolve as the sources' do, and named by its content hash, so concurrent runs and
 * edited sources never see a stale or half-written file.
 */
const CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/dateline/', import.meta.url));

const built = new Map<string, Promise<URL>>();

/** The file URL of `entry`'s worker bundle, built on first request. Rejects when esbuild fails. */
export function workerBundle(entry: URL): Promise<URL> {
  let bundle = built.get(entry.href);
  if (bundle === undefined) {
    bundle = buildBundle(entry);
    built.set(entry.href, bundle);
  }
  return bundle;
}

async function buildBundle(entry: URL): Promise<URL> {
  const source = fileURLToPath(entry);
  const result = await build({
    entryPoints: [source],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
    plugins: [ownModuleUrls],
  });
  const code = result.outputFiles[0]?.contents;
  if (code === undefined) throw new Error(`esbuild wrote no bundle for ${source}`);
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const name = basename(source).replace(/\.[cm]?ts$/, '');
  const file = join(CACHE_DIR, `${name}-${hash}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    // Written aside, then renamed: another process starting the same pool sees all or nothing.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, code);
    renameSync(partial, file);
    removeStaleBundles(name, file);
  } else {
    // Its time is its last use, which removeStaleBundles() goes by; best effort (a read-only
    // cache still serves the bundle it holds).
    try {
      const now = new Date();
      utimesSync(file, now, now);
    } catch {
      // not ours to touch
    }
  }
  return pathToFileURL(file);
}

/** A bundle unused this long belongs to sources edited since. */
const STALE_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Every edit of the sources makes a new bundle; old ones of the same entry are removed once
 * unused for a week. Not sooner: a long run (a server) replaces timed-out workers from the
 * bundle it started with.
 */
export function removeStaleBundles(name: string, current: string): void {
  const now = Date.now();
  for (const entry of readdirSync(CACHE_DIR)) {
    const path = join(CACHE_DIR, entry);
    if (path === current || !isBundleOf(entry, name)) continue;
    try {
      if (now - statSync(path).mtimeMs > STALE_MS) rmSync(path, { force: true });
    } catch {
      // Another process removed it first.
    }
  }
}

/** `<name>-<hash>.mjs`, or what a killed writer left of one (`….mjs.<pid>.partial`). */
function isBundleOf(file: string, name: string): boolean {
  return (
    file.startsWith(`${name}-`) && /^-[0-9a-f]{16}\.mjs(?:\.\d+\.partial)?$/.test(file.slice(name.length))
  );
}

/**
 * Each file keeps its own `import.meta.url` in the bundle: the modules that read data next to
 * them (`language.ts`'s n-gram table, `user-agent.ts`'s package.json) find it where it is.
 */
const ownModuleUrls: Plugin = {
  name: 'own-module-urls',
  setup(bundler) {
    bundler.onLoad({ filter: /\.[cm]?ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: withOwnModuleUrl(text, url), loader: 'ts' };
    });
  },
};

/**
 * `source` with `import.meta.url` replaced by `url`. A pattern, not the plain text: this file's
 * own source then holds no `import.meta.url` in a string, so a bundle that takes this file in
 * (a bundled CLI) does not rewrite its own rewriting.
 */
export function withOwnModuleUrl(source: string, url: string): string {
  return source.replace(/\bimport\.meta\.url\b/g, url);
}
