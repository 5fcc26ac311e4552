import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARTICLE, BARE_ARTICLE } from '../../test/fixtures/format/article.ts';
import { formatExplain } from './explain.ts';

describe('formatExplain()', () => {
  const report = formatExplain(ARTICLE);

  it('lists each metadata field with the source that won and the metadata messages', () => {
    assert.match(report, /^ {2}title: Ukraine says talks to resume in Geneva {2}\[from json-ld\]$/m);
    assert.match(report, /^ {2}modified: 2024-09-09T10:00:00\+03:00$/m);
    assert.match(report, /^ {2}\[info\] extract\/metadata-title: title from JSON-LD headline$/m);
  });

  it('lists removals with rule, reason, node, size and excerpt', () => {
    assert.match(
      report,
      /Removed: 1 part, 19 chars\n {2}- extract\/remove-nav \(navigation list\) nav\.menu, 19 chars: "Home World Business"/,
    );
  });

  it('lists kept blocks with their type and span', () => {
    assert.match(report, /Kept: 12 blocks, 573 chars \(strategy main-content, charset utf-8\)/);
    assert.match(report, /^ {2}3\. heading @260-275: "What comes next"$/m);
    assert.match(report, /^ {2}4\. figure: "Delegates arrive in Geneva on Sunday\."$/m);
  });

  it('reports structure and enrich decisions with their stage messages', () => {
    assert.match(report, /dateline: KYIV, Ukraine, Sept 9 \(Reuters\) \(raw "KYIV, Sept 9 \(Reuters\) -"\)/);
    assert.match(
      report,
      /credits: Reuters \[copy\]; Reuters\/File \[photo\]; Anna Editor \[trailer, editing\]/,
    );
    assert.match(report, /\[info\] structure\/dateline: dateline "KYIV \(Reuters\) -" found \(@0-16\)/);
    assert.match(report, /quotes: 2 \(1 direct\), attributions: 1/);
    assert.match(report, /"on Sunday" → \? \(weekday-no-anchor\)/);
    assert.match(report, /\[info\] enrich\/quote-direct: direct quote with cue "told"/);
  });

  it('says "(none)" for what a bare article lacks', () => {
    const bare = formatExplain(BARE_ARTICLE);
    assert.match(bare, /title: \(none\)/);
    assert.match(bare, /Removed: nothing/);
    assert.match(bare, /dateline: \(none\)/);
    assert.match(bare, /entities: \(none\)/);
  });
});
