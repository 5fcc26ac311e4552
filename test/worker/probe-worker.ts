import { USER_AGENT } from '../../src/ingest/user-agent.ts';

/** Test worker: reports how it was loaded (an ES module keeps `import.meta.resolve`). */
export default function probe(): { ok: true; output: { url: string; esm: boolean; userAgent: string } } {
  return {
    ok: true,
    output: { url: import.meta.url, esm: typeof import.meta.resolve === 'function', userAgent: USER_AGENT },
  };
}
