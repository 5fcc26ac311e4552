/**
 * Tolerant JSON-LD parsing. Pages ship `<script type="application/ld+json">` blocks with
 * HTML comments, CDATA wrappers, raw newlines inside strings, `//` and block comments,
 * trailing commas and trailing junk; each repair below is tried only when plain
 * `JSON.parse` fails, so well-formed blocks cost one parse.
 */
export function parseJsonLd(raw: string): unknown {
  const text = unwrap(raw.trim());
  if (text.length === 0) return undefined;
  for (const repair of REPAIRS) {
    const value = tryParse(repair(text));
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * Strips `<!-- … -->` and `<![CDATA[ … ]]>` wrappers with string checks: an end-anchored
 * regex would be tried at every position of a 50 KB block.
 */
function unwrap(text: string): string {
  let out = text;
  for (const open of ['<!--', '//<![CDATA[', '// <![CDATA[', '<![CDATA[']) {
    if (out.startsWith(open)) out = out.slice(open.length).trimStart();
  }
  for (const close of ['-->', '//]]>', '// ]]>', ']]>']) {
    if (out.endsWith(close)) out = out.slice(0, -close.length).trimEnd();
  }
  return out;
}

type Repair = (text: string) => string;

/** Repairs in order of cost; each builds on the previous ones. */
const REPAIRS: readonly Repair[] = [
  (t) => t,
  // Raw control characters (newlines, tabs) inside strings are invalid JSON but common (CMS templates).
  (t) => flattenControls(t),
  // Block comments and whole-line `//` comments left by templates.
  (t) => flattenControls(stripComments(t)),
  // Trailing commas before `}` / `]`.
  (t) => flattenControls(stripComments(t)).replace(/,(\s*[}\]])/g, '$1'),
  // Trailing junk after the value (e.g. a stray `;` or a second template fragment).
  (t) => cutAfterBalanced(flattenControls(stripComments(t)).replace(/,(\s*[}\]])/g, '$1')),
];

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function flattenControls(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we replace
  return text.replace(/[\u0000-\u001f]+/g, ' ');
}

function stripComments(text: string): string {
  return text.replace(/\/\*[^*]*\*+(?:[^/*][^*]*\*+)*\//g, ' ').replace(/(^|[\s,{[])\/\/[^\n]*/g, '$1');
}

/** The text up to the end of the first balanced `{…}` / `[…]` value, string-aware. */
function cutAfterBalanced(text: string): string {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth += 1;
    else if (c === '}' || c === ']') {
      depth -= 1;
      if (depth === 0) return text.slice(0, i + 1);
    }
  }
  return text;
}
