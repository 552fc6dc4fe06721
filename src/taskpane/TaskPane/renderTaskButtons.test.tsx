import { renderToStaticMarkup } from 'react-dom/server';
import { getLocale } from '../../core';
import { renderTaskButtons } from './renderTaskButtons';
import type { TaskPaneView } from './useTaskPane';
import type { TaskPaneStyles } from './useTaskPaneStyles';

const styles = new Proxy({}, { get: (_, key) => String(key) }) as TaskPaneStyles;
const view = { strings: getLocale('fi').ui, run: () => undefined, taskButtonRef: () => () => undefined } as unknown as TaskPaneView;
const buttons = (busy: boolean) =>
  [...renderToStaticMarkup(renderTaskButtons(view, styles, busy)).matchAll(/<button[^>]*>.*?<\/button>/g)].map((m) => m[0]);

describe('renderTaskButtons', () => {
  it('offers the summary first, then the check, the budget comparison and the colouring', () => {
    const html = buttons(false);
    expect(html.map((b) => /data-task="(\w+)"/.exec(b)?.[1])).toEqual(['summary', 'validate', 'budget', 'colours']);
    expect(html[0]).toContain('Luo yhteenveto');
    expect(html[1]).toContain('Tarkista');
  });

  it('turns every button off while a task runs, yet keeps it focusable so the pressed one keeps the focus', () => {
    expect(buttons(false).some((b) => b.includes('disabled'))).toBe(false);
    const busy = buttons(true);
    expect(busy.every((b) => b.includes('aria-disabled="true"'))).toBe(true);
    // A `disabled` button cannot hold focus: the browser drops it to the page.
    expect(busy.some((b) => / disabled(="")?[ >]/.test(b))).toBe(false);
  });
});
