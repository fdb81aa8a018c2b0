/**
 * The check use case: read the workbook once, classify every cadre, write the fills and the 轮岗检查 sheet
 * in one go. Written once against WorkbookPort; Excel, the CLI and the preview all run it.
 */
import { CheckResult, checkRoster, termFlagged } from '../core/check';
import { IsoDate } from '../core/dates';
import { SheetGrid } from '../core/grid';
import { Roster, readRoster } from '../core/roster/readRoster';
import { OUTPUT_SHEET_PREFIXES } from '../core/roster/header';
import { QuotaSheetNotFound, readQuotas } from '../core/quota/quotaSheet';
import { HIDDEN_SHEET_REASON, RosterNotFound, sheetsToRead } from '../core/roster/sheetChoice';
import { SkipKind } from '../core/roster/rowKind';
import { STATUS_FILLS } from '../core/rules/status';
import { Settings } from '../core/settings';
import { checkSheet } from '../core/sheets/checkSheet';
import { AppError, Highlight, NOTHING_WRITTEN, WorkbookChanges, WorkbookPort, WrittenChanges } from '../workbook/port';

export interface CheckOptions {
  asOf: IsoDate;
  settings: Settings;
  /** The roster sheet, when the user names it; otherwise it is found. */
  sheetName?: string;
  /**
   * Called as the work moves on, with a step name and the share done (0–1). The use case waits for it,
   * so a task pane can repaint between steps and never freezes without a word.
   */
  onProgress?: (step: string, done: number) => void | Promise<void>;
}

/**
 * Reads the sheets the use case may need (see sheetsToRead: never our own output, never a hidden sheet
 * unless named) and checks the roster among them, writing nothing; the sheets come back for more use.
 */
export async function readAndCheck(port: WorkbookPort, options: CheckOptions & { vacancySheet?: string; planSheet?: string }): Promise<{ sheets: SheetGrid[]; check: CheckResult }> {
  await options.onProgress?.('read', 0);
  const infos = await port.listSheets();
  const names = sheetsToRead(infos, options.sheetName, options.vacancySheet, options.settings.quotaSheet || undefined, options.planSheet);
  const sheets = await port.readSheets(names);
  await options.onProgress?.('check', 0.3);
  const check = checkSheets(sheets, options);
  // Hidden sheets are not read, but the result still says they were passed over and why.
  const unread = infos.filter((info) => info.hidden && !info.ours && !names.includes(info.name));
  const others = [...check.roster.choice.others, ...unread.map((info) => ({ sheet: info.name, reason: HIDDEN_SHEET_REASON }))];
  return { sheets, check: { ...check, roster: { ...check.roster, choice: { ...check.roster.choice, others } } } };
}

/** Reads and checks the roster without writing anything. */
export async function loadAndCheck(port: WorkbookPort, options: CheckOptions): Promise<CheckResult> {
  return (await readAndCheck(port, options)).check;
}

/** What became of the rows under the header when none is a cadre: '其下4行均未纳入:不在册3行、隐藏行1行。' */
function leftOut(roster: Roster): [SkipKind, number][] {
  const counts = new Map<SkipKind, number>();
  for (const { kind } of roster.skipped) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts];
}

/** Finds, reads and checks the roster among sheets already read. */
function checkSheets(sheets: readonly SheetGrid[], options: CheckOptions): CheckResult {
  let roster: Roster;
  try {
    const { includeHiddenRows, columnMap } = options.settings;
    roster = readRoster(sheets, { sheetName: options.sheetName, includeHiddenRows, columnMap });
  } catch (error) {
    if (error instanceof RosterNotFound) throw AppError.from(error);
    throw error;
  }
  if (roster.cadres.length === 0) throw new AppError({ kind: 'noCadreRows', sheet: roster.sheet, headerRow: roster.headerRow, skipped: leftOut(roster) });
  try {
    const skip = [...roster.sheets.map((sheet) => sheet.name), ...OUTPUT_SHEET_PREFIXES];
    return checkRoster(roster, options.settings, options.asOf, readQuotas(sheets, skip, options.settings.quotaSheet || undefined));
  } catch (error) {
    if (error instanceof QuotaSheetNotFound) throw AppError.from(error);
    throw error;
  }
}

/**
 * The roster's row fills for a check, one highlight per roster sheet that has a flagged cadre: one fill
 * per flagged cadre on the sheet the cadre is on, ok rows untouched.
 */
export function highlightsOf(result: CheckResult): Highlight[] {
  return result.roster.sheets.flatMap(({ name, firstColumn, lastColumn }) => {
    const rows = result.checked.flatMap(({ cadre, status }) => (status === 'ok' || cadre.sheet !== name ? [] : [{ row: cadre.row, color: STATUS_FILLS[status] }]));
    return rows.length === 0 ? [] : [{ sheet: name, firstColumn, lastColumn, rows }];
  });
}

/** Writes changes, reporting progress around the one write. */
export async function writeChanges(port: WorkbookPort, changes: WorkbookChanges, onProgress?: CheckOptions['onProgress']): Promise<WrittenChanges> {
  await onProgress?.('write', 0.8);
  const written = await port.write(changes);
  await onProgress?.('done', 1);
  return written;
}

/** What the user is told when a check finds nobody to mark, so nothing is written. */
export function nothingToMark(result: CheckResult): string {
  return `花名册"${result.roster.sheet}"共${result.checked.length}人,没有应轮岗、即将到期、建议轮岗或暂缓的人员,未作标记,也未新建工作表。`;
}

/**
 * Checks the roster, highlights it and adds the 轮岗检查 sheet. When nobody is flagged, nothing is
 * written and `note` says so.
 */
export async function runCheck(port: WorkbookPort, options: CheckOptions): Promise<{ result: CheckResult; written: WrittenChanges; note?: string }> {
  const result = await loadAndCheck(port, options);
  const quotaFlags = result.quotas.some((line) => line.over > 0 || line.under > 0);
  if (result.summary.ok === result.checked.length && termFlagged(result).length === 0 && !quotaFlags) {
    await options.onProgress?.('done', 1);
    return { result, written: NOTHING_WRITTEN, note: nothingToMark(result) };
  }
  const written = await writeChanges(port, { highlights: highlightsOf(result), sheets: [checkSheet(result)] }, options.onProgress);
  return { result, written };
}
