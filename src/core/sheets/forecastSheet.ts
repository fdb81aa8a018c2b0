/**
 * The 轮岗预测 sheet: a bar per year, then who falls due and when, who is on hold then, who retires.
 */
import { formatDayCn } from '../dates';
import { Forecast, ForecastCadre } from '../forecast/forecast';
import { CellValue } from '../grid';
import { Settings } from '../settings';
import { CellStyle, SheetSpec } from './sheetSpec';

export const FORECAST_SHEET_NAME = '轮岗预测';

const HEADER_STYLE: CellStyle = { bold: true, fill: 'DDEBF7', border: true, align: 'center' };
const COLUMNS = 8;

/** Why the cadre falls due, in staff's words: '重点岗位任现职满5年', '同一职位任职满10年(挂职2027年8月31日期满后)'. */
export function forecastRuleLabel(entry: Pick<ForecastCadre, 'rule' | 'holdEnds' | 'leadership'>, settings: Settings): string {
  const after = entry.holdEnds ? `(${formatDayCn(entry.holdEnds)}挂职或借调期满后)` : '';
  if (entry.rule === 'keyPost') return `重点岗位${entry.leadership ? '在本单位连续任正副职' : '任现职'}满${settings.keyPostYears}年${after}`;
  if (entry.rule === 'samePost') return `同一职位任职满${settings.samePostYears}年${after}`;
  return `同一单位工作满${settings.sameUnitYears}年${after}`;
}

/** '■■■■■ 5人': one square a cadre, up to 40, then the count alone carries it. */
const bar = (count: number): string => `${'■'.repeat(Math.min(count, 40))} ${count}人`;

/** Describes the 轮岗预测 sheet of a forecast. */
export function forecastSheet(result: Forecast, settings: Settings): SheetSpec {
  const rows: CellValue[][] = [
    ['轮岗预测'],
    [`预测期:${formatDayCn(result.asOf)}至${formatDayCn(result.until)}  期内到期${result.cadres.length}人,退休${result.retirements.length}人${result.termEnds.length > 0 ? `,聘期届满${result.termEnds.length}人` : ''}`],
  ];
  const styles: SheetSpec['styles'] = [{ row: 0, column: 0, style: { bold: true, fontSize: 14 } }];
  const merges: SheetSpec['merges'] = [{ row: 0, column: 0, columns: COLUMNS }, { row: 1, column: 0, columns: COLUMNS }];
  const table = (title: string, header: string[], body: CellValue[][]): void => {
    if (body.length === 0) return;
    rows.push([], [title]);
    styles.push({ row: rows.length - 1, column: 0, style: { bold: true } });
    rows.push(header);
    styles.push({ row: rows.length - 1, column: 0, columns: header.length, style: HEADER_STYLE });
    styles.push({ row: rows.length, column: 0, rows: body.length, columns: header.length, style: { border: true, wrap: true, verticalAlign: 'top' } });
    rows.push(...body);
  };
  const years = Object.keys(result.byYear).sort();
  table('按年份', ['年份', '到期人数'], years.map((year) => [`${year}年`, bar(result.byYear[year])]));
  const cadreRows = (entries: readonly ForecastCadre[]) =>
    entries.map((entry, index) => [index + 1, entry.row, entry.name, entry.unit, entry.post, entry.rank, formatDayCn(entry.dueOn), forecastRuleLabel(entry, settings)]);
  const header = ['序号', '行号', '姓名', '单位', '职务', '职级', '到期日期', '依据'];
  table(`期内到期人员(${result.cadres.length}人)`, header, cadreRows(result.cadres));
  table(`到期时处于暂缓情形的人员(${result.heldWhenDue.length}人)`, header, cadreRows(result.heldWhenDue));
  table(
    `期内达到退休年龄人员(${result.retirements.length}人,各空出一个岗位)`,
    ['序号', '行号', '姓名', '单位', '职务', '', '退休日期'],
    result.retirements.map((entry, index) => [index + 1, entry.row, entry.name, entry.unit, entry.post, '', formatDayCn(entry.on)]),
  );
  table(
    `期内聘期届满人员(${result.termEnds.length}人)`,
    ['序号', '行号', '姓名', '单位', '职务', '', '聘期届满日期'],
    result.termEnds.map((entry, index) => [index + 1, entry.row, entry.name, entry.unit, entry.post, '', formatDayCn(entry.endsOn)]),
  );
  if (result.cadres.length === 0 && result.retirements.length === 0 && result.termEnds.length === 0) rows.push([], ['预测期内没有人员到期或退休。']);
  return {
    name: FORECAST_SHEET_NAME,
    rows,
    columnWidths: [8, 8, 10, 16, 16, 10, 18, 26],
    merges,
    styles,
    print: { orientation: 'portrait', fitToWidth: true },
  };
}
