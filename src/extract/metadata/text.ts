import type { AnyNode, Element } from 'domhandler';
import { hasBlockUtilityClass } from '../blocks/block-tags.ts';

/** Elements whose boundaries separate words in rendered text. */
const BREAKING_TAGS: ReadonlySet<string> = new Set([
  'br',
  'div',
  'p',
  'li',
  'section',
  'header',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'td',
  'th',
  'tr',
  'dd',
  'dt',
]);

/**
 * Text of a subtree, whitespace collapsed, stopping once `max` characters are gathered
 * (returns undefined past the limit): bylines and dates are short, and a long text means
 * the element is a bio box or a paragraph, so there is no need to read all of it.
 */
export function boundedText(node: AnyNode, max: number): string | undefined {
  const parts: string[] = [];
  let length = 0;
  // A string on the stack is a word break to emit once an element's children are done.
  const stack: (AnyNode | string)[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (typeof current === 'string') {
      parts.push(current);
    } else if (current.type === 'text') {
      parts.push(current.data);
      length += current.data.length;
      if (length > max * 8) break;
    } else if ('children' in current && current.type !== 'script' && current.type !== 'style') {
      // Line breaks and blocks separate words on both sides: "<h1>Best Apps<br>Top Tools</h1>",
      // "Alternatives<span class="block">Top …" (WCXB 2976), "<p>Luke Kim</p><small>December 17, 2025</small>" (WCXB 0433).
      if (current.type === 'tag' && (BREAKING_TAGS.has(current.name) || hasBlockUtilityClass(current))) {
        parts.push(' ');
        stack.push(' ');
      }
      for (let i = current.children.length - 1; i >= 0; i -= 1) stack.push(current.children[i]!);
    }
  }
  const text = collapse(parts.join(''));
  if (text === undefined || text.length > max) return undefined;
  return text;
}

/** Whitespace collapsed and trimmed, mojibake repaired; undefined when nothing is left (absent is never `''`). */
export function collapse(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const flat = repairMojibake(text.replace(/\s+/g, ' ').trim());
  return flat.length > 0 ? flat : undefined;
}

/** A UTF-8 lead byte (U+00C2–U+00F4) read as Latin-1, followed by a continuation byte read the same way. */
const MOJIBAKE = /[\u00c2-\u00f4][\u0080-\u00bf]/;

/**
 * Text whose UTF-8 bytes were decoded as Latin-1 somewhere upstream ("Investorâ\u0080\u0099s"
 * for "Investor’s", "JOHNSONâ\u0080\u0099SÂ®"; WCXB 4656, 4177), decoded again. Kept as is
 * unless every character fits a byte and the bytes are valid UTF-8.
 */
export function repairMojibake(text: string): string {
  if (!MOJIBAKE.test(text)) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code > 0xff) return text;
    bytes[i] = code;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return text;
  }
}

/** An attribute value collapsed, or undefined. */
export function attr(element: Element, name: string): string | undefined {
  return collapse(element.attribs[name]);
}
