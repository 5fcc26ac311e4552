/**
 * `npm run bench:parser` — does the HTML reader (src/extract/html/) build the tree htmlparser2
 * + domhandler build, on every page of both benchmark corpora, and how much faster?
 *
 *   npm run bench:parser -- [--keep-inert] [--show N]
 *
 * Compares canonical dumps (test/support/html-reference.ts) page by page, prints the first
 * differing line of up to N pages, then the time per page of each parser over all pages.
 */
import { parseArgs } from 'node:util';
import { DomHandler } from 'domhandler';
import { Parser } from 'htmlparser2';
import { readHtml } from '../src/extract/html/index.ts';
import { dumpTree, referenceTree } from '../test/support/html-reference.ts';
import { CORPUS_NAMES, loadCorpus } from './lib/corpus.ts';

const { values } = parseArgs({ options: { 'keep-inert': { type: 'boolean' }, show: { type: 'string' } } });
const keepInert = values['keep-inert'] === true;
const show = Number(values.show ?? 5);
const htmls: { id: string; html: string }[] = [];
for (const name of CORPUS_NAMES)
  for (const page of loadCorpus(name).pages)
    htmls.push({ id: `${name}/${page.id}`, html: new TextDecoder().decode(page.bytes) });

let same = 0;
const differing: string[] = [];
for (const { id, html } of htmls) {
  const ours = dumpTree(readHtml(html, { maxDepth: 10_000, keepInert }).document).split('\n');
  const theirs = dumpTree(referenceTree(html, keepInert)).split('\n');
  const at = ours.findIndex((line, i) => line !== theirs[i]);
  if (at < 0 && ours.length === theirs.length) {
    same++;
    continue;
  }
  differing.push(id);
  if (differing.length <= show) {
    const i = at < 0 ? Math.min(ours.length, theirs.length) : at;
    console.log(
      `${id}: first difference at node ${i}\n  ours:   ${ours[i]?.slice(0, 200)}\n  theirs: ${theirs[i]?.slice(0, 200)}`,
    );
  }
}
console.log(`\nidentical trees: ${same}/${htmls.length} pages${keepInert ? ' (inert markup kept)' : ''}`);
if (differing.length > 0)
  console.log(`differing: ${differing.slice(0, 20).join(' ')}${differing.length > 20 ? ' …' : ''}`);

function timePerPage(parse: (html: string) => unknown): number {
  for (const { html } of htmls.slice(0, 100)) parse(html);
  const started = performance.now();
  for (let r = 0; r < 2; r++) for (const { html } of htmls) parse(html);
  return (performance.now() - started) / (2 * htmls.length);
}
const ours = timePerPage((html) => readHtml(html, { maxDepth: 400, keepInert: false }));
const theirs = timePerPage((html) => {
  const handler = new DomHandler();
  new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }).end(html);
  return handler.root;
});
console.log(
  `ms/page over ${htmls.length} pages: reader ${ours.toFixed(3)}, htmlparser2 + domhandler ${theirs.toFixed(3)} (${(theirs / ours).toFixed(2)}× faster)`,
);
