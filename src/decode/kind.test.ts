import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DecodeError, LimitError } from '../errors.ts';
import type { Decoded, Source } from '../model.ts';
import { type OptionsInit, resolveOptions } from '../options.ts';
import { decode } from './index.ts';

function run(source: Partial<Source> & { bytes: Uint8Array }, init: OptionsInit = {}): Decoded {
  return decode({ input: 'input', ...source }, resolveOptions(init));
}

const HTML = Buffer.from('<!doctype html><html><body><p>Story.</p></body></html>');
const TEXT = Buffer.from('KYIV, Ukraine (AP) — A story told in plain text.\n\nSecond paragraph.');

/** A deterministic byte soup: every byte value, as in compressed or image data. */
function binaryJunk(length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 7919 + 13) % 256);
}

describe('decode() kind', () => {
  it('decode() lets source.kind win over the content type', () => {
    assert.equal(run({ bytes: HTML, kind: 'text', contentType: 'text/html' }).kind, 'text');
  });

  it('decode() lets options.from win over the content type', () => {
    assert.equal(run({ bytes: TEXT, contentType: 'text/plain' }, { from: 'html' }).kind, 'html');
  });

  it('decode() reads text/html and application/xhtml+xml as html, text/plain as text', () => {
    assert.equal(run({ bytes: TEXT, contentType: 'text/html; charset=utf-8' }).kind, 'html');
    assert.equal(run({ bytes: HTML, contentType: 'application/xhtml+xml' }).kind, 'html');
    assert.equal(run({ bytes: HTML, contentType: 'text/plain' }).kind, 'text');
  });

  it('decode() sniffs markup in the first KiB as html', () => {
    const out = run({ bytes: Buffer.from('\n\n  <div class="story"><p>Text</p></div>') });
    assert.equal(out.kind, 'html');
    assert.match(out.messages.find((m) => m.rule === 'decode/kind')?.reason ?? '', /markup/);
  });

  it('decode() sniffs text without markup as text, and "a < b" is not markup', () => {
    assert.equal(run({ bytes: Buffer.from('Prices rose 3% as a < b and c > d.') }).kind, 'text');
  });

  it('decode() reads a .txt input path as text even when it quotes a tag', () => {
    const bytes = Buffer.from('The page used <p> tags everywhere.');
    assert.equal(run({ bytes, input: '/data/story.txt' }).kind, 'text');
  });

  it('decode() reads a .html.gz input or a .html URL as html', () => {
    assert.equal(run({ bytes: TEXT, input: 'pages/abc.html.gz' }).kind, 'html');
    assert.equal(run({ bytes: TEXT, input: 'https://news.test/a/story.html?page=2#top' }).kind, 'html');
  });

  it('decode() sniffs application/octet-stream that holds text', () => {
    assert.equal(run({ bytes: HTML, contentType: 'application/octet-stream' }).kind, 'html');
  });
});

describe('decode() refusals and empty input', () => {
  it('decode() throws DecodeError for a PDF content type, naming the input and the type', () => {
    assert.throws(
      () => run({ bytes: Buffer.from('%PDF-1.7\n'), input: 'page.pdf', contentType: 'application/pdf' }),
      (error: unknown) =>
        error instanceof DecodeError &&
        error.message === 'Cannot decode "page.pdf": content type "application/pdf" is not HTML or text',
    );
  });

  it('decode() lets a forced kind read a page a server mislabelled as application/json', () => {
    const out = run({ bytes: HTML, contentType: 'application/json' }, { from: 'html' });
    assert.equal(out.kind, 'html');
    assert.equal(out.content, HTML.toString());
  });

  it('decode() throws DecodeError for image/* even when the bytes look like text', () => {
    assert.throws(() => run({ bytes: TEXT, contentType: 'image/svg+xml' }), DecodeError);
  });

  it('decode() throws DecodeError for application/octet-stream holding binary bytes', () => {
    assert.throws(
      () => run({ bytes: binaryJunk(4096), input: 'blob', contentType: 'application/octet-stream' }),
      /Cannot decode "blob": content type "application\/octet-stream" is not HTML or text/,
    );
  });

  it('decode() throws DecodeError for binary junk without a content type', () => {
    assert.throws(
      () => run({ bytes: binaryJunk(4096), input: 'x' }),
      (error: unknown) =>
        error instanceof DecodeError &&
        error.message === 'Cannot decode "x": looks like binary data, not text',
    );
  });

  it('decode() tolerates a few stray control bytes in a real page', () => {
    const bytes = Buffer.from(
      `<p>Text\u0000 with a stray NUL and a \u001a from a CMS.</p>${' '.repeat(200)}`,
    );
    assert.equal(run({ bytes }).kind, 'html');
  });

  it('decode() throws LimitError past options.maxBytes', () => {
    assert.throws(() => run({ bytes: HTML }, { maxBytes: 10 }), LimitError);
  });

  it('decode() returns an empty document with a decode/empty-input warning for empty input', () => {
    const out = run({ bytes: new Uint8Array(0), contentType: 'text/html' });
    assert.equal(out.content, '');
    assert.equal(out.kind, 'html');
    assert.deepEqual(
      out.messages.map((m) => [m.rule, m.severity]),
      [['decode/empty-input', 'warning']],
    );
  });
});

describe('decode() output contract', () => {
  it('decode() copies input and url, preferring source.url over options.url', () => {
    const out = run({ bytes: HTML, input: 'a.html', url: 'https://a.test/x' }, { url: 'https://b.test/' });
    assert.equal(out.input, 'a.html');
    assert.equal(out.url, 'https://a.test/x');
    assert.equal(run({ bytes: HTML }, { url: 'https://b.test/' }).url, 'https://b.test/');
    assert.equal('url' in run({ bytes: HTML }), false);
  });

  it('decode() leaves the source untouched', () => {
    const bytes = Uint8Array.from(Buffer.from('\ufeff<p>x</p>'));
    const source: Source = { input: 'a', bytes, contentType: 'text/html' };
    const before = structuredClone(source);
    decode(source, resolveOptions());
    assert.deepEqual(source, before);
  });

  it('decode() messages all belong to the decode stage', () => {
    const out = run({ bytes: HTML, contentType: 'text/html; charset=x-foo' });
    assert.ok(out.messages.length >= 2);
    for (const m of out.messages) {
      assert.equal(m.stage, 'decode');
      assert.match(m.rule, /^decode\/[a-z0-9-]+$/);
    }
  });
});
