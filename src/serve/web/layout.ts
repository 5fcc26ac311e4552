/** The page shell of the reader: header with the search box, main content, scripts from our own origin only. */
import { type Html, html } from './html.ts';

export interface PageInit {
  title: string;
  /** The search box's value (kept while reading results). */
  q?: string;
}

export function page(init: PageInit, main: Html): Html {
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${init.title} · Dateline</title>
<link rel="stylesheet" href="/static/reader.css">
<script src="/static/htmx.js" defer></script>
</head>
<body>
<header class="site">
  <a class="brand" href="/">Dateline</a>
  <nav><a href="/">Search</a> <a href="/story">Stories</a></nav>
  <form class="search" action="/" method="get" role="search">
    <input type="search" name="q" value="${init.q ?? ''}" placeholder="Search articles, people, places…" aria-label="Search"
      autocomplete="off" hx-get="/search" hx-trigger="input changed delay:250ms, search" hx-target="#results" hx-push-url="false">
  </form>
</header>
<main>
${main}
</main>
</body>
</html>`;
}
