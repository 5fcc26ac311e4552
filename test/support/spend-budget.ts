import { checkPageBudget } from '../../src/util/page-budget.ts';

/**
 * Spends the current page budget (src/util/page-budget.ts) the way a long loop does: calls
 * checkPageBudget() until it throws, and returns what it threw. Gives up after `giveUpMs` of
 * wall time (returning `thrown: undefined`), so a budget that never fires fails a test
 * instead of hanging it.
 */
export function spendBudget(giveUpMs = 5000): { thrown: unknown } {
  const stop = performance.now() + giveUpMs;
  while (performance.now() < stop) {
    try {
      checkPageBudget();
    } catch (thrown) {
      return { thrown };
    }
  }
  return { thrown: undefined };
}
