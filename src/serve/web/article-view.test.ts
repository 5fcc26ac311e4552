import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARTICLE, SEED_TEASERS } from '../../../test/fixtures/format/article.ts';
import { articleView } from './article-view.ts';

const STORED = { id: 1, contentHash: 'x', addedAt: '2024-09-08T00:00:00Z' };

describe('articleView() related teasers', () => {
  it('shows a caption teaser’s lead under its caption, with the ellipsis where it was cut', () => {
    const page = String(
      articleView({
        ...SEED_TEASERS,
        ...STORED,
        teasers: [
          {
            caption: 'A sculpture at the museum.',
            credit: 'AFP/File',
            lead: 'Italian sculptor',
            truncated: true,
          },
        ],
      }),
    );
    assert.match(
      page,
      /<li>A sculpture at the museum\. <small>AFP\/File<\/small><p>Italian sculptor…<\/p><\/li>/,
    );
  });

  it('puts the ellipsis after a caption the site cut off, and a lead-only teaser’s lead once', () => {
    const page = String(articleView({ ...SEED_TEASERS, ...STORED }));
    assert.match(page, /<li>Georgian police detain Nika Melia as demonstrators attempt to…<\/li>/);
    assert.match(
      page,
      /<li>Indian Defence Minister Rajnath Singh will travel… <small>NEW DELHI<\/small><\/li>/,
    );
  });

  it('keeps a titled teaser’s lead as its paragraph', () => {
    const page = String(articleView({ ...ARTICLE, ...STORED }));
    assert.match(
      page,
      /Grain deal talks stall<\/a> <small>AP · ODESA<\/small><p>Negotiators failed to agree on…<\/p>/,
    );
  });
});
