/**
 * Browser test of the built task pane: dist/ served locally, Debian's Chromium headless, office.js replaced
 * by the fake Excel over seed 000 and seed 002. Expected values come from the core run on the same grids.
 */
import { mkdtemp, mkdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import webpack from 'webpack';
import { buildReport, getLocale, planSheets, type Lang } from '../../src/core';
import type { SheetSnapshot, WorkbookSnapshot } from '../fake-excel';
import { BROWSER_AS_OF, browserWorkbook } from './browserWorkbook';
import { renderSheetHtml } from './renderSheetHtml';
import { serveStatic } from './serveStatic';

const ROOT = resolve(__dirname, '../..');
const DIST = join(ROOT, 'dist');
const SHOTS = join(ROOT, 'docs/screenshots');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WAIT = 20_000;

interface Result {
  name: string;
  error: unknown;
}
const results: Result[] = [];

async function check(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
    results.push({ name, error: null });
    console.log(`  ok   ${name}`);
  } catch (error) {
    results.push({ name, error });
    console.log(
      `  FAIL ${name}\n       ${error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 4).join('\n       ') : String(error)}`,
    );
  }
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function assertEqual<T>(actual: T, expected: T, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

async function bundleFakeOffice(): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require('./webpack.fake.config.js') as webpack.Configuration;
  await new Promise<void>((done, fail) => {
    webpack(config, (error, stats) => {
      if (error) fail(error);
      else if (stats?.hasErrors()) fail(new Error(stats.toString('errors-only')));
      else done();
    });
  });
  return readFile(join(__dirname, 'out/fake-office.js'), 'utf8');
}

const snapshot = (page: Page): Promise<WorkbookSnapshot> => page.evaluate(() => window.__seurantaFake.snapshot());

/** Texts of the pane's four buttons, in the order drawn. */
const buttonTexts = (page: Page): Promise<string[]> =>
  page.locator('button[data-task]').evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));

async function noticeText(page: Page): Promise<string> {
  const notice = page.getByTestId('notice');
  await notice.waitFor({ timeout: WAIT });
  return (await notice.innerText()).trim();
}

