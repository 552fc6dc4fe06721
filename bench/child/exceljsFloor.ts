/** The floor: the same file only read and written back by ExcelJS, with nothing of ours. */
import ExcelJS from 'exceljs';

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) throw new Error('usage: exceljsFloor <in.xlsx> <out.xlsx>');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  await workbook.xlsx.writeFile(output);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(3);
});
