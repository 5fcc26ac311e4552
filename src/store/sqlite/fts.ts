/**
 * SQLite FTS5: the article_fts table (title, body, quotes, entities) keyed by the
 * article id as rowid (written by src/store/sqlite/write.ts from the record's
 * `fullText` and its `columns.text` as the body), its ranking weights, and turning a user's
 * query into FTS5 syntax.
 * Everything FTS5-specific lives here; a PostgreSQL store would use tsvector instead.
 */
/**
 * Column weights for bm25(), in table order: a hit in the headline says more about
 * what the article is about than one deep in the body; entity names come next.
 */
export const BM25_WEIGHTS = { title: 5, body: 1, quotes: 2, entities: 3 } as const;

/**
 * A user's query as an FTS5 MATCH expression: "quoted phrases" stay phrases, `word*`
 * stays a prefix query, `OR` and `NOT` stay operators, every other word is quoted so
 * punctuation (`U.S.`, `covid-19`, `AT&T`) can never be an FTS5 syntax error.
 * Undefined when nothing searchable is left.
 */
export function toFtsQuery(q: string): string | undefined {
  const parts: string[] = [];
  for (const match of q.matchAll(/"([^"]*)"|(\S+)/g)) {
    if (match[1] !== undefined) {
      const phrase = words(match[1]).join(' ');
      if (phrase) parts.push(`"${phrase}"`);
      continue;
    }
    const token = match[2] as string;
    if ((token === 'OR' || token === 'NOT') && parts.length > 0) {
      parts.push(token);
      continue;
    }
    // `covid-19` → the phrase "covid 19", as the tokenizer splits it.
    const phrase = words(token).join(' ');
    if (phrase) parts.push(`"${phrase}"${token.endsWith('*') ? '*' : ''}`);
  }
  while (parts.length > 0 && ['OR', 'NOT'].includes(parts[parts.length - 1] as string)) parts.pop();
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** Letter/digit runs, as the unicode61 tokenizer would see them. */
function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}
