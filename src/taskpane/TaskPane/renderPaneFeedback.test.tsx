import { renderToStaticMarkup } from 'react-dom/server';
import { getLocale } from '../../core';
import { renderPaneFeedback } from './renderPaneFeedback';
import type { TaskPaneView } from './useTaskPane';
import type { TaskPaneStyles } from './useTaskPaneStyles';

const styles = new Proxy({}, { get: (_, key) => String(key) }) as TaskPaneStyles;
const view = (over: Partial<TaskPaneView>): TaskPaneView =>
  ({
    strings: getLocale('fi').ui,
    progressText: null,
    notice: null,
    announcement: '',
    ids: { progress: 'p1', notice: 'n1' },
    dismiss: () => undefined,
    ...over,
  }) as TaskPaneView;

describe('renderPaneFeedback', () => {
  it('says nothing in its live region until a task runs', () => {
    const html = renderToStaticMarkup(renderPaneFeedback(view({}), styles));
    expect(html).toBe('<div class="feedback" role="status" aria-live="polite"></div>');
  });

  it('shows the progress of a running task, the bar named by its text', () => {
    const html = renderToStaticMarkup(renderPaneFeedback(view({ progressText: 'Tarkistetaan työkirjaa…' }), styles));
    expect(html).toMatch(/role="progressbar"[^>]*aria-labelledby="p1"|aria-labelledby="p1"[^>]*role="progressbar"/);
    expect(html).toMatch(/id="p1"[^>]*>Tarkistetaan työkirjaa…</);
  });

  it('names the notice by its own text, so a screen reader reads what happened', () => {
    const notice = { intent: 'success' as const, text: "Yhteenveto luotu välilehdelle 'Yhteenveto': 105 toimenpidettä.", hint: null };
    const html = renderToStaticMarkup(renderPaneFeedback(view({ notice }), styles));
    const labelledBy = /data-testid="notice"[^>]*aria-labelledby="([^"]+)"|aria-labelledby="([^"]+)"[^>]*data-testid="notice"/.exec(html);
    const id = labelledBy?.[1] ?? labelledBy?.[2];
    expect(id).toBe('n1');
    expect(html).toMatch(/id="n1"[^>]*>Yhteenveto luotu/);
  });

  it("tells a screen reader that an issue's cell was selected, in the live region", () => {
    const html = renderToStaticMarkup(renderPaneFeedback(view({ announcement: 'Valittu solu E12 välilehdellä Kotihoito.' }), styles));
    expect(html).toMatch(/role="status"[^>]*>.*Valittu solu E12 välilehdellä Kotihoito\..*<\/div>$/);
  });

  it('puts the hint on a line of its own under the outcome, with a close button in the pane’s language', () => {
    const notice = { intent: 'warning' as const, text: 'Välilehdeltä ei löytynyt taulukkoa.', hint: 'Otsikot: Toimenpide, Tila' };
    const html = renderToStaticMarkup(renderPaneFeedback(view({ notice, strings: getLocale('sv').ui }), styles));
    expect(html).toMatch(/Välilehdeltä ei löytynyt taulukkoa\.<br\/><span[^>]*>Otsikot: Toimenpide, Tila<\/span>/);
    expect(html).toContain('aria-label="Stäng"');
  });
});
