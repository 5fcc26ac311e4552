import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import type { Decoded, Source } from '../model.ts';
import { resolveOptions } from '../options.ts';
import { decode } from './index.ts';

// The WHATWG order (HTML §13.2.3.2): BOM → HTTP header → <meta> prescan → detection.

const options = resolveOptions();

function run(source: Partial<Source> & { bytes: Uint8Array }, init = {}): Decoded {
  return decode({ input: 'page.html', ...source }, resolveOptions({ ...options, ...init }));
}

function rules(out: Decoded): string[] {
  return out.messages.map((m) => m.rule);
}

/** A small news page in windows-1252; `meta` is inserted in its <head>. */
function page(meta = ''): string {
  return `<!DOCTYPE html><html><head>${meta}<title>Storm</title></head><body><p>PARIS (AFP) — “It’s over,” the mayor said… Damage: 3 M€.</p></body></html>`;
}

describe('decode() charset order', () => {
  it('decode() lets the BOM beat the HTTP header and says so', () => {
    const bytes = Buffer.from(`\ufeff${page()}`, 'utf8');
    const out = run({ bytes, contentType: 'text/html; charset=iso-8859-1' });
    assert.equal(out.charset, 'utf-8');
    assert.equal(out.charsetSource, 'bom');
    assert.equal(out.content, page());
    assert.ok(rules(out).includes('decode/bom-overrides-declaration'));
  });

  it('decode() lets the HTTP header beat <meta> and says so', () => {
    const bytes = iconv.encode(page('<meta charset="utf-8">'), 'windows-1252');
    const out = run({ bytes, contentType: 'text/html; charset=windows-1252' });
    assert.equal(out.charset, 'windows-1252');
    assert.equal(out.charsetSource, 'http-header');
    assert.equal(out.content, page('<meta charset="utf-8">'));
    assert.ok(rules(out).includes('decode/header-overrides-meta'));
  });

  it('decode() takes options.contentType as the caller’s declaration when the source has none', () => {
    const bytes = iconv.encode(page(), 'windows-1252');
    const out = run({ bytes }, { contentType: 'text/html; charset="Windows-1252"' });
    assert.equal(out.charset, 'windows-1252');
    assert.equal(out.charsetSource, 'caller');
  });

  it('decode() reads <meta charset> in the first 1024 bytes', () => {
    const html = page('<meta charset="iso-8859-1">');
    const out = run({ bytes: iconv.encode(html, 'windows-1252') });
    assert.equal(out.charset, 'windows-1252');
    assert.equal(out.charsetSource, 'meta');
    assert.equal(out.content, html);
  });

  it('decode() reads <meta http-equiv="Content-Type" content="…; charset=…">', () => {
    const html = page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">');
    const out = run({ bytes: iconv.encode(html, 'windows-1252') });
    assert.equal(out.charsetSource, 'meta');
    assert.equal(out.content, html);
  });

  it('decode() ignores a <meta> past the first 1024 bytes (the prescan window)', () => {
    const html = `<html><head><!-- ${'x'.repeat(1100)} --><meta charset="windows-1252"></head><p>“Hi”</p>`;
    const out = run({ bytes: iconv.encode(html, 'windows-1252') });
    assert.notEqual(out.charsetSource, 'meta');
  });

  it('decode() skips the <meta> prescan for text/plain', () => {
    const text = '<meta charset="shift_jis"> is how a page declares Shift_JIS.';
    const out = run({ bytes: Buffer.from(text), contentType: 'text/plain' });
    assert.equal(out.charsetSource, 'default');
    assert.equal(out.content, text);
  });
});

