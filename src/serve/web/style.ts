/**
 * The reader's stylesheet, served at /static/reader.css (the CSP allows styles from our
 * own origin only). One column, readable measure, system fonts; at phone width (≤ 600 px)
 * the header stacks and the side-by-side "raw vs clean" view becomes one column.
 */
export const READER_CSS = `
*{box-sizing:border-box}
body{margin:0;font:17px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d1d1f;background:#fbfbf8}
a{color:#0b57d0}
header.site{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;padding:.6rem 1rem;background:#1d2a3a;color:#fff}
header.site a{color:#fff;text-decoration:none}
.brand{font-weight:700;letter-spacing:.03em}
nav a{margin-right:.8rem;opacity:.85}
form.search{flex:1 1 16rem}
form.search input{width:100%;padding:.45rem .7rem;border-radius:6px;border:0;font-size:1rem}
main{max-width:46rem;margin:0 auto;padding:1rem}
h1{font-size:1.7rem;line-height:1.2;margin:.6rem 0}
h2{font-size:1.1rem;margin:1.6rem 0 .5rem;border-top:1px solid #ddd;padding-top:.8rem}
small,.meta,.byline,.count{color:#5f6368}
.byline{font-weight:600;margin:.2rem 0}
.meta,.tools{margin:.2rem 0;font-size:.9rem}
.dateline{font-weight:700;letter-spacing:.02em}
.dateline-tag{font-variant:small-caps}
mark.quote{background:#fff3b0;padding:0 .1em;border-radius:2px}
mark.quote.indirect{background:#e7f0ff}
.speaker{font-weight:600}
.claim{text-decoration:underline dotted #b3261e;text-underline-offset:3px}
.claim.anonymous{text-decoration-style:dashed}
a.entity{color:inherit;text-decoration:none;border-bottom:1px solid #9ab}
a.entity.person{border-bottom-color:#0b57d0}
a.entity.gpe,a.entity.loc{border-bottom-color:#137333}
a.entity.org{border-bottom-color:#a142f4}
figure{margin:1rem 0}
figure img{max-width:100%;height:auto;display:block;background:#eee;min-height:3rem}
figcaption{font-size:.9rem;color:#444;margin-top:.3rem}
.credit{display:block;font-size:.8rem}
blockquote{margin:1rem 0;padding-left:1rem;border-left:3px solid #ccc}
ul.chips{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.4rem}
ul.chips li{background:#eef1f5;border-radius:12px;padding:.1rem .6rem;font-size:.9rem}
aside.related{max-width:46rem;margin:2rem auto 0;padding:0 1rem;font-size:.92rem}
aside.related h2{border-top:3px double #bbb}
.hits{padding-left:1.2rem}
.hit{margin-bottom:1rem}
.hit-title{font-weight:600}
.hit p{margin:.2rem 0}
.hit small{display:block}
.outlet{display:inline-block;background:#eef1f5;border-radius:4px;padding:0 .4rem;font-size:.85rem}
.copy{color:#a50}
.compare{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
.compare .text p{margin:.3rem 0;font-size:.9rem}
.dropped li{margin-bottom:.8rem}
blockquote.raw{font-size:.85rem;background:#fde8e8;border-left-color:#d93025;padding:.3rem .6rem;margin:.3rem 0}
table{border-collapse:collapse;width:100%;font-size:.85rem}
td,th{border-bottom:1px solid #e3e3e3;padding:.25rem .4rem;text-align:left;vertical-align:top}
tr.warning td{background:#fff8e1}
.empty{color:#777;font-style:italic}
@media (max-width:600px){
  body{font-size:16px}
  main{padding:.7rem}
  h1{font-size:1.4rem}
  .compare{grid-template-columns:1fr}
  table{display:block;overflow-x:auto}
}
`;
