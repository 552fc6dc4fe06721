/** Keyboard-only driving of the pane: Tab until something has the focus, and say what has it. */
import type { Page } from 'playwright-core';

/**
 * What holds the focus, as a short description a failure message can show: `button[data-task=summary]`, `select`, ….
 * @example await focusedElement(page) //=> 'button[data-task=validate] "Tarkista"'
 */
export async function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (el === null || el === document.body) return 'body';
    const attrs = ['data-task', 'data-testid', 'data-cell', 'role']
      .map((a) => (el.hasAttribute(a) ? `[${a}=${el.getAttribute(a)}]` : ''))
      .join('');
    return `${el.tagName.toLowerCase()}${attrs} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches the selector, as a keyboard user gets there.
 * @example await tabTo(page, 'button[data-task="validate"]')
 */
export async function tabTo(page: Page, selector: string, backwards = false, maxPresses = 60): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${maxPresses} Tab presses never reached ${selector} (focus: ${await focusedElement(page)})`);
}

/**
 * Throws unless the focus is on an element matching the selector.
 * @example await expectFocusOn(page, 'button[data-task="summary"]', 'after the summary')
 */
export async function expectFocusOn(page: Page, selector: string, when: string): Promise<void> {
  if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  throw new Error(`${when}: focus should be on ${selector}, is on ${await focusedElement(page)}`);
}
