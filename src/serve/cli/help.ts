/** Examples shown after `dateline extract --help`; docs/cli.md repeats them. Keep both true. */
export const EXTRACT_EXAMPLES = `
Inputs: files (.html, .htm, .txt, gzip by content, e.g. .html.gz), folders (searched
recursively for .html, .htm, .html.gz and .txt, sorted by path), http(s) URLs, and "-"
for standard input. --list FILE adds one path or URL per line ("#" starts a comment).

Output: one input prints its page (default --format json); several inputs, a folder or
a list make a batch (default --format jsonl): one JSON object per input, in input order,
with "error": null or the reason it failed. --explain adds each page's decisions to
its output: after a "---" line (text, markdown), as an "explain" key (json, jsonl,
jsonld) or in a comment (html, tei).

Exit codes: 0 the run completed (failed pages of a batch are error records);
1 a single input failed; 2 bad command line.

Examples:
  $ dateline extract story.html
  $ dateline extract --format markdown --url https://example.com/news/1 story.html
  $ dateline extract --format jsonl pages/ > articles.jsonl
  $ dateline extract --no-enrich --format jsonl pages/ > bodies.jsonl
  $ dateline extract --list urls.txt --jobs 4 --timeout 5000
  $ curl -s https://example.com/news/1 | dateline extract --format text -
  $ dateline extract --from text --format text copy.dat
  $ dateline extract --explain story.html.gz`;

export const PROGRAM_EXAMPLES = `
Examples:
  $ dateline extract story.html
  $ dateline extract --format jsonl pages/ > articles.jsonl
  $ dateline ingest pages/ && dateline search "grain corridor"
  $ dateline extract --help`;
