/**
 * Writes `language-ngrams.json`, eld's extra-small n-gram table (eld 2.1.0, Apache-2.0,
 * © 2023 Nito T.M., github.com/nitotm/efficient-language-detector-js; the license is
 * `eld-LICENSE.txt` beside it) as JSON. Run: `node --import tsx src/extract/metadata/data/build-language-ngrams.ts`.
 *
 * Why a JSON copy of data the package already ships: eld ships it as a 950 KB JavaScript
 * object literal, and evaluating that literal cost a process about 83 MB of resident memory
 * here, where JSON.parse of the same table costs about 27 MB (measured with plain node).
 * Every extraction worker pays it, so the copy saves some 55 MB per worker. The detector
 * itself is still eld's (language.ts); a test checks the copy equals the package's table.
 */
import { writeFileSync } from 'node:fs';
import { eldNgrams } from './eld-ngrams-source.ts';

const out = new URL('./language-ngrams.json', import.meta.url);
writeFileSync(out, `${JSON.stringify(await eldNgrams())}\n`);
console.log(`wrote ${out.pathname}`);
