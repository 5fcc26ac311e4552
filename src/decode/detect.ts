import { analyse } from 'chardet';
import type { CharsetSource, Message } from '../model.ts';
import { type ByteFacts, firstNonAscii } from './bytes.ts';
import { resolveLabel } from './labels.ts';
import { decodeMessage } from './messages.ts';
import { DETECT_LEAD_BYTES, DETECT_SAMPLE_BYTES, WEAK_DETECTION_CONFIDENCE } from './rules.ts';

/** The charset chosen for a page that declares none, with the trail of how. */
export interface Detection {
  charset: string;
  source: Extract<CharsetSource, 'detected' | 'default'>;
  messages: Message[];
}

/**
 * WHATWG HTML §13.2.3.2 "determining the character encoding", step 8: with nothing declared, the
 * user agent "may attempt to autodetect". Our order:
 * 0. a head shaped like BOM-less UTF-16 is UTF-16 (chardet only finds UTF-16 by its BOM);
 * 1. bytes that are well-formed UTF-8 with non-ASCII content are UTF-8 (a legacy page almost never
 *    is, by accident, valid UTF-8 — the reason browsers' detectors try UTF-8 first);
 * 2. pure ASCII without ESC decodes the same in every candidate, so UTF-8 is the default;
 * 3. otherwise chardet on a bounded window (ASCII + ESC is where ISO-2022-JP hides);
 * 4. nothing usable from chardet → windows-1252, the spec's default for unknown locales.
 */
export function detectCharset(bytes: Uint8Array, facts: ByteFacts): Detection {
  if (facts.utf16 !== undefined) {
    return detected(facts.utf16, 'detected', `no BOM, but every other byte is NUL: ${facts.utf16}`);
  }
  if (facts.utf8 && !facts.ascii) {
    return detected('utf-8', 'detected', 'no charset declared; the bytes are valid UTF-8');
  }
  if (facts.ascii && !facts.escape) {
    return detected('utf-8', 'default', 'no charset declared; the bytes are plain ASCII, read as UTF-8');
  }
  const [best] = analyse(detectionWindow(bytes));
  if (best === undefined) {
    return detected('windows-1252', 'default', 'no charset declared and none detected; windows-1252');
  }
  const label = resolveLabel(best.name);
  if (!label.ok) {
    return detected(
      'windows-1252',
      'default',
      `detected "${best.name}", which cannot be decoded; windows-1252`,
      'warning',
    );
  }
  const weak = best.confidence < WEAK_DETECTION_CONFIDENCE;
  return detected(
    label.charset,
    'detected',
    `no charset declared; detected ${best.name} (chardet confidence ${best.confidence}${weak ? ', a weak guess' : ''})`,
    weak ? 'warning' : 'info',
  );
}

function detected(
  charset: string,
  source: Detection['source'],
  reason: string,
  severity: Message['severity'] = 'info',
): Detection {
  return { charset, source, messages: [decodeMessage('charset', reason, severity)] };
}

/**
 * DETECT_SAMPLE_BYTES starting a little before the first non-ASCII byte: pages often open with
 * tens of KiB of ASCII scripts and styles, which tell chardet nothing and cost time.
 */
function detectionWindow(bytes: Uint8Array): Uint8Array {
  const first = firstNonAscii(bytes);
  const start = first < 0 ? 0 : Math.max(0, first - DETECT_LEAD_BYTES);
  return bytes.subarray(start, start + DETECT_SAMPLE_BYTES);
}
