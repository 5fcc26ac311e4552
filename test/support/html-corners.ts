/**
 * Tokenizer and tree-construction corners of HTML: the cases the reader must read as
 * htmlparser2 does (src/extract/html/parity.test.ts) and read the same whole or in pieces
 * (src/extract/html/scan-pieces.test.ts).
 */
export const HTML_CORNER_CASES: Record<string, string> = {
  'implied end tags': '<ul><li>a<li>b</ul><p>one<p>two<div>three</div><table><tr><td>1<td>2<tr><td>3</table>',
  'headings close headings and paragraphs': '<p>x<h2>title<h3>sub</h3>',
  'void elements and self-closing outside svg': '<div/>text<br/>more<img src=a.png alt="A &amp; B"><hr>',
  'stray end tags': '</p>after<div></br></span>text</div>',
  'nested form ignored': '<form id=a><form id=b><input name=q></form>after</form>',
  'image alias': '<image src=x.png>',
  'attributes: first wins, case, no value, odd names':
    '<a HREF="/x" href="/y" data-X=1 disabled =odd b = "spaced" c=\'single\' d=un/quoted/>t</a>',
  'attribute entities': '<a title="&amp;&lt;&notit;&ampx &amp" data-u=&copy;x>t</a>',
  'text entities': '<p>&amp; &lt;b&gt; &notit; &copy 2024 &#8220;q&#x201D; &bogus; a&b</p>',
  'literal less-than': '<p>a < b <3 <<c>x</c></p>',
  'script and style text': '<script>if (a<b) document.write("</div>")</script><style>p>a{}</style><p>x</p>',
  'script end tag variants': '<script>a</scripty>b</SCRIPT >c</script/>d</script>',
  'json-ld script kept': '<script type="application/ld+json">{"a":"</b>"}</script>',
  'title and textarea are rcdata': '<title>A &amp; <b>B</b></title><textarea>x<p>y</textarea>',
  'svg: foreign context, case, self-closing':
    '<svg viewBox="0 0 1 1"><clipPath/><path d="M0"/><title>t</title><foreignObject><p>h</p></foreignObject></svg><p>after</p>',
  'math and cdata': '<math><mi>x</mi><![CDATA[a<b]]></math><![CDATA[not text]]>',
  comments: '<!-- a -->b<!---->c<!-->d<!--->e<!-- x --!>f<!--a--!-->g<!- bogus>h<!>i',
  'doctype and processing instructions': '<!DOCTYPE html PUBLIC "x"><?xml version="1.0"?><!doc>x<!ELEMENT y>',
  'bogus end tags': '</ x>a</3>b</>c',
  'unterminated tag at the end': '<p>text</p><div class="x',
  'unterminated comment at the end': '<p>t</p><!-- never --',
  'final lone less-than and slash': '<p>t</p><',
  'final end-tag opener': '<p>t</p></',
  'plaintext runs to the end': '<p>a<plaintext><b>all text</b></p>',
  'table sections': '<table><thead><tr><th>h</thead><tbody><tr><td>1</tbody><tfoot><tr><td>f</table>',
  'whitespace text between tags': '<div>\n  <p>a</p>\n  <p>b</p>\n</div>',
  'form controls close each other': '<select><option>a<option>b<optgroup>c</select><button>x<input>',
};
