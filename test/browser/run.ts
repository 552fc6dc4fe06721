/**
 * Browser test of the built task pane: dist/ served locally, Debian's Chromium headless, office.js replaced
 * by the fake Excel over seed 000 and seed 002. Expected values come from the core run on the same grids.
 */
import { mkdtemp, mkdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import webpack from 'webpack';
import { buildReport, formatMessage, getLocale, planSheets, type Lang } from '../../src/core';
import type { SheetSnapshot, WorkbookSnapshot } from '../fake-excel';
import { BROWSER_AS_OF, browserWorkbook } from './browserWorkbook';
import { expectNoAxeViolations } from './expectNoAxeViolations';
import { expectFocusOn, tabTo } from './paneFocus';
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

/** Waits until no task runs. */
async function waitIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('main')?.getAttribute('data-busy') === 'false', undefined, {
    timeout: WAIT,
  });
}

/** Clicks a task button and waits until the pane is idle again. */
async function runTask(page: Page, task: string): Promise<void> {
  await page.locator(`button[data-task="${task}"]`).click();
  await waitIdle(page);
}

/** The pane has drawn its buttons and read the workbook's saved settings. */
async function paneReady(page: Page): Promise<void> {
  await page.locator('button[data-task="summary"]').waitFor({ timeout: WAIT });
  await page.getByTestId('as-of').waitFor({ timeout: WAIT });
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
      await expectNoAxeViolations(page, 'light theme, just opened');
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
      await expectNoAxeViolations(page, 'light theme, summary written');
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
      await page.getByRole('status').filter({ hasText: issue.cell }).waitFor({ timeout: WAIT });
      await expectNoAxeViolations(page, 'light theme, issues listed');
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
        await expectNoAxeViolations(page, `light theme, ${lang}`);
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
      await expectNoAxeViolations(page, 'light theme, sheet picker open');
      await page.keyboard.press('Escape');
      await runTask(page, 'budget');
      const text = await noticeText(page);
      assert(text.startsWith(en.budgetNone.split('{')[0] ?? '-'), `no-budget notice: ${text}`);
      await expectNoAxeViolations(page, 'light theme, warning notice');
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
      await expectNoAxeViolations(page, 'light theme, refusal notice');
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
      await expectNoAxeViolations(page, 'light theme, empty workbook');
      await page.goto(`${server.url}/taskpane.html?workbook=plain`);
      await runTask(page, 'validate');
      const text = await noticeText(page);
      assert(text.startsWith(fi.noTable), `no-table notice: ${text}`);
      const { number: _number, ...roles } = getLocale('fi').headerWords;
      for (const words of Object.values(roles)) {
        const head = words[0] ?? '';
        assert(text.toLowerCase().includes(head), `the hint names '${head}': ${text}`);
      }
      await expectNoAxeViolations(page, 'light theme, no table found');
    });

    await check('the pane shows its title and outline while its scripts are still loading', async () => {
      const early = await context!.newPage();
      try {
        let release = (): void => undefined;
        const held = new Promise<void>((resolve) => (release = resolve));
        // The pane's own bundles arrive late, as on a slow machine; office.js (cached by Office) does not.
        await early.route(/\/(taskpane|react|fluent|runtime)\.[^/]*\.js$/, async (route) => {
          await held;
          await route.continue();
        });
        // The deferred bundles hold DOMContentLoaded back: wait only for the page itself.
        await early.goto(`${server.url}/taskpane.html`, { waitUntil: 'commit' });
        await early.getByRole('heading', { name: fi.appName }).waitFor({ timeout: WAIT });
        assertEqual(await early.locator('button[data-task]').count(), 0, 'task buttons before the scripts ran');
        const painted = await early.evaluate(() => document.querySelectorAll('.first-paint .bar').length);
        assert(painted >= 4, `the outline of the pane is drawn (${painted} bars)`);
        release();
        await paneReady(early);
        assertEqual(await early.locator('.first-paint').count(), 0, 'the outline is gone once the pane is drawn');
      } finally {
        await early.close();
      }
    });

    await check('by keyboard alone on a slow host (0.8 s per Excel.run): every task, the focus where the user is', async () => {
      const ui = fi;
      await page.goto(`${server.url}/taskpane.html?delay=800`);
      await paneReady(page);

      // Leave a sheet out before any task has run: the picker reads the workbook's sheets itself.
      await tabTo(page, '[data-testid="skip-sheets"]');
      await page.keyboard.press('Alt+ArrowDown');
      await chooseOption(page, 'Talousarvio');
      await expectNoAxeViolations(page, 'slow host, sheet picker open before any task');
      await page.keyboard.press('Escape');
      await expectFocusOn(page, '[data-testid="skip-sheets"]', 'after leaving Talousarvio out');
      await page.waitForFunction(() => JSON.stringify(window.__seurantaFake.snapshot().settings).includes('Talousarvio'), undefined, {
        timeout: WAIT,
      });

      // The budget comparison with the budget sheet left out: nothing to compare. Focus stays on the button throughout.
      await pressTask(page, 'budget', async () => {
        await page.getByRole('progressbar', { name: ui.progress.budget }).waitFor({ timeout: WAIT });
        await expectNoAxeViolations(page, 'slow host, a task running');
      });
      assert((await noticeText(page)).startsWith(ui.budgetNone.split('{')[0] ?? '-'), 'no-budget notice');
      // Closing the notice by keyboard puts the focus back on the task that brought it.
      await tabTo(page, '[data-testid="notice"] button');
      await page.keyboard.press('Enter');
      await page.getByTestId('notice').waitFor({ state: 'detached', timeout: WAIT });
      await expectFocusOn(page, 'button[data-task="budget"]', 'after closing the notice');

      // Put the sheet back, then every task.
      await tabTo(page, '[data-testid="skip-sheets"]', true);
      await page.keyboard.press('Alt+ArrowDown');
      await chooseOption(page, 'Talousarvio');
      await page.keyboard.press('Escape');
      await expectFocusOn(page, '[data-testid="skip-sheets"]', 'after putting Talousarvio back');
      await page.waitForFunction(() => !JSON.stringify(window.__seurantaFake.snapshot().settings).includes('Talousarvio'), undefined, {
        timeout: WAIT,
      });
      await pressTask(page, 'budget');
      assert((await noticeText(page)).startsWith(ui.budgetDone.split('{')[0] ?? '-'), 'budget written');
      await pressTask(page, 'summary');
      assert((await noticeText(page)).startsWith(ui.summaryDone.split('{')[0] ?? '-'), 'summary written');
      await pressTask(page, 'colours');
      assert((await noticeText(page)).startsWith(ui.coloursAdded.split('{')[0] ?? '-'), 'colours added');
      await pressTask(page, 'validate');
      const report = reportIn('fi');
      assertEqual(await page.locator('button[data-cell]').count(), report.issues.length, 'issues listed');

      // An issue's cell, selected by keyboard, and said so.
      const issue = report.issues[0];
      assert(issue !== undefined, 'an issue');
      await tabTo(page, 'button[data-cell]');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        ([sheet, cell]) => {
          const sel = window.__seurantaFake.snapshot().selection;
          return sel !== null && sel.sheet === sheet && sel.address === cell;
        },
        [issue.sheet, issue.cell] as const,
        { timeout: WAIT },
      );
      await page
        .getByRole('status')
        .filter({ hasText: formatMessage(ui.cellSelected, { cell: issue.cell, sheet: issue.sheet }) })
        .waitFor({ timeout: WAIT });
      await expectFocusOn(page, `button[data-cell="${issue.cell}"]`, 'after selecting the cell');

      // Arrow keys step through all three languages while the check re-runs; it catches up with the last one.
      await tabTo(page, '[data-testid="language"]', true);
      for (const lang of ['sv', 'en'] as const) {
        await page.keyboard.press('ArrowDown');
        await page.waitForFunction((want) => document.querySelector('main')?.getAttribute('lang') === want, lang, { timeout: WAIT });
        await expectFocusOn(page, '[data-testid="language"]', `after switching to ${lang}`);
      }
      await waitIdle(page);
      const english = reportIn('en').issues[0];
      assert(english !== undefined, 'an English issue');
      await page.locator('button[data-cell]').first().filter({ hasText: english.message }).waitFor({ timeout: WAIT });
      await expectFocusOn(page, '[data-testid="language"]', 'after the re-check in English');
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('ArrowUp');
      await page.waitForFunction(() => document.querySelector('main')?.getAttribute('lang') === 'fi', undefined, { timeout: WAIT });
      await waitIdle(page);
      await page.locator('button[data-cell]').first().filter({ hasText: issue.message }).waitFor({ timeout: WAIT });
      await expectFocusOn(page, '[data-testid="language"]', 'back in Finnish');
      await expectNoAxeViolations(page, 'slow host, after the keyboard run');
    });

    await check('reflows at 320 px, 350 px and 200 % zoom: no sideways scrolling, no label cut', async () => {
      await page.goto(`${server.url}/taskpane.html`);
      await paneReady(page);
      await page.getByTestId('as-of').fill(BROWSER_AS_OF);
      await runTask(page, 'summary');
      await runTask(page, 'validate');
      const sizes = [
        { file: 'taskpane-320.png', width: 320, scale: 'css' as const },
        { file: 'taskpane-350.png', width: 350, scale: 'css' as const },
        // A 640 px pane at 200 % zoom: 320 CSS px drawn at twice the pixels.
        { file: 'taskpane-zoom200.png', width: 320, scale: 'device' as const },
      ];
      for (const size of sizes) {
        await page.setViewportSize({ width: size.width, height: 720 });
        await expectNoOverflow(page, `${size.width} px`);
        await page.screenshot({ path: join(SHOTS, size.file), fullPage: true, scale: size.scale });
      }
      // Swedish and English labels are longer ("Budgetjämförelse"): they fit too.
      await page.setViewportSize({ width: 320, height: 720 });
      for (const lang of ['sv', 'en', 'fi'] as const) {
        await page.getByTestId('language').selectOption(lang);
        await page.waitForFunction((want) => document.querySelector('main')?.getAttribute('lang') === want, lang, { timeout: WAIT });
        await waitIdle(page);
        await page
          .locator('button[data-cell]')
          .first()
          .filter({ hasText: reportIn(lang).issues[0]?.message ?? '-' })
          .waitFor({ timeout: WAIT });
        await expectNoOverflow(page, `320 px, ${lang}`);
      }
      await page.setViewportSize({ width: 360, height: 640 });
    });

    await check("Office's dark theme with a dark system: dark pane, no axe violation in any state", async () => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`${server.url}/taskpane.html?theme=dark`);
      await paneReady(page);
      assertEqual(await page.locator('[data-theme]').first().getAttribute('data-theme'), 'dark', 'theme');
      await expectNoAxeViolations(page, 'dark theme, just opened');
      await page.getByTestId('as-of').fill(BROWSER_AS_OF);
      await page.getByTestId('skip-sheets').click();
      await page.getByRole('menuitemcheckbox', { name: 'Talousarvio' }).waitFor({ timeout: WAIT });
      await expectNoAxeViolations(page, 'dark theme, sheet picker open');
      await page.keyboard.press('Escape');
      await page.evaluate(() => (window.__seurantaFake.faults.runDelayMs = 600));
      await page.locator('button[data-task="summary"]').click();
      await page.getByRole('progressbar').waitFor({ timeout: WAIT });
      await expectNoAxeViolations(page, 'dark theme, a task running');
      await waitIdle(page);
      await page.evaluate(() => (window.__seurantaFake.faults.runDelayMs = 0));
      await expectNoAxeViolations(page, 'dark theme, summary written');
      await runTask(page, 'validate');
      await expectNoAxeViolations(page, 'dark theme, issues listed');
      await page.screenshot({ path: join(SHOTS, 'taskpane-dark.png'), fullPage: true });
      await page.evaluate(() => window.__seurantaFake.protectSheet('Työhyvinvointi'));
      await runTask(page, 'colours');
      await expectNoAxeViolations(page, 'dark theme, refusal notice');
      await page.evaluate(() => window.__seurantaFake.protectSheet('Työhyvinvointi', false));
    });

    await check("without Office's theme the pane follows the system's; with it, Office's", async () => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`${server.url}/taskpane.html`);
      await paneReady(page);
      assertEqual(await page.locator('[data-theme]').first().getAttribute('data-theme'), 'dark', 'no Office theme, dark system');
      await page.emulateMedia({ colorScheme: 'light' });
      await page.waitForFunction(() => document.querySelector('[data-theme]')?.getAttribute('data-theme') === 'light', undefined, {
        timeout: WAIT,
      });
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`${server.url}/taskpane.html?theme=light`);
      await paneReady(page);
      assertEqual(await page.locator('[data-theme]').first().getAttribute('data-theme'), 'light', "Office's White theme, dark system");
      await page.emulateMedia({ colorScheme: 'light' });
    });

    await check('in forced colours (Windows high contrast): no axe violation, issues listed', async () => {
      await page.emulateMedia({ colorScheme: 'dark', forcedColors: 'active' });
      await page.goto(`${server.url}/taskpane.html`);
      await paneReady(page);
      await page.getByTestId('as-of').fill(BROWSER_AS_OF);
      await runTask(page, 'summary');
      await runTask(page, 'validate');
      await expectNoAxeViolations(page, 'forced colours, issues listed');
      await page.screenshot({ path: join(SHOTS, 'taskpane-forced-colours.png'), fullPage: true });
      await page.emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
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

/** Presses Enter on a task button reached by Tab, checks the focus stays on it while it runs and after. */
async function pressTask(page: Page, task: string, whileBusy?: () => Promise<void>): Promise<void> {
  const selector = `button[data-task="${task}"]`;
  await tabTo(page, selector);
  await page.keyboard.press('Enter');
  await page.waitForFunction((s) => document.querySelector(s)?.getAttribute('aria-disabled') === 'true', selector, { timeout: WAIT });
  await expectFocusOn(page, selector, `while "${task}" runs`);
  await whileBusy?.();
  await waitIdle(page);
  await expectFocusOn(page, selector, `after "${task}"`);
}

/** In an open sheet picker, arrows to the option by name and toggles it with Enter. */
async function chooseOption(page: Page, name: string): Promise<void> {
  const option = page.getByRole('menuitemcheckbox', { name });
  await option.waitFor({ timeout: WAIT });
  const id = await option.getAttribute('id');
  for (let i = 0; i < 20; i += 1) {
    const active = await page.evaluate(() => document.activeElement?.getAttribute('aria-activedescendant'));
    if (active === id) break;
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Enter');
}

/** Throws when the page scrolls sideways or any element of the pane reaches past its edge or cuts its text. */
async function expectNoOverflow(page: Page, when: string): Promise<void> {
  // No named functions inside: the page gets this function's source as it is.
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) out.push(`page scrolls sideways (${root.scrollWidth} > ${root.clientWidth})`);
    for (const el of document.querySelectorAll('main *')) {
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue; // visually hidden text for screen readers
      const name = `${el.tagName.toLowerCase()}.${el.getAttribute('data-task') ?? ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
      if (box.right > root.clientWidth + 0.5 || box.left < -0.5) {
        out.push(`${name} reaches past the edge (${Math.round(box.left)}–${Math.round(box.right)})`);
      }
      const style = getComputedStyle(el);
      const clips = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
      if (clips && !['INPUT', 'SELECT'].includes(el.tagName) && el.scrollWidth > el.clientWidth + 1) {
        out.push(`${name} cuts its content (${el.scrollWidth} > ${el.clientWidth})`);
      }
    }
    return out;
  });
  if (problems.length > 0) throw new Error(`${when}: ${problems.slice(0, 8).join('; ')}`);
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
