import { renderToStaticMarkup } from 'react-dom/server';
import { getLocale, VERDICT_PALETTE } from '../../core';
import { renderIndicatorCounts, type IndicatorCountsStyles } from './renderIndicatorCounts';

const styles: IndicatorCountsStyles = { root: 'root', list: 'list', badge: 'badge', count: 'count' };

describe('renderIndicatorCounts', () => {
  it('shows a badge per verdict that occurs, in the summary sheet’s colours, with the number of indicators', () => {
    const html = renderToStaticMarkup(
      renderIndicatorCounts({ met: 8, not_met: 2, no_data: 0, qualitative: 5, unreadable: 1 }, getLocale('fi'), styles),
    );
    expect(html).toContain('Mittarit <span class="fui-Caption1');
    expect(html).toContain('(16)');
    expect([...html.matchAll(/data-verdict="(\w+)"/g)].map((m) => m[1])).toEqual(['met', 'not_met', 'qualitative', 'unreadable']);
    expect(html).toContain(`--chip-fill:${VERDICT_PALETTE.met.fill}`);
    expect(html).toMatch(/Ei saavutettu <span class="count">2<\/span>/);
  });

  it('speaks the pane’s language', () => {
    const html = renderToStaticMarkup(
      renderIndicatorCounts({ met: 1, not_met: 0, no_data: 0, qualitative: 0, unreadable: 0 }, getLocale('sv'), styles),
    );
    expect(html).toContain('aria-label="Mätare"');
    expect(html).toContain('Uppnått');
  });

  it('draws nothing for a workbook without indicators', () => {
    expect(renderIndicatorCounts({ met: 0, not_met: 0, no_data: 0, qualitative: 0, unreadable: 0 }, getLocale('fi'), styles)).toBeNull();
  });
});
