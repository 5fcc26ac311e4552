import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadServeConfig, serveConfig } from '../../src/serve/http/config.ts';

const dir = mkdtempSync(join(tmpdir(), 'dateline-config-'));
function configFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('serve config', () => {
  it('defaults to closed: no token, private addresses refused, bounded sizes', () => {
    const config = serveConfig();
    assert.equal(config.token, undefined);
    assert.equal(config.allowPrivate, false);
    assert.equal(config.maxBodyBytes, 2 * 1024 * 1024);
    assert.equal(config.maxPageBytes, 5 * 1024 * 1024);
  });
  it('reads the file and lets DATELINE_TOKEN override its token', () => {
    const file = configFile(
      'a.json',
      JSON.stringify({ token: 'from-the-file-0123456789', maxIngestPages: 5 }),
    );
    assert.equal(loadServeConfig(file, {}).token, 'from-the-file-0123456789');
    const config = loadServeConfig(file, { DATELINE_TOKEN: 'from-the-environment-0123' });
    assert.equal(config.token, 'from-the-environment-0123');
    assert.equal(config.maxIngestPages, 5);
    assert.equal(loadServeConfig(undefined, { DATELINE_ALLOW_PRIVATE: '1' }).allowPrivate, true);
  });
  it('refuses unreadable files, unknown keys and short tokens with a readable error', () => {
    assert.throws(() => loadServeConfig(join(dir, 'missing.json'), {}), /Cannot read config/);
    assert.throws(
      () => loadServeConfig(configFile('b.json', '{"tokn": "x"}'), {}),
      /Cannot use config.*tokn/s,
    );
    assert.throws(
      () => loadServeConfig(undefined, { DATELINE_TOKEN: 'short' }),
      /Cannot use config environment.*token/s,
    );
  });
});
