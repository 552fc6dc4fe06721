import { renderToStaticMarkup } from 'react-dom/server';
import { CANONICAL_STATUSES, getLocale, type Changes } from '../../core';
import { StatusDeltas } from './StatusDeltas';

const changes = (delta: Partial<Changes['byStatusDelta']>): Changes => ({
  since: '2024-03-31',
  items: [],
  newlyOverdue: [],
  added: [],
  dropped: [],
  indicators: [],
  byStatusDelta: { ...(Object.fromEntries(CANONICAL_STATUSES.map((s) => [s, 0])) as Changes['byStatusDelta']), ...delta },
});

describe('StatusDeltas', () => {
  it('says since when and how each moved count changed, in the pane’s language', () => {
    const html = renderToStaticMarkup(<StatusDeltas changes={changes({ done: 2, in_progress: -1 })} locale={getLocale('fi')} />);
    expect(html).toContain('aria-label="Muutos 31.3.2024 jälkeen"');
    expect(html).toContain('Toteutunut +2');
    expect(html).toContain('Käynnissä −1');
    expect(html).not.toContain('Osittain');
    const sv = renderToStaticMarkup(<StatusDeltas changes={changes({ done: 1 })} locale={getLocale('sv')} />);
    expect(sv).toContain('Ändring sedan 31.3.2024');
  });

  it('shows nothing without an earlier summary or when nothing moved', () => {
    expect(renderToStaticMarkup(<StatusDeltas changes={null} locale={getLocale('fi')} />)).toBe('');
    expect(renderToStaticMarkup(<StatusDeltas changes={changes({})} locale={getLocale('fi')} />)).toBe('');
  });
});
