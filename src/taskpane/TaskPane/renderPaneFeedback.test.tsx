import { renderToStaticMarkup } from 'react-dom/server';
import { getLocale } from '../../core';
import { renderPaneFeedback } from './renderPaneFeedback';
import type { TaskPaneView } from './useTaskPane';
import type { TaskPaneStyles } from './useTaskPaneStyles';

const styles = new Proxy({}, { get: (_, key) => String(key) }) as TaskPaneStyles;
const view = (over: Partial<TaskPaneView>): TaskPaneView =>
  ({ strings: getLocale('fi').ui, progressText: null, notice: null, dismiss: () => undefined, ...over }) as TaskPaneView;

describe('renderPaneFeedback', () => {
  it('says nothing in its live region until a task runs', () => {
    const html = renderToStaticMarkup(renderPaneFeedback(view({}), styles));
    expect(html).toBe('<div class="feedback" role="status" aria-live="polite"></div>');
  });

  it('shows the progress of a running task', () => {
    const html = renderToStaticMarkup(renderPaneFeedback(view({ progressText: 'Tarkistetaan työkirjaa…' }), styles));
    expect(html).toContain('Tarkistetaan työkirjaa…');
    expect(html).toContain('role="progressbar"');
  });

  it('puts the hint on a line of its own under the outcome, with a close button in the pane’s language', () => {
    const notice = { intent: 'warning' as const, text: 'Välilehdeltä ei löytynyt taulukkoa.', hint: 'Otsikot: Toimenpide, Tila' };
    const html = renderToStaticMarkup(renderPaneFeedback(view({ notice, strings: getLocale('sv').ui }), styles));
    expect(html).toMatch(/Välilehdeltä ei löytynyt taulukkoa\.<br\/><span[^>]*>Otsikot: Toimenpide, Tila<\/span>/);
    expect(html).toContain('aria-label="Stäng"');
  });
});
