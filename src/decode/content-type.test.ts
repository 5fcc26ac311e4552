import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseContentType } from './content-type.ts';

describe('parseContentType()', () => {
  it('parseContentType() lower-cases the essence and keeps the charset as written', () => {
    assert.deepEqual(parseContentType('Text/HTML; Charset=ISO-8859-1'), {
      essence: 'text/html',
      charset: 'ISO-8859-1',
    });
  });

  it('parseContentType() unquotes a quoted charset and skips other parameters', () => {
    assert.deepEqual(parseContentType('text/html; boundary="a;b"; charset="utf-8"'), {
      essence: 'text/html',
      charset: 'utf-8',
    });
  });

  it('parseContentType() keeps the first charset parameter (MIME Sniffing §4.4)', () => {
    assert.equal(parseContentType('text/html; charset=utf-8; charset=latin1').charset, 'utf-8');
  });

  it('parseContentType() gives nothing for a missing or malformed value', () => {
    assert.deepEqual(parseContentType(undefined), {});
    assert.deepEqual(parseContentType('html'), {});
    assert.deepEqual(parseContentType('; charset='), {});
  });
});
