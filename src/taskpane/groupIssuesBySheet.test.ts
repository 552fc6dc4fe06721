import fc from 'fast-check';
import { getLocale } from '../core/locales/getLocale';
import { formatMessage } from '../core/i18n/formatMessage';
import type { Issue } from '../core/schema/report';
import { groupIssuesBySheet } from './groupIssuesBySheet';

const fi = getLocale('fi');

describe('groupIssuesBySheet', () => {
  it("groups a realisation report's issues by sheet, in the order the sheets first appear", () => {
    const issues: Issue[] = [
      {
        severity: 'error',
        code: 'cell.error',
        sheet: 'Hyvinvointi',
        cell: 'F9',
        message: formatMessage(fi.messages['cell.error'], { value: '#REF!' }),
      },
      {
        severity: 'warning',
        code: 'status.unknown',
        sheet: 'Kotihoito',
        cell: 'E7',
        message: formatMessage(fi.messages['status.unknown'], { value: ' Ei /korona?' }),
      },
      {
        severity: 'info',
        code: 'schedule.unreadable',
        sheet: 'Hyvinvointi',
        cell: 'C12',
        message: formatMessage(fi.messages['schedule.unreadable'], { value: 'Syksy 2O20' }),
      },
      { severity: 'warning', code: 'owner.missing', sheet: 'Hyvinvointi', cell: 'D13', message: fi.messages['owner.missing'] },
    ];
    const groups = groupIssuesBySheet(issues);
    expect(groups.map((g) => g.sheet)).toEqual(['Hyvinvointi', 'Kotihoito']);
    expect(groups[0]?.issues.map((i) => i.cell)).toEqual(['F9', 'C12', 'D13']);
    expect(groups[0]).toMatchObject({ errors: 1, warnings: 1 });
    expect(groups[1]).toMatchObject({ errors: 0, warnings: 1 });
  });

  it('loses no issue and mixes no sheets, whatever the input', () => {
    const issue = fc.record({
      severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const),
      code: fc.constant('status.unknown'),
      sheet: fc.constantFrom('Kotihoito', 'Åtgärder', 'Talous 2024', 'Yhteenveto'),
      cell: fc.tuple(fc.constantFrom('A', 'E', 'AB'), fc.integer({ min: 1, max: 5000 })).map(([c, r]) => `${c}${r}`),
      message: fc.string(),
    });
    fc.assert(
      fc.property(fc.array(issue, { maxLength: 40 }), (list) => {
        const groups = groupIssuesBySheet(list);
        expect(groups.flatMap((g) => g.issues)).toHaveLength(list.length);
        expect(new Set(groups.map((g) => g.sheet)).size).toBe(groups.length);
        for (const g of groups) {
          expect(g.issues.every((i) => i.sheet === g.sheet)).toBe(true);
          // Within a sheet the report's order is kept.
          expect(g.issues).toEqual(list.filter((i) => i.sheet === g.sheet));
        }
      }),
    );
  });
});