describe('decode() unknown and contradicting labels', () => {
  it('decode() warns about an unknown header charset and falls back to <meta>', () => {
    const html = page('<meta charset="windows-1252">');
    const out = run({ bytes: iconv.encode(html, 'windows-1252'), contentType: 'text/html; charset=x-foo' });
    assert.equal(out.charsetSource, 'meta');
    assert.equal(out.content, html);
    const warning = out.messages.find((m) => m.rule === 'decode/unknown-charset');
    assert.equal(warning?.severity, 'warning');
    assert.match(warning?.reason ?? '', /"x-foo"/);
  });

  it('decode() warns about an unknown <meta> charset and falls back to detection', () => {
    const html = page('<meta charset="x-foo">');
    const out = run({ bytes: iconv.encode(html, 'windows-1252') });
    assert.equal(out.charsetSource, 'detected');
    assert.equal(out.charset, 'windows-1252');
    assert.equal(out.content, html);
    assert.ok(rules(out).includes('decode/unknown-charset'));
  });

  it('decode() refuses the replacement encoding (iso-2022-kr) with a message instead of blanking the page', () => {
    const out = run({ bytes: Buffer.from(page()), contentType: 'text/html; charset=iso-2022-kr' });
    assert.ok(rules(out).includes('decode/unsupported-charset'));
    assert.equal(out.content, page());
  });

  it('decode() reads valid UTF-8 as UTF-8 when <meta> claims ISO-8859-1, with a warning', () => {
    const html = page('<meta charset="ISO-8859-1">');
    const out = run({ bytes: Buffer.from(html, 'utf8') });
    assert.equal(out.charset, 'utf-8');
    assert.equal(out.charsetSource, 'detected');
    assert.equal(out.content, html);
    assert.ok(rules(out).includes('decode/utf8-overrides-declaration'));
  });

  it('decode() keeps a declared UTF-8 over invalid bytes, as browsers do, with U+FFFD and a warning', () => {
    const bytes = iconv.encode(page('<meta charset="utf-8">'), 'windows-1252');
    const out = run({ bytes });
    assert.equal(out.charset, 'utf-8');
    assert.equal(out.charsetSource, 'meta');
    assert.match(out.content, /\uFFFD/);
    assert.ok(rules(out).includes('decode/invalid-utf8'));
  });

  it('decode() does not override an ASCII-only page declared as windows-1252', () => {
    const out = run({ bytes: Buffer.from('<meta charset="windows-1252"><p>Plain ASCII.</p>') });
    assert.equal(out.charset, 'windows-1252');
    assert.equal(out.charsetSource, 'meta');
  });
});

describe('decode() detection of undeclared pages', () => {
  it('decode() detects undeclared windows-1252 and keeps its special characters', () => {
    const html = page();
    const out = run({ bytes: iconv.encode(html, 'windows-1252') });
    assert.equal(out.charset, 'windows-1252');
    assert.equal(out.charsetSource, 'detected');
    assert.equal(out.content, html);
  });

  it('decode() prefers UTF-8 for undeclared bytes that are valid UTF-8', () => {
    const html = page();
    const out = run({ bytes: Buffer.from(html, 'utf8') });
    assert.equal(out.charset, 'utf-8');
    assert.equal(out.charsetSource, 'detected');
    assert.equal(out.content, html);
  });

  it('decode() still reads UTF-8 cut off in the middle of a character', () => {
    const bytes = Buffer.from('<p>Zürich — €', 'utf8');
    const out = run({ bytes: bytes.subarray(0, bytes.length - 1) });
    assert.equal(out.charset, 'utf-8');
    assert.equal(out.content, '<p>Zürich — \uFFFD');
  });

  it('decode() calls plain ASCII UTF-8 by default', () => {
    const out = run({ bytes: Buffer.from('<p>Plain ASCII.</p>') });
    assert.equal(out.charset, 'utf-8');
    assert.equal(out.charsetSource, 'default');
  });

  it('decode() detects undeclared Shift_JIS, EUC-KR and GB18030 news text', () => {
    const cases: [string, string, string][] = [
      ['shift_jis', 'shift_jis', '東京（共同）政府は新しい経済対策を発表した。首相は記者会見で説明した。'],
      ['euc-kr', 'euc-kr', '서울 연합뉴스 정부는 새로운 경제 대책을 발표했다. 총리는 기자회견에서 설명했다.'],
      ['gb18030', 'gb18030', '北京新华社电 政府发布了新的经济措施。总理在记者会上作了说明。'],
    ];
    for (const [encoding, charset, text] of cases) {
      const out = run({ bytes: iconv.encode(`<p>${text}</p>`, encoding) });
      assert.equal(out.charset, charset, encoding);
      assert.equal(out.content, `<p>${text}</p>`, encoding);
    }
  });

  it('decode() detects undeclared ISO-2022-JP (7-bit with ESC sequences)', () => {
    // 日本の新聞 in ISO-2022-JP, repeated: JIS X 0208 codes 467C 4B5C 244E 3F37 4A39.
    const sentence = [0x1b, 0x24, 0x42, 0x46, 0x7c, 0x4b, 0x5c, 0x24, 0x4e, 0x3f, 0x37, 0x4a, 0x39];
    const bytes = Uint8Array.from([...sentence, 0x1b, 0x28, 0x42, 0x0a, ...sentence, 0x1b, 0x28, 0x42]);
    const out = run({ bytes, input: 'wire' });
    assert.equal(out.charset, 'iso-2022-jp');
    assert.equal(out.content, '日本の新聞\n日本の新聞');
  });

  it('decode() detects BOM-less UTF-16LE by its NUL-every-other-byte shape', () => {
    const html = '<html><body><p>Hello — world</p></body></html>';
    const out = run({ bytes: iconv.encode(html, 'utf-16le') });
    assert.equal(out.charset, 'utf-16le');
    assert.equal(out.content, html);
  });
});
