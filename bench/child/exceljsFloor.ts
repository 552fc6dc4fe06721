/**
 * The floor: the same file only read and written back by ExcelJS, with nothing of ours. With
 * `--read-only` as the output, only read: what the CLI cannot avoid now that it no longer writes the
 * user's sheets back through ExcelJS.
 */
import ExcelJS from 'exceljs';

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) throw new Error('usage: exceljsFloor <in.xlsx> <out.xlsx | --read-only>');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  if (output !== '--read-only') await workbook.xlsx.writeFile(output);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(3);
});
