/**
 * The commands of `rotation`, run inside the CLI's worker thread (main.ts): parse the arguments, run the
 * use case on the workbook, say what to print and the exit code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { checkJson } from '../core/check';
import { formatDayCn } from '../core/dates';
import { SettingsError, Settings, resolveSettings } from '../core/settings';
import { todayInChina } from '../app/clock';
import { runCheck, loadAndCheck } from '../app/runCheck';
import { runPlan } from '../app/runPlan';
import { runForecast } from '../app/runForecast';
import { loadPlan, runValidate } from '../app/runValidate';
import { PlanBreaksRules, runNotice } from '../app/runNotice';
import { validationJson } from '../core/plan/validatePlan';
import { validateReport } from './validateReport';
import { forecastJson } from '../core/forecast/forecast';
import { planJson } from '../core/plan/planJson';
import { AppError } from '../workbook/port';
import { PackageWorkbook } from '../workbook/xlsx/packageWorkbook';
import { checkOutput, writeAtomically } from '../workbook/xlsx/safeOutput';
import { CliArgs, NoticeFlags, USAGE, parseCliArgs } from './args';
import { noticeWarning } from '../core/publicity/noticeWarning';
import { checkReport } from './report';
import { planReport } from './planReport';
import { forecastReport } from './forecastReport';

function loadSettings(path: string | undefined, includeSuggested: boolean, notice: NoticeFlags): Settings {
  let input: Record<string, unknown> | undefined;
  if (path) {
    if (!existsSync(path)) throw new AppError(`找不到设置文件:${path}`);
    try {
      input = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new AppError(`设置文件不是有效的 JSON:${path}(${(error as Error).message})`);
    }
  }
  try {
    const settings = resolveSettings({ ...input, ...notice });
    return includeSuggested ? { ...settings, includeSuggested: true } : settings;
  } catch (error) {
    if (error instanceof SettingsError) throw new AppError(error.describe('zh-CN', true));
    throw error;
  }
}

async function openWorkbook(path: string): Promise<PackageWorkbook> {
  if (!existsSync(path)) throw new AppError(`找不到文件:${path}`);
  if (!/\.xls[xm]$/iu.test(path)) throw new AppError(`只支持 .xlsx 文件:${path}。.xls 或 .et 文件请先在 Excel/WPS 中另存为 .xlsx`);
  try {
    return await PackageWorkbook.open(path);
  } catch (error) {
    throw new AppError(`无法读取 ${path}:不是有效的 .xlsx 文件,或文件已加密/损坏。请在 Excel 中打开后另存为 .xlsx 再试`, error);
  }
}

async function save(workbook: PackageWorkbook, out: string): Promise<void> {
  await writeAtomically(out, (temporary) => workbook.save(temporary));
}

/** What a command prints, its exit code when not 0, and a warning for stderr. */
type Done = string | { stdout: string; warning?: string; code?: number };

async function run(args: CliArgs): Promise<Done> {
  const settings = loadSettings(args.config, args.includeSuggested, args.notice);
  const asOf = args.asOf ?? todayInChina();
  if (args.out) checkOutput(args.input, args.out);
  const workbook = await openWorkbook(args.input);
  try {
    return await runOn(workbook, args, asOf, settings);
  } finally {
    workbook.close();
  }
}

async function runOn(workbook: PackageWorkbook, args: CliArgs, asOf: string, settings: Settings): Promise<Done> {
  const common = { asOf, settings, sheetName: args.sheet };
  if (args.command === 'check') {
    if (!args.out) {
      const result = await loadAndCheck(workbook, common);
      return args.json ? JSON.stringify(checkJson(result)) : checkReport(result);
    }
    const { result, written, note } = await runCheck(workbook, common);
    if (note) return args.json ? JSON.stringify({ ...checkJson(result), sheets: [], note }) : `${checkReport(result)}\n\n${note}`;
    await save(workbook, args.out);
    return args.json ? JSON.stringify({ ...checkJson(result), sheets: written.sheets }) : `${checkReport(result)}\n\n已写入 ${args.out}`;
  }
  if (args.command === 'forecast') {
    const { forecast } = await runForecast(workbook, { ...common, years: args.years });
    if (args.out) await save(workbook, args.out);
    const saved = args.out ? `\n\n已写入 ${args.out}` : '';
    return args.json ? JSON.stringify(forecastJson(forecast)) : `${forecastReport(forecast, settings)}${saved}`;
  }
  if (args.command === 'validate') {
    const planOptions = { ...common, planSheet: args.planSheet, vacancySheet: args.vacancySheet };
    const outcome = args.out ? await runValidate(workbook, planOptions) : await loadPlan(workbook, planOptions);
    if (args.out) await save(workbook, args.out);
    const saved = args.out ? `\n\n已写入 ${args.out}(有问题的行已标出)` : '';
    const stdout = args.json ? JSON.stringify(validationJson(outcome.validation, outcome.plan.problems)) : `${validateReport(outcome)}${saved}`;
    return { stdout, code: outcome.holds ? 0 : 1 };
  }
  if (args.command === 'notice') {
    try {
      const outcome = await runNotice(workbook, { ...common, planSheet: args.planSheet, vacancySheet: args.vacancySheet, batch: args.batch, publicityStart: args.publicityStart });
      await save(workbook, args.out as string);
      const { notice } = outcome;
      const summary = { title: notice.title, batch: outcome.batch, people: notice.rows.length, start: notice.period.start, end: notice.period.end, workingDays: notice.period.workingDays, sheets: outcome.written.sheets };
      const text = `【公示】${notice.title}(第${outcome.batch}批,${notice.rows.length}人)\n  公示期:${formatDayCn(notice.period.start)}至${formatDayCn(notice.period.end)}(${notice.period.workingDays}个工作日)\n  新工作表:${outcome.written.sheets.join('、')}\n\n已写入 ${args.out}`;
      return { stdout: args.json ? JSON.stringify(summary) : text, warning: noticeWarning(notice) };
    } catch (error) {
      if (!(error instanceof PlanBreaksRules)) throw error;
      const { validation, plan } = error.outcome;
      return { stdout: args.json ? JSON.stringify(validationJson(validation, plan.problems)) : '', warning: error.message, code: 1 };
    }
  }
  const outcome = await runPlan(workbook, { ...common, publicityStart: args.publicityStart, vacancySheet: args.vacancySheet, keep: args.keep });
  await save(workbook, args.out as string);
  const warning = noticeWarning(outcome.notice);
  return { stdout: args.json ? JSON.stringify(planJson(outcome)) : `${planReport(outcome)}\n\n已写入 ${args.out}`, warning };
}

/** The outcome of one command: what to print and the exit code. */
export interface Outcome {
  stdout: string;
  stderr: string;
  code: number;
}

/** Runs one command line (the arguments after `rotation`). */
export async function execute(argv: string[]): Promise<Outcome> {
  try {
    const args = parseCliArgs(argv);
    if (args === 'help') return { stdout: `${USAGE}\n`, stderr: '', code: 0 };
    const done = await run(args);
    const { stdout, warning, code } = typeof done === 'string' ? { stdout: done, warning: undefined, code: 0 } : done;
    const stderr = warning ? `${code ? '错误' : '注意'}:${warning}\n` : '';
    return { stdout: stdout ? `${stdout}\n` : '', stderr, code: code ?? 0 };
  } catch (error) {
    if (error instanceof AppError) return { stdout: '', stderr: `错误:${error.message}\n`, code: 2 };
    return { stdout: '', stderr: `内部错误:${(error as Error)?.message ?? String(error)}\n`, code: 1 };
  }
}