/** Clicks a task button and waits until the pane is idle again. */
async function runTask(page: Page, task: string): Promise<void> {
  await page.locator(`button[data-task="${task}"]`).click();
  await page.waitForFunction(() => document.querySelector('main')?.getAttribute('aria-busy') === 'false', undefined, {
    timeout: WAIT,
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  const fakeOffice = await bundleFakeOffice();
  await mkdir(SHOTS, { recursive: true });
  const server = await serveStatic(DIST);
  const profile = await mkdtemp(join(tmpdir(), 'seuranta-chromium-'));
  let context: BrowserContext | null = null;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 360, height: 640 },
      // A Finnish manager's browser: the date field shows 31.12.2022, as in Excel.
      locale: 'fi-FI',
      timezoneId: 'Europe/Helsinki',
      deviceScaleFactor: 2,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--lang=fi-FI',
      ],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const consoleErrors: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(String(error)));
    // Nothing leaves the machine: office.js is the fake, everything else but the local server is refused.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ contentType: 'text/javascript', body: fakeOffice });
      if (url.startsWith(server.url)) return route.continue();
      return route.abort();
    });

    const workbook = browserWorkbook();
    const reportIn = (lang: Lang) => buildReport(workbook, { asOf: BROWSER_AS_OF, lang });
    const fi = getLocale('fi').ui;

    console.log('browser test: task pane over the fake Excel');

    await check('the built task pane loads with the fake host injected, with no console errors', async () => {
      await page.goto(`${server.url}/taskpane.html`);
      await page.getByRole('heading', { name: fi.appName }).waitFor({ timeout: WAIT });
      assertEqual(await buttonTexts(page), [fi.summary, fi.validate, fi.budget, fi.colours], 'Finnish buttons');
      await page.getByTestId('as-of').waitFor({ timeout: WAIT });
      assertEqual(consoleErrors, [], 'console errors');
    });

    await check('"Luo yhteenveto" writes the summary sheet with the counts the core computes, and activates it', async () => {
      await page.getByTestId('as-of').fill(BROWSER_AS_OF);
      await runTask(page, 'summary');
      const report = reportIn('fi');
      const plan = planSheets(report, ['summary'])[0];
      assert(plan !== undefined, 'the core plans a summary sheet');
      const state = await snapshot(page);
      assert(state.activeSheet !== null, 'a sheet is active');
      const sheet = state.sheets.find((s) => s.name === state.activeSheet);
      assert(sheet !== undefined && sheet.name.startsWith(plan.name), `the summary sheet is active (active: ${state.activeSheet})`);
      // Every number the core planned is in its cell: totals, per status, per sheet, per section.
      let numbers = 0;
      plan.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (typeof v !== 'number') return;
          numbers += 1;
          const got = sheet.values[r]?.[c] ?? null;
          if (got !== v) throw new Error(`summary cell row ${r + 1} col ${c + 1}: expected ${v}, got ${JSON.stringify(got)}`);
        }),
      );
      assert(numbers > 0, 'the summary holds counts');
      assert(sheet.values.flat().includes(report.totals.total), `the total ${report.totals.total} is on the sheet`);
      // The pane's badges show the same counts.
      const badges = await page
        .locator('li[data-status]')
        .evaluateAll((els) => els.map((e) => [e.getAttribute('data-status'), Number(e.querySelector('span')?.textContent)]));
      const expected = Object.entries(report.totals.byStatus).filter(([, n]) => n > 0);
      assertEqual(Object.fromEntries(badges), Object.fromEntries(expected), 'status badges in the pane');
      assert((await noticeText(page)).includes(sheet.name), 'the message names the sheet');
      await page.screenshot({ path: join(SHOTS, 'taskpane.png'), fullPage: true });
      await renderSummary(context!, sheet);
    });

    await check('after "Tarkista", a click on an issue selects its cell in the workbook', async () => {
      await runTask(page, 'validate');
      const report = reportIn('fi');
      assert(report.issues.length > 0, 'the seed workbook has issues');
      const shown = await page.locator('button[data-cell]').count();
      assertEqual(shown, report.issues.length, 'issues listed');
      const issue = report.issues[Math.min(2, report.issues.length - 1)];
      assert(issue !== undefined, 'an issue to click');
      const group = page.locator(`[data-sheet="${issue.sheet.replace(/"/g, '\\"')}"]`);
      await group.locator(`button[data-cell="${issue.cell}"][data-code="${issue.code}"]`).first().click();
      await page.waitForFunction(
        ([sheet, cell]) => {
          const sel = window.__seurantaFake.snapshot().selection;
          return sel !== null && sel.sheet === sheet && sel.address === cell;
        },
        [issue.sheet, issue.cell] as const,
        { timeout: WAIT },
      );
      const state = await snapshot(page);
      assertEqual(state.selection, { sheet: issue.sheet, address: issue.cell }, 'selection');
      assertEqual(state.activeSheet, issue.sheet, 'active sheet');
      await page.screenshot({ path: join(SHOTS, 'taskpane-issues.png'), fullPage: true });
    });

    await check("the language switch changes the pane's text, issues included (fi → sv → en)", async () => {
      for (const lang of ['sv', 'en'] as const) {
        const ui = getLocale(lang).ui;
        await page.getByTestId('language').selectOption(lang);
        await page.waitForFunction((want) => document.querySelector('main')?.getAttribute('lang') === want, lang, { timeout: WAIT });
        assertEqual(await buttonTexts(page), [ui.summary, ui.validate, ui.budget, ui.colours], `${lang} buttons`);
        await page.getByText(ui.language, { exact: true }).waitFor({ timeout: WAIT });
        // The issue list is checked again so its messages follow the language.
        const first = reportIn(lang).issues[0];
        assert(first !== undefined, 'an issue');
        await page.locator('button[data-cell]').first().filter({ hasText: first.message }).waitFor({ timeout: WAIT });
      }
      const saved = (await snapshot(page)).settings;
      assert(JSON.stringify(saved).includes('"en"'), `the language is saved in the workbook's settings: ${JSON.stringify(saved)}`);
    });

    await check('"Väritä tilat" adds rules to the status columns only, and a second click removes exactly them', async () => {
      const userSheets = new Set(workbook.sheets.map((s) => s.sheet));
      const rulesOf = (s: WorkbookSnapshot) =>
        s.sheets.filter((sh) => userSheets.has(sh.name)).map((sh) => ({ name: sh.name, rules: sh.conditionalFormats }));
      const before = await snapshot(page);
      await runTask(page, 'colours');
      const added = await snapshot(page);
      const report = reportIn('fi');
      let tagged = 0;
      for (const sheet of rulesOf(added)) {
        const own = sheet.rules.filter((r) => r.formula?.includes('N("seuranta")'));
        tagged += own.length;
        const statusColumns = report.actionTables.filter((t) => t.sheet === sheet.name).map((t) => t.columns.status);
        for (const rule of own) {
          const column = rule.range.replace(/^.*!/, '').replace(/\d+/g, '').split(':');
          assert(
            column.every((c) => statusColumns.includes(c)),
            `rule on ${sheet.name}!${rule.range} lies in a status column (${statusColumns.join(', ')})`,
          );
        }
      }
      assert(tagged > 0, 'rules were added');
      for (const s of before.sheets.filter((sh) => userSheets.has(sh.name))) {
        const after = added.sheets.find((a) => a.name === s.name);
        assertEqual(after?.values, s.values, `values of ${s.name} untouched`);
      }
      await runTask(page, 'colours');
      assertEqual(rulesOf(await snapshot(page)), rulesOf(before), 'conditional formats after the second click');
    });

    await check('"Budjettivertailu" writes the comparison the core plans; a sheet left out is not read', async () => {
      const en = getLocale('en').ui;
      await runTask(page, 'budget');
      const plan = planSheets(reportIn('en'), ['budget'])[0];
      assert(plan !== undefined, 'the core plans a budget sheet');
      const state = await snapshot(page);
      const sheet = state.sheets.find((s) => s.name === state.activeSheet);
      assert(sheet !== undefined && sheet.name.startsWith(plan.name), `the budget sheet is active (active: ${state.activeSheet})`);
      plan.values.forEach((row, r) =>
        row.forEach((v, c) => {
          if (typeof v === 'number' && sheet.values[r]?.[c] !== v) {
            throw new Error(`budget cell row ${r + 1} col ${c + 1}: expected ${v}, got ${JSON.stringify(sheet.values[r]?.[c])}`);
          }
        }),
      );
      // Leave the budget sheet out: the comparison has nothing to compare, and the setting is saved.
      await page.getByTestId('skip-sheets').click();
      await page.getByRole('menuitemcheckbox', { name: 'Talousarvio' }).click();
      await page.keyboard.press('Escape');
      await runTask(page, 'budget');
      const text = await noticeText(page);
      assert(text.startsWith(en.budgetNone.split('{')[0] ?? '-'), `no-budget notice: ${text}`);
      const saved = JSON.stringify((await snapshot(page)).settings);
      assert(saved.includes('Talousarvio'), `the sheet left out is saved: ${saved}`);
      await page.getByTestId('skip-sheets').click();
      await page.getByRole('menuitemcheckbox', { name: 'Talousarvio' }).click();
      await page.keyboard.press('Escape');
    });

    await check("Excel's refusals get their own advice: cell-edit mode, a protected sheet, a protected workbook structure", async () => {
      await page.getByTestId('language').selectOption('fi');
      await page.evaluate(() => {
        window.__seurantaFake.faults.cellEditMode = true;
      });
      await runTask(page, 'summary');
      assertEqual(await noticeText(page), fi.errors.cellEditMode, 'cell-edit notice');
      await page.evaluate(() => {
        window.__seurantaFake.faults.cellEditMode = false;
        window.__seurantaFake.protectSheet('Työhyvinvointi');
      });
      await runTask(page, 'colours');
      assertEqual(await noticeText(page), fi.errors.protectedSheet, 'protected-sheet notice');
      await page.evaluate(() => {
        window.__seurantaFake.protectSheet('Työhyvinvointi', false);
        window.__seurantaFake.protectStructure();
      });
      const sheetsBefore = (await snapshot(page)).sheets.map((s) => s.name);
      await runTask(page, 'summary');
      assertEqual(await noticeText(page), fi.errors.protectedStructure, 'protected-structure notice');
      assertEqual(
        (await snapshot(page)).sheets.map((s) => s.name),
        sheetsBefore,
        'no sheet added or removed',
      );
      await page.evaluate(() => window.__seurantaFake.protectStructure(false));
    });

    await check('an empty workbook, and one with no table it knows (with the headers it looks for), say so', async () => {
      await page.goto(`${server.url}/taskpane.html?workbook=empty`);
      await runTask(page, 'summary');
      assertEqual(await noticeText(page), fi.emptyWorkbook, 'empty workbook');
      await page.goto(`${server.url}/taskpane.html?workbook=plain`);
      await runTask(page, 'validate');
      const text = await noticeText(page);
      assert(text.startsWith(fi.noTable), `no-table notice: ${text}`);
      const { number: _number, ...roles } = getLocale('fi').headerWords;
      for (const words of Object.values(roles)) {
        const head = words[0] ?? '';
        assert(text.toLowerCase().includes(head), `the hint names '${head}': ${text}`);
      }
    });

    await check("the ribbon's one-click summary keeps its failure dialog open until the user closes it", async () => {
      await page.goto(`${server.url}/commands.html`);
      await page.waitForFunction(() => window.__seurantaFake.model.actions.has('generateSummary'), undefined, { timeout: WAIT });
      await page.evaluate(() => {
        const done = window as unknown as { __commandDone: boolean };
        done.__commandDone = false;
        window.__seurantaFake.protectStructure();
        void window.__seurantaFake.invokeAction('generateSummary').then(() => (done.__commandDone = true));
      });
      await page.waitForFunction(() => window.__seurantaFake.dialogs().length === 1, undefined, { timeout: WAIT });
      const url = new URL((await page.evaluate(() => window.__seurantaFake.dialogs()))[0]?.url ?? '');
      assertEqual(url.searchParams.get('message'), fi.errors.protectedStructure, "the dialog's message");
      await page.waitForTimeout(300);
      assertEqual(
        await page.evaluate(() => (window as unknown as { __commandDone: boolean }).__commandDone),
        false,
        'completed while the dialog is open',
      );
      await page.evaluate(() => window.__seurantaFake.answerDialog({ message: 'close' }));
      await page.waitForFunction(() => (window as unknown as { __commandDone: boolean }).__commandDone, undefined, { timeout: WAIT });
      assertEqual(await page.evaluate(() => window.__seurantaFake.dialogs()), [{ url: url.toString(), open: false }], 'dialog closed');

      await page.goto(url.toString());
      await page.getByRole('alert').waitFor({ timeout: WAIT });
      assertEqual((await page.getByRole('alert').innerText()).trim(), fi.errors.protectedStructure, 'the message shown');
      assertEqual(await page.evaluate(() => document.activeElement?.textContent), fi.dismiss, 'the close button has the focus');
      await page.keyboard.press('Enter');
      assertEqual(
        await page.evaluate(() => window.__seurantaFake.model.messagesToParent),
        ['close'],
        'the page asks its opener to close it',
      );
    });

    await check('the support page the manifest names speaks the language asked for', async () => {
      const sv = getLocale('sv');
      await page.goto(`${server.url}/support.html?lang=sv`);
      await page.getByRole('heading', { level: 1, name: sv.support.title }).waitFor({ timeout: WAIT });
      assertEqual(await page.evaluate(() => document.documentElement.lang), 'sv', 'page language');
      assert((await page.locator('li').allInnerTexts()).includes(sv.ui.errors.protectedStructure), 'the messages are listed');
    });

    await check('no console errors during the whole run', async () => {
      assertEqual(consoleErrors, [], 'console errors');
    });
  } finally {
    await context?.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
  const failed = results.filter((r) => r.error !== null).length;
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

/** The generated summary sheet as a picture for the README: values and fills drawn as a table. */
async function renderSummary(context: BrowserContext, sheet: SheetSnapshot): Promise<void> {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: 1100, height: 700 });
    await page.setContent(renderSheetHtml(sheet, 10));
    await page.screenshot({ path: join(SHOTS, 'summary-sheet.png'), fullPage: true, scale: 'css' });
  } finally {
    await page.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  console.log(`${results.filter((r) => r.error === null).length} passed, ${results.filter((r) => r.error !== null).length + 1} failed`);
  process.exitCode = 1;
});
