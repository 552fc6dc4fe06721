/** Writes test/fake-excel/excelApiMembers.generated.ts from the installed @types/office-js: `npx tsx scripts/generateExcelApiMembers.ts`. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderExcelApiMembers } from './renderExcelApiMembers';

const root = path.resolve(__dirname, '..');
const typings = path.join(root, 'node_modules', '@types', 'office-js');
const version = (JSON.parse(readFileSync(path.join(typings, 'package.json'), 'utf8')) as { version: string }).version;
const out = path.join(root, 'test', 'fake-excel', 'excelApiMembers.generated.ts');
writeFileSync(out, renderExcelApiMembers(readFileSync(path.join(typings, 'index.d.ts'), 'utf8'), version));
process.stdout.write(`${path.relative(root, out)} written from @types/office-js ${version}\n`);
