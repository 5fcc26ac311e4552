/**
 * `npm run layers` — the layer rules of DESIGN.md as data, checked over every file in src/.
 * Imports are found with regular expressions (static, side-effect, dynamic `import()`,
 * `require()`), which is enough for code that follows the house style. Violations print
 * as `file:line` and the script exits 1.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface LayerRule {
  id: string;
  /** Repo paths the rule applies to: a folder ending in `/` or one file. */
  from: readonly string[];
  /** Forbidden imports: `*` (anything), a module (`node:fs` also forbids `node:fs/promises`), or repo paths. */
  forbid: readonly string[];
  /** Test files may read fixtures from disk, so I/O rules can leave them out. */
  skipTests?: boolean;
  reason: string;
}

const STAGES = ['src/decode/', 'src/extract/', 'src/structure/', 'src/enrich/'] as const;
const CORE = [
  ...STAGES,
  'src/util/',
  'src/pipeline.ts',
  'src/options.ts',
  'src/messages.ts',
  'src/errors.ts',
];
const SHELLS = ['src/ingest/', 'src/serve/', 'src/store/', 'src/cluster/'];
const IO_MODULES = [
  'node:fs',
  'node:net',
  'node:http',
  'node:https',
  'node:http2',
  'node:child_process',
  'undici',
];

export const LAYER_RULES: readonly LayerRule[] = [
  {
    id: 'model-imports-nothing',
    from: ['src/model.ts'],
    forbid: ['*'],
    reason: 'THE data model is plain types',
  },
  {
    id: 'core-does-no-io',
    from: CORE,
    forbid: [...IO_MODULES, ...SHELLS],
    skipTests: true,
    reason: 'the core does no I/O; ingest/serve/store/cluster are shells around it (DESIGN.md habit 5)',
  },
  {
    id: 'decode-is-first',
    from: ['src/decode/'],
    forbid: STAGES.slice(1),
    reason: 'stages never import later stages',
  },
  {
    id: 'extract-before-structure',
    from: ['src/extract/'],
    forbid: STAGES.slice(2),
    reason: 'stages never import later stages',
  },
  {
    id: 'structure-before-enrich',
    from: ['src/structure/'],
    forbid: STAGES.slice(3),
    reason: 'stages never import later stages',
  },
  {
    id: 'util-imports-no-stage',
    from: ['src/util/'],
    forbid: STAGES,
    reason: 'util holds stage-agnostic helpers only',
  },
];

/**
 * Dev-time generators that live beside the data they write and are run by hand, never
 * imported: exempt from the rules above, and any import OF them is itself a violation.
 */
export const EXEMPT_FILES: Readonly<Record<string, string>> = {
  'src/enrich/data/compile-gpe.ts': 'compiles gpe-names.ts from devDependencies (reads/writes files)',
  'src/structure/data/build-cities.ts': 'compiles cities.ts from a devDependency (writes a file)',
  'src/extract/metadata/data/build-language-ngrams.ts':
    "writes language-ngrams.json from eld's own table (writes a file)",
};

export interface SourceFile {
  /** Repo-relative POSIX path, e.g. `src/extract/index.ts`. */
  path: string;
  text: string;
}

export interface ImportRef {
  line: number;
  specifier: string;
  /** Repo path for relative imports, `node:x` for builtins, else the package specifier. */
  target: string;
}

export interface Violation {
  file: string;
  line: number;
  specifier: string;
  rule: string;
  reason: string;
}

const IMPORT_PATTERNS = [
  /^[ \t]*(?:import|export)\b[^;'"`]*?\bfrom\s*['"]([^'"]+)['"]/gm,
  /^[ \t]*import\s*['"]([^'"]+)['"]/gm,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];
const BUILTINS = new Set(builtinModules);

/** Blanks out comments (keeping newlines) so commented-out imports are not counted. */
function stripComments(text: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return text
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/(^|[^:'"\\])(\/\/.*)$/gm, (_, a, b) => a + blank(b));
}

function toTarget(file: string, specifier: string): string {
  if (specifier.startsWith('.')) return posix.normalize(posix.join(posix.dirname(file), specifier));
  const bare = specifier.split('/')[0] ?? specifier;
  return !specifier.startsWith('node:') && BUILTINS.has(bare) ? `node:${specifier}` : specifier;
}

export function findImports(file: SourceFile): ImportRef[] {
  const text = stripComments(file.text);
  const refs: ImportRef[] = [];
  for (const pattern of IMPORT_PATTERNS) {
    for (const m of text.matchAll(pattern)) {
      const specifier = m[1] ?? '';
      const start = (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
      const line = text.slice(0, start).split('\n').length;
      refs.push({ line, specifier, target: toTarget(file.path, specifier) });
    }
  }
  return refs.sort((a, b) => a.line - b.line);
}

function matches(path: string, pattern: string): boolean {
  if (pattern === '*') return true;
  if (pattern.endsWith('/')) return path.startsWith(pattern);
  return path === pattern || path.startsWith(`${pattern}/`);
}

/** Every rule broken by every file; pure, so it is unit-tested on in-memory files. */
export function checkLayers(
  files: readonly SourceFile[],
  rules = LAYER_RULES,
  exempt = EXEMPT_FILES,
): Violation[] {
  const out: Violation[] = [];
  for (const file of files) {
    const isTest = file.path.endsWith('.test.ts');
    for (const ref of findImports(file)) {
      if (ref.target in exempt) {
        out.push({
          file: file.path,
          ...pick(ref),
          rule: 'exempt-file-imported',
          reason: 'generators are run, not imported',
        });
      }
      if (file.path in exempt) continue;
      for (const rule of rules) {
        if (!rule.from.some((p) => matches(file.path, p)) || (rule.skipTests && isTest)) continue;
        if (rule.forbid.some((p) => matches(ref.target, p))) {
          out.push({ file: file.path, ...pick(ref), rule: rule.id, reason: rule.reason });
        }
      }
    }
  }
  return out;
}

function pick(ref: ImportRef): { line: number; specifier: string } {
  return { line: ref.line, specifier: ref.specifier };
}

function listSources(root: string, dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  for (const entry of readdirSync(resolve(root, dir), { withFileTypes: true })) {
    const path = posix.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listSources(root, path));
    else if (/\.(?:ts|mts|js|mjs)$/.test(entry.name))
      out.push({ path, text: readFileSync(resolve(root, path), 'utf8') });
  }
  return out;
}

function main(): void {
  const root = resolve(fileURLToPath(import.meta.url), '../..');
  const files = listSources(root, 'src');
  const violations = checkLayers(files);
  for (const v of violations)
    console.error(`${v.file}:${v.line}  ${v.rule}: imports '${v.specifier}' — ${v.reason}`);
  const imports = files.reduce((n, f) => n + findImports(f).length, 0);
  console.log(`layers: ${files.length} files, ${imports} imports, ${violations.length} violation(s)`);
  if (violations.length > 0) process.exit(1);
}

if (process.argv[1] && relative(process.argv[1], fileURLToPath(import.meta.url)) === '') main();
