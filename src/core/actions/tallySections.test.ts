import type { ActionItem, CanonicalStatus } from '../schema/report';
import { tallySections } from './tallySections';

const item = (row: number, status: CanonicalStatus): ActionItem => ({
  row,
  action: `Toimenpide ${row}`,
  number: null,
  goal: null,
  metric: null,
  schedule: null,
  owner: null,
  statusText: '',
  status,
  statusReason: null,
  overdue: false,
  section: null,
  category: null,
  continuation: false,
  cells: {},
});

describe('tallySections', () => {
  it('counts each section’s own items, leaving out items before the first section', () => {
    const marks = [
      { title: 'Tavoite 1: Sotekeskusten kehittäminen', row: 5 },
      { title: 'Tavoite 2: Päivystyspotilaat', row: 11 },
    ];
    const items = [item(4, 'done'), item(6, 'not_done'), item(7, 'partial'), item(12, 'done')];
    const sections = tallySections(marks, items, [-1, 0, 0, 1]);
    expect(sections.map((s) => [s.title, s.row, s.total])).toEqual([
      ['Tavoite 1: Sotekeskusten kehittäminen', 5, 2],
      ['Tavoite 2: Päivystyspotilaat', 11, 1],
    ]);
    expect(sections[0]!.byStatus).toMatchObject({ not_done: 1, partial: 1, done: 0 });
  });
  it('keeps a section with no actions listed with zero', () => {
    expect(tallySections([{ title: 'Muut toteutukset', row: 9 }], [], [])[0]?.total).toBe(0);
  });
});
