import type { CoreContext } from '../context';
import { getLocale } from '../locales/getLocale';
import type { Lang } from '../schema/report';
import { planPageSetupSchema } from '../schema/sheetPlan';
import { planPageSetup } from './planPageSetup';

const ctxOf = (lang: Lang): CoreContext => ({ asOf: '2022-06-30', lang, locale: getLocale(lang) });

describe('planPageSetup', () => {
  it('turns a sheet wider than an upright A4 page landscape, and keeps a narrow one upright', () => {
    const wide = planPageSetup({ title: 'Seurannan yhteenveto', columnWidths: [56, 24, 14, 14, 14], titleRows: 3 }, ctxOf('fi'));
    const narrow = planPageSetup({ title: 'Historia', columnWidths: [14, 12, 12, 12], titleRows: 2 }, ctxOf('fi'));
    expect([wide.orientation, narrow.orientation]).toEqual(['landscape', 'portrait']);
    expect(planPageSetupSchema.parse(wide)).toEqual(wide);
  });

  it('prints the title and the as-of date in the language’s own way, and the page of pages', () => {
    const sheet = { title: 'Sammanfattning', columnWidths: [56], titleRows: 3 };
    expect(planPageSetup(sheet, ctxOf('sv'))).toMatchObject({
      header: { left: 'Sammanfattning', right: 'Läge 30.6.2022' },
      footer: { center: 'Sida &P / &N' },
      titleRows: 3,
      fitToWidth: 1,
    });
    expect(planPageSetup(sheet, ctxOf('en'))).toMatchObject({ header: { right: 'As of 2022-06-30' }, footer: { center: 'Page &P of &N' } });
  });

  it('writes an ampersand of a title twice, so the header shows it instead of reading a code', () => {
    expect(planPageSetup({ title: 'Sote & pelastus', columnWidths: [10], titleRows: 1 }, ctxOf('fi')).header.left).toBe('Sote && pelastus');
  });
});
