import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { spendBudget } from '../test/support/spend-budget.ts';
import { LimitError } from './errors.ts';
import type { Message } from './model.ts';
import { resolveOptions } from './options.ts';
import { orSkipped, processString } from './pipeline.ts';
import { BudgetError, withPageBudget } from './util/page-budget.ts';

const STORY =
  '<p>KYIV: Ukraine said on Monday that "talks will go on," according to officials in the capital.</p>\n';
const page = (paragraphs: number) =>
  `<html><head><title>Budget</title></head><body><article><h1>Budget test</h1>${STORY.repeat(paragraphs)}</article></body></html>`;

describe('processSource() within the page budget (options.timeoutMs)', () => {
  test('a page whose budget runs out while it is parsed throws a timeout LimitError naming it', () => {
    // 20 000 paragraphs (2 MB) cannot be parsed in 1 ms on any machine.
    assert.throws(
      () => processString(page(20_000), { url: 'https://news.example/big', timeoutMs: 1 }),
      (error: unknown) =>
        error instanceof LimitError &&
        error.code === 'timeout' &&
        error.message === 'Timed out after 1 ms extracting "https://news.example/big"',
    );
  });

  test('a page inside its budget comes out as without a budget', () => {
    const bounded = processString(page(3), { timeoutMs: 60_000 });
    const unbounded = processString(page(3), { timeoutMs: 0 });
    assert.deepEqual(bounded, unbounded);
    assert.equal(bounded.dateline?.city, 'Kyiv');
    assert.equal(bounded.quotes.length, 3);
  });
});

describe('processSource() on pages with very long lists', () => {
  test('a line of 300 000 quote marks (150 000 messages) comes out whole, without a stack overflow', () => {
    // Before appendAll (util/append.ts), push(...messages) passed 150 000 arguments and threw
    // "RangeError: Maximum call stack size exceeded" (found by bench:robust).
    const article = processString(`<p>${'&quot;'.repeat(300_000)}</p>`, { timeoutMs: 0 });
    assert.equal(article.text.length, 300_000);
    assert.ok(article.messages.length > 150_000);
  });
});

describe('orSkipped()', () => {
  const stage = (seen: boolean[]) => (o: { enrich: boolean }) => {
    seen.push(o.enrich);
    if (o.enrich) throw spendBudget().thrown;
    return { messages: [] as Message[] };
  };

  test('a stage that runs out of budget is run again disabled, with a warning', () => {
    const seen: boolean[] = [];
    const out = withPageBudget(5, 'p.html', () =>
      orSkipped('enrich', resolveOptions({ timeoutMs: 5 }), stage(seen)),
    );
    assert.deepEqual(seen, [true, false]);
    assert.deepEqual(
      out.messages.map((m) => [m.rule, m.severity, m.reason]),
      [['enrich/budget-spent', 'warning', "the page's time budget (5 ms) ran out: enrich was skipped"]],
    );
  });

  test('a stage whose budget is already spent is not started', () => {
    const seen: boolean[] = [];
    const out = withPageBudget(2, 'p.html', () => {
      assert.ok(spendBudget().thrown instanceof BudgetError);
      return orSkipped('enrich', resolveOptions({ timeoutMs: 2 }), stage(seen));
    });
    assert.deepEqual(seen, [false]);
    assert.equal(out.messages[0]?.rule, 'enrich/budget-spent');
  });

  test('errors other than the budget pass through; a disabled stage is no skip', () => {
    const broken = () => {
      throw new TypeError('bug');
    };
    assert.throws(
      () => withPageBudget(1000, 'p', () => orSkipped('structure', resolveOptions(), broken)),
      TypeError,
    );
    const off = orSkipped('enrich', resolveOptions({ enrich: false }), () => ({ messages: [] as Message[] }));
    assert.deepEqual(off.messages, []);
  });
});
