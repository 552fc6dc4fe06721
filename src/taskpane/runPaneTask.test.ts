import type { WorkbookData } from '../core/grid';
import type { Report } from '../core/schema/report';
import type { SeurantaSettings, WorkbookHost } from '../app/workbookHost';
import { seed000Workbook } from '../../fixtures/seed000';
import type { PaneUseCases } from './paneUseCases';
import { runPaneTask } from './runPaneTask';

const settings: SeurantaSettings = { lang: 'fi', asOf: '2022-12-31', skipSheets: [] };

function hostOver(workbook: WorkbookData): WorkbookHost & { reads: number } {
  const host = {
    reads: 0,
    async readWorkbook() {
      host.reads += 1;
      return workbook;
    },
    writeSheets: async () => [],
    activateSheet: async () => undefined,
    selectCell: async () => undefined,
    toggleStatusColouring: async () => 'added' as const,
    loadSettings: async () => ({}),
    saveSettings: async () => undefined,
  };
  return host;
}

const emptyCounts = { done: 0, partial: 0, in_progress: 0, not_started: 0, not_done: 0, suspended: 0, removed: 0, unknown: 0, missing: 0 };

function reportWith(over: Partial<Report>): Report {
  return {
    asOf: '2022-12-31',
    lang: 'fi',
    source: null,
    actionTables: [],
    budgetTables: [],
    issues: [],
    totals: { total: 0, byStatus: emptyCounts },
    changes: null,
    history: [],
    ...over,
  };
}

/** Use cases that read the workbook through the host, as the real ones do, and return a fixed report. */
function readingUseCases(report: Report, fail?: unknown): PaneUseCases {
  const read = async (host: WorkbookHost) => {
    await host.readWorkbook();
    if (fail !== undefined) throw fail;
  };
  return {
    validate: async (host) => (await read(host), report),
    summary: async (host) => (await read(host), { report, sheet: 'Yhteenveto' }),
    budget: async (host) => (await read(host), { report, sheet: null }),
    colours: async (host) => (await read(host), { result: 'added', columns: 0 }),
  };
}

describe('runPaneTask', () => {
  it('hands the summary the date the user picked to compare with', async () => {
    const asked: (string | null)[] = [];
    const useCases: PaneUseCases = {
      ...readingUseCases(reportWith({})),
      summary: async (_host, _settings, since) => (asked.push(since), { report: reportWith({}), sheet: 'Yhteenveto' }),
    };
    await runPaneTask('summary', hostOver(seed000Workbook()), settings, useCases, '2024-03-31');
    await runPaneTask('summary', hostOver(seed000Workbook()), settings, useCases);
    expect(asked).toEqual(['2024-03-31', null]);
  });

  it('tells an empty workbook (only blank cells, as Excel gives a fresh sheet) from one with data', async () => {
    const blank: WorkbookData = {
      fileName: null,
      sheets: [{ sheet: 'Taul1', origin: { row: 1, col: 1 }, values: [[null, ' ']], tables: [] }],
    };
    const action = await runPaneTask('summary', hostOver(blank), settings, readingUseCases(reportWith({})));
    expect(action).toMatchObject({ type: 'succeeded', outcome: { task: 'summary', found: { empty: true } } });

    const seed = await runPaneTask('summary', hostOver(seed000Workbook()), settings, readingUseCases(reportWith({})));
    expect(seed).toMatchObject({ type: 'succeeded', outcome: { found: { empty: false, actionTables: 0 } } });
  });

  it('lists the sheets that hold a table or an issue, once each, for the leave-out picker', async () => {
    const report = reportWith({
      issues: [
        { severity: 'warning', code: 'status.unknown', sheet: 'Ikäihmiset', cell: 'E9', message: '…' },
        { severity: 'error', code: 'cell.error', sheet: 'Talousarvio', cell: 'D7', message: '…' },
        { severity: 'warning', code: 'owner.missing', sheet: 'Ikäihmiset', cell: 'D11', message: '…' },
      ],
    });
    const action = await runPaneTask('validate', hostOver(seed000Workbook()), settings, readingUseCases(report));
    expect(action).toMatchObject({ outcome: { found: { sheets: ['Ikäihmiset', 'Talousarvio'] } } });
  });

  it("turns Excel's cell-edit refusal into a notice instead of throwing", async () => {
    const refusal = Object.assign(new Error('Excel is in cell-editing mode.'), { code: 'InvalidOperationInCellEditMode' });
    const action = await runPaneTask('colours', hostOver(seed000Workbook()), settings, readingUseCases(reportWith({}), refusal));
    expect(action).toEqual({ type: 'failed', notice: { intent: 'warning', key: 'errors.cellEditMode' } });
  });

  it("passes the host's other calls through untouched", async () => {
    const host = hostOver(seed000Workbook());
    const selected: string[] = [];
    host.selectCell = async (sheet, cell) => void selected.push(`${sheet}!${cell}`);
    const useCases = readingUseCases(reportWith({}));
    useCases.validate = async (h) => {
      await h.selectCell('Kotihoito', 'E12');
      return reportWith({});
    };
    await runPaneTask('validate', host, settings, useCases);
    expect(selected).toEqual(['Kotihoito!E12']);
  });
});
