/** A `Content-Type` value reduced to what decode needs. */
export interface MediaType {
  /** `type/subtype`, ASCII-lowercased, e.g. `text/html`. Absent when the value has none. */
  essence?: string;
  /** The `charset` parameter as written (quotes removed), e.g. `ISO-8859-1`. */
  charset?: string;
}

/**
 * Reads a `Content-Type` header value the way WHATWG MIME Sniffing §4.4 "parse a MIME type" does,
 * reduced to the essence and the `charset` parameter: `text/html; Charset="utf-8"` →
 * `{essence: 'text/html', charset: 'utf-8'}`. Malformed values give an empty result, never an error.
 */
export function parseContentType(value: string | undefined): MediaType {
  if (value === undefined) return {};
  const [head = '', ...params] = splitParameters(value);
  const out: MediaType = {};
  const essence = head.trim().toLowerCase();
  if (/^[^\s/]+\/[^\s/]+$/.test(essence)) out.essence = essence;
  for (const param of params) {
    const eq = param.indexOf('=');
    if (eq < 0) continue;
    if (param.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    const charset = unquote(param.slice(eq + 1).trim());
    // §4.4: the first occurrence of a parameter wins.
    if (charset.length > 0) out.charset = charset;
    break;
  }
  return out;
}

/** Splits on `;` outside double quotes (a quoted value may hold a `;`). */
function splitParameters(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of value) {
    if (char === '"') quoted = !quoted;
    if (char === ';' && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

function unquote(value: string): string {
  if (value.startsWith('"')) {
    const end = value.indexOf('"', 1);
    return (end < 0 ? value.slice(1) : value.slice(1, end)).replace(/\\(.)/g, '$1').trim();
  }
  return value;
}
