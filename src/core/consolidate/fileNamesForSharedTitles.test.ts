import { problemsWorkbook } from '../../../fixtures/problems';
import { buildReport } from '../buildReport';
import { fileNamesForSharedTitles } from './fileNamesForSharedTitles';
import { summarizeReport } from './summarizeReport';

const report = buildReport(problemsWorkbook(), { asOf: '2022-06-30', lang: 'fi' });
const unit = (file: string, title: string | null) => summarizeReport(report, file, title);

describe('fileNamesForSharedTitles', () => {
  it('names units by their files where their workbooks share the template’s title', () => {
    const named = fileNamesForSharedTitles([
      unit('Kotihoito_Pori.xlsx', 'Toimenpideohjelman seuranta'),
      unit('Kotihoito_Ulvila.xlsx', 'toimenpideohjelman  seuranta'),
      unit('kh3.xlsx', 'Perhekeskus, Harjavalta'),
      unit('Vammaispalvelut.xlsx', null),
    ]);
    expect(named.map((w) => w.unit)).toEqual(['Kotihoito Pori', 'Kotihoito Ulvila', 'Perhekeskus, Harjavalta', 'Vammaispalvelut']);
  });

  it('leaves units named by the same file name as they are', () => {
    const named = fileNamesForSharedTitles([unit('2023/Kotihoito.xlsx', null), unit('2024/Kotihoito.xlsx', null)]);
    expect(named.map((w) => w.unit)).toEqual(['Kotihoito', 'Kotihoito']);
  });
});
