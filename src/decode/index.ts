import type { Decoded, Source } from '../model.ts';
import type { Options } from '../options.ts';

/** PLACEHOLDER until the decode stage lands: UTF-8 only. */
export function decode(source: Source, options: Options): Decoded {
  return {
    input: source.input,
    url: source.url ?? options.url,
    kind: source.kind ?? options.from ?? 'html',
    content: new TextDecoder('utf-8').decode(source.bytes),
    charset: 'utf-8',
    charsetSource: 'default',
    messages: [],
  };
}
