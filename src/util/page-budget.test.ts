import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { spendBudget } from '../../test/support/spend-budget.ts';
import { LimitError } from '../errors.ts';
import { BudgetError, outsideBudget, pageBudgetSpent, withPageBudget } from './page-budget.ts';

describe('page budget', () => {
  test('checkPageBudget() throws a timeout LimitError naming the page once its budget is spent', () => {
    const { thrown } = withPageBudget(5, 'slow.html', () => spendBudget());
    assert.ok(thrown instanceof BudgetError);
    assert.ok(thrown instanceof LimitError);
    assert.equal(thrown.code, 'timeout');
    assert.equal(thrown.budgetMs, 5);
    assert.equal(thrown.message, 'Timed out after 5 ms extracting "slow.html"');
  });

  test('no budget (0), or no page at all, never throws', () => {
    assert.equal(withPageBudget(0, 'x', () => spendBudget(30)).thrown, undefined);
    assert.equal(spendBudget(30).thrown, undefined);
    assert.equal(pageBudgetSpent(), false);
  });

  test('pageBudgetSpent() turns true when the budget runs out, and the budget ends with its work', () => {
    withPageBudget(3, 'x', () => {
      const stop = performance.now() + 5000;
      while (!pageBudgetSpent() && performance.now() < stop);
      assert.equal(pageBudgetSpent(), true);
    });
    assert.equal(pageBudgetSpent(), false);
  });

  test('a nested budget applies inside its work only; the outer one is restored, even after a throw', () => {
    withPageBudget(300, 'outer', () => {
      let inner: unknown;
      assert.throws(
        () =>
          withPageBudget(2, 'inner', () => {
            inner = spendBudget().thrown;
            throw inner;
          }),
        BudgetError,
      );
      assert.equal((inner as BudgetError).message, 'Timed out after 2 ms extracting "inner"');
      assert.equal(
        (spendBudget().thrown as BudgetError).message,
        'Timed out after 300 ms extracting "outer"',
      );
    });
  });

  test('one-time loading inside outsideBudget() is not charged to the page', () => {
    withPageBudget(500, 'first.html', () => {
      // A "load" longer than the whole budget: afterwards the page still has (nearly) all of it.
      const loaded = outsideBudget(() => {
        const stop = performance.now() + 600;
        while (performance.now() < stop);
        return 'table';
      });
      assert.equal(loaded, 'table');
      assert.equal(pageBudgetSpent(), false);
    });
    assert.equal(
      outsideBudget(() => 'no page'),
      'no page',
    );
  });
});
