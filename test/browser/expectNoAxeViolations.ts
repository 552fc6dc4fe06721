/** axe-core in the page: WCAG 2.1 A and AA, every rule, failing on any violation with where it is. */
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';

const AXE_PATH = join(dirname(require.resolve('axe-core')), 'axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe on the page as it is now and throws when it finds anything, naming the state, the rule and the elements.
 * @example await expectNoAxeViolations(page, 'dark theme, issues listed') // throws "color-contrast: #root li[data-status=…]"
 */
export async function expectNoAxeViolations(page: Page, state: string): Promise<void> {
  // A button still fading from its busy colours is no state a user reads: let finite transitions end first.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    TAGS,
  );
  if (results.violations.length === 0) return;
  const lines = results.violations.flatMap((v) => [
    `${v.id} (${v.impact ?? '?'}): ${v.help}`,
    ...v.nodes.slice(0, 4).map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1, 2).join('').trim() ?? ''}`),
  ]);
  throw new Error(`axe, ${state}: ${results.violations.length} violation(s)\n      ${lines.join('\n      ')}`);
}
