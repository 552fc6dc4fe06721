import { renderToStaticMarkup } from 'react-dom/server';
import { formatMessage, getLocale, type Issue } from '../../core';
import { IssueList } from './IssueList';

const fi = getLocale('fi');
const issues: Issue[] = [
  {
    severity: 'error',
    code: 'cell.error',
    sheet: 'Työhyvinvointi',
    cell: 'J2',
    message: formatMessage(fi.messages['cell.error'], { value: '#N/A' }),
  },
  { severity: 'warning', code: 'status.unknown', sheet: 'Työhyvinvointi', cell: 'G8', message: "Tuntematon tila 'Odottaa päätöstä'." },
  { severity: 'warning', code: 'owner.missing', sheet: 'Työhyvinvointi', cell: 'D9', message: fi.messages['owner.missing'] },
  {
    severity: 'info',
    code: 'schedule.unreadable',
    sheet: 'Talousarvio',
    cell: 'C12',
    message: "Aikataulua 'heti kun ehditään' ei voi lukea.",
  },
];
const html = renderToStaticMarkup(<IssueList issues={issues} strings={fi.ui} onSelect={() => undefined} />);

describe('IssueList', () => {
  it('heads each sheet with a heading a screen reader can jump between', () => {
    expect([...html.matchAll(/<h2[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1])).toEqual(['Työhyvinvointi', 'Talousarvio']);
  });

  it('says what its error and warning counts count, not only in colour', () => {
    expect(html).toContain('Virheitä: 1');
    expect(html).toContain('Varoituksia: 2');
  });

  it("gives each issue's severity in words before its cell and message", () => {
    const first = /<button[^>]*data-cell="J2"[^>]*>(.*?)<\/button>/.exec(html)?.[1] ?? '';
    const words = first
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    expect(words.startsWith(`${fi.ui.severity.error} J2 `)).toBe(true);
  });
});
