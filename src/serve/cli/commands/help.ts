/** Examples after each corpus command's `--help`; docs/cli.md repeats them. Keep both true. */
export const CORPUS_EXAMPLES = {
  ingest: `
Inputs: files and folders (.html, .htm, .html.gz, .txt, as for extract), WARC files
(.warc, .warc.gz as CC-NEWS publishes them), JSON Lines of {url, html} (.jsonl), and
http(s) URLs (pages, RSS/Atom/JSON feeds or sitemaps: the crawler decides by the
response; robots.txt and per-host spacing are obeyed). Each input is recorded in the
store, so running the same command again skips what is stored (failed inputs are tried
again): a killed run resumes. An article is stored once per URL and once per content.
After the run, near-duplicates and stories are re-grouped.

Examples:
  $ dateline ingest pages/
  $ dateline ingest CC-NEWS-20240501.warc.gz
  $ dateline ingest --db news.db https://example.com/rss.xml --max-pages 200
  $ dateline ingest --jobs 2 --no-cluster archive/2024-05/`,
  search: `
Examples:
  $ dateline search "grain corridor"
  $ dateline search ceasefire --site reuters.com --from 2024-05-01 --to 2024-05-31
  $ dateline search --entity "Olena Kovalenko" --json`,
  stories: `
Examples:
  $ dateline stories
  $ dateline stories --min-size 3 --json`,
  export: `
Examples:
  $ dateline export > corpus.jsonl
  $ dateline export --format markdown --db news.db > corpus.md`,
} as const;
