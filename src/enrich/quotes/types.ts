import type { Span } from '../../model.ts';
import type { Cue } from './cue.ts';
import type { ParsedSpeaker } from './speaker.ts';

/** A quote or claim found in the text, before speaker resolution. */
export interface FoundQuote {
  content: Span;
  direct: boolean;
  cue?: Cue;
  speaker?: ParsedSpeaker;
  /** Rule id (without the `enrich/` prefix) that found the speaker. */
  rule: string;
}

/** A quoted span that is not speech: a title (work of art) or scare quotes. */
export interface NonQuote {
  content: Span;
  kind: 'title' | 'scare' | 'partial';
}
