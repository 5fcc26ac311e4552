import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import type { Decoded, Source } from '../model.ts';
import { resolveOptions } from '../options.ts';
import { decode } from './index.ts';

// Fixtures are encoded here with iconv-lite (a different implementation from the decoder under
// test), except ISO-2022-JP, which iconv-lite lacks: those bytes are written out by hand.

const options = resolveOptions();

function run(source: Partial<Source> & { bytes: Uint8Array }): Decoded {
  return decode({ input: 'page.html', ...source }, options);
}

/** The characters Node 20.20's native windows-1252 decoder turns into C1 controls (0x80–0x9F). */
const CP1252_SPECIALS = '“quoted” ‘single’ – en — em € euro … ellipsis • bullet ™ Š Ž œ Ÿ';

describe('decode() windows-1252', () => {
  it('decode() keeps curly quotes, dashes, € and … of a windows-1252 page (bytes 0x80–0x9F)', () => {
    const bytes = iconv.encode(`<p>${CP1252_SPECIALS}</p>`, 'windows-1252');
    assert.ok(bytes.includes(0x93) && bytes.includes(0x80), 'fixture really uses the C1 range');
    const out = run({ bytes, contentType: 'text/html; charset=windows-1252' });
    assert.equal(out.content, `<p>${CP1252_SPECIALS}</p>`);
    assert.doesNotMatch(out.content, /[\u0080-\u009f]/);
  });

  it('decode() reads the labels latin1, iso-8859-1 and ascii as windows-1252 (WHATWG label table)', () => {
    const bytes = iconv.encode('<p>“café” — 5 €</p>', 'windows-1252');
    for (const label of ['latin1', 'ISO-8859-1', 'us-ascii', 'ascii', 'cp1252']) {
      const out = run({ bytes, contentType: `text/html; charset=${label}` });
      assert.equal(out.charset, 'windows-1252', label);
      assert.equal(out.content, '<p>“café” — 5 €</p>', label);
    }
  });
});

describe('decode() other single-byte encodings', () => {
  it('decode() reads ISO-8859-2 Polish and Czech letters', () => {
    const text = 'Zażółć gęślą jaźń; Příliš žluťoučký kůň';
    const out = run({
      bytes: iconv.encode(text, 'iso-8859-2'),
      contentType: 'text/plain; charset=iso-8859-2',
    });
    assert.equal(out.charset, 'iso-8859-2');
    assert.equal(out.content, text);
  });

  it('decode() reads ISO-8859-15, where 0xA4 is € (not ¤ as in Latin-1)', () => {
    const bytes = iconv.encode('Prix : 20 € - œuvre', 'iso-8859-15');
    assert.ok(bytes.includes(0xa4));
    const out = run({ bytes, contentType: 'text/plain; charset=ISO-8859-15' });
    assert.equal(out.charset, 'iso-8859-15');
    assert.equal(out.content, 'Prix : 20 € - œuvre');
  });

  it('decode() reads windows-1251 Cyrillic declared in <meta>', () => {
    const html = '<meta charset="windows-1251"><p>Москва — столица России</p>';
    const out = run({ bytes: iconv.encode(html, 'windows-1251') });
    assert.equal(out.charset, 'windows-1251');
    assert.equal(out.content, html);
  });
});

describe('decode() multi-byte encodings', () => {
  const cases: [label: string, charset: string, text: string][] = [
    ['Shift_JIS', 'shift_jis', '東京（共同）― 日本語のニュース記事です。'],
    ['GB18030', 'gb18030', '北京（新华社）— 中华人民共和国的新闻报道。'],
    ['EUC-KR', 'euc-kr', '서울 (연합뉴스) 대한민국의 뉴스 기사입니다.'],
    ['Big5', 'big5', '台北（中央社）臺灣的新聞報導。'],
  ];
  for (const [label, charset, text] of cases) {
    it(`decode() reads ${label} declared in <meta http-equiv>`, () => {
      const html = `<meta http-equiv="Content-Type" content="text/html; charset=${label}"><p>${text}</p>`;
      const out = run({ bytes: iconv.encode(html, label) });
      assert.equal(out.charset, charset);
      assert.equal(out.charsetSource, 'meta');
      assert.equal(out.content, html);
    });
  }

  it('decode() reads GB18030 four-byte sequences (characters outside GBK)', () => {
    const text = '𠀀 and € and 😀';
    const out = run({ bytes: iconv.encode(text, 'gb18030'), contentType: 'text/plain; charset=gb18030' });
    assert.equal(out.content, text);
  });

  it('decode() reads ISO-2022-JP escape sequences (ESC $ B … ESC ( B)', () => {
    // 日本 = JIS X 0208 0x467C 0x4B5C, framed by the switch to JIS X 0208 and back to ASCII.
    const bytes = Uint8Array.from([0x41, 0x1b, 0x24, 0x42, 0x46, 0x7c, 0x4b, 0x5c, 0x1b, 0x28, 0x42, 0x5a]);
    const out = run({ bytes, contentType: 'text/plain; charset=iso-2022-jp' });
    assert.equal(out.charset, 'iso-2022-jp');
    assert.equal(out.content, 'A日本Z');
  });
});

describe('decode() UTF-16 and BOMs', () => {
  const html = '<p>“Ünïcödé” — 日本 😀</p>';

  it('decode() reads UTF-16LE with a BOM and strips the BOM', () => {
    const out = run({ bytes: iconv.encode(`\ufeff${html}`, 'utf-16le') });
    assert.equal(out.charset, 'utf-16le');
    assert.equal(out.charsetSource, 'bom');
    assert.equal(out.content, html);
  });

  it('decode() reads UTF-16BE with a BOM and strips the BOM', () => {
    const out = run({ bytes: iconv.encode(`\ufeff${html}`, 'utf-16be') });
    assert.equal(out.charset, 'utf-16be');
    assert.equal(out.charsetSource, 'bom');
    assert.equal(out.content, html);
  });

  it('decode() strips a UTF-8 BOM and normalises nothing else (CRLF, NBSP, NFD stay)', () => {
    const text = 'line one\r\nline\u00a0two e\u0301';
    const out = run({ bytes: Buffer.from(`\ufeff${text}`, 'utf8'), contentType: 'text/plain' });
    assert.equal(out.charsetSource, 'bom');
    assert.equal(out.content, text);
  });
});
