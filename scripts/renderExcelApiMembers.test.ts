import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderExcelApiMembers } from './renderExcelApiMembers';

const root = path.resolve(__dirname, '..');
const typings = path.join(root, 'node_modules', '@types', 'office-js');

describe('renderExcelApiMembers', () => {
  it('matches the committed requirement-set map of the fake Excel (run `npx tsx scripts/generateExcelApiMembers.ts` when it does not)', () => {
    const version = (JSON.parse(readFileSync(path.join(typings, 'package.json'), 'utf8')) as { version: string }).version;
    const expected = renderExcelApiMembers(readFileSync(path.join(typings, 'index.d.ts'), 'utf8'), version);
    const committed = readFileSync(path.join(root, 'test', 'fake-excel', 'excelApiMembers.generated.ts'), 'utf8');
    expect(committed).toBe(expected);
  });

  it('knows strikethrough as ExcelApi 1.9 on a range font and 1.6 on a conditional format font', () => {
    const text = renderExcelApiMembers(readFileSync(path.join(typings, 'index.d.ts'), 'utf8'), 'x');
    const section = (cls: string): string => text.slice(text.indexOf(`  ${cls}: {`), text.indexOf('  },', text.indexOf(`  ${cls}: {`)));
    expect(section('RangeFont')).toContain(
      '"strikethrough": {"kind":"property","readonly":false,"get":"ExcelApi 1.9","set":"ExcelApi 1.9"}',
    );
    expect(section('ConditionalRangeFont')).toContain(
      '"strikethrough": {"kind":"property","readonly":false,"get":"ExcelApi 1.6","set":"ExcelApi 1.6"}',
    );
  });
});
