import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resolveOptions } from '../options.ts';
import { decode } from './index.ts';
import { repairMojibake } from './mojibake.ts';

/** UTF-8 bytes of `text` read back as Latin-1: the damage a CMS does. */
const asLatin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

describe('repairMojibake', () => {
  it('repairs UTF-8 once read as windows-1252 ("â€™" for "’")', () => {
    const out = repairMojibake('It\u00e2\u20ac\u2122s here \u00e2\u20ac\u201d caf\u00c3\u00a9');
    assert.equal(out.text, 'It’s here — café');
    assert.equal(out.repaired, 3);
  });

  it('repairs "Â£" and "Â " (a pound sign and a no-break space misread)', () => {
    assert.equal(repairMojibake('Â£5Â off').text, '£5 off');
  });

  it('repairs UTF-8 once read as Latin-1 (C1 controls in the text, WCXB 4912)', () => {
    const broken = asLatin1('pet insurance doesn’t have to be a wallet-buster. €5, naïve, Ελλάδα, 日本');
    const out = repairMojibake(broken);
    assert.equal(out.text, 'pet insurance doesn’t have to be a wallet-buster. €5, naïve, Ελλάδα, 日本');
  });

  it('repairs text broken twice', () => {
    assert.equal(repairMojibake(asLatin1(asLatin1('“quoted”'))).text, '“quoted”');
  });

  it('leaves genuine Latin-1 text alone', () => {
    for (const text of ['« CAFÉ»', 'voilà… très', 'São Paulo — ¿Qué?', 'Ã']) {
      assert.deepEqual(repairMojibake(text), { text, repaired: 0 });
    }
  });

  it('leaves a truncated sequence alone', () => {
    assert.equal(repairMojibake('end \u00e2\u20ac').text, 'end \u00e2\u20ac');
  });
});

describe('decode repairs mojibake in the page text', () => {
  it('records decode/mojibake-repaired with the count', () => {
    const html = `<p>${asLatin1('It’s “fine”')}</p>`;
    const out = decode({ input: 'a.html', bytes: Buffer.from(html, 'utf8') }, resolveOptions());
    assert.equal(out.content, '<p>It’s “fine”</p>');
    const note = out.messages.find((m) => m.rule === 'decode/mojibake-repaired');
    assert.ok(note?.reason.startsWith('3 sequence(s)'));
  });
});
