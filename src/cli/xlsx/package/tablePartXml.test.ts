import { DOMParser } from '@xmldom/xmldom';
import { tablePartXml } from './tablePartXml';

const plan = {
  values: [
    ['Myöhässä olevat toimenpiteet', null, null],
    ['Toimenpide', 'Välilehti', 'Tila & vaihe'],
    ['Kotihoidon yöpartio', 'Hyte', 'Käynnissä'],
  ],
};

describe('tablePartXml', () => {
  const doc = new DOMParser().parseFromString(tablePartXml({ name: 'Myöhässä', range: 'A2:C3' }, plan, 7, 'Myöhässä_2'), 'text/xml');
  const table = doc.documentElement!;

  it('names the table as the workbook lets it, over the plan’s range, with filter buttons', () => {
    expect([table.getAttribute('id'), table.getAttribute('name'), table.getAttribute('displayName')]).toEqual([
      '7',
      'Myöhässä_2',
      'Myöhässä_2',
    ]);
    expect(table.getAttribute('ref')).toBe('A2:C3');
    expect(doc.getElementsByTagName('autoFilter')[0]?.getAttribute('ref')).toBe('A2:C3');
  });

  it('names each column exactly as its header cell reads, so Excel has nothing to repair', () => {
    const names = Array.from(doc.getElementsByTagName('tableColumn')).map((c) => c.getAttribute('name'));
    expect(names).toEqual(['Toimenpide', 'Välilehti', 'Tila & vaihe']);
  });

  it('bands the rows', () => {
    expect(doc.getElementsByTagName('tableStyleInfo')[0]?.getAttribute('showRowStripes')).toBe('1');
  });
});
