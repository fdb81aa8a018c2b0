/**
 * Generated rosters for the benchmark, the scale tests and the fuzz tests: seeded, realistic in shape
 * (units, ranks, dates in the forms clerks use, some relatives, wishes and history).
 */
import { CellValue } from '../src/core/grid';
import { seeded } from '../scripts/seeded';

export { seeded };

export const ROSTER_HEADER = ['序号', '姓名', '性别', '出生年月', '民族', '政治面貌', '学历', '参加工作时间', '单位', '职务', '职级', '任现职时间', '进入本单位时间', '亲属关系', '意向岗位', '曾任单位', '身份证号', '联系电话', '备注'];

const KINDS = ['办公室', '财务科', '审计科', '综合科', '执法大队', '审批科', '法规科', '信息中心', '档案室', '宣传科'];
const RANKS = [['科长', '正科'], ['副科长', '副科'], ['科员', '一级科员'], ['科员', '二级科员']] as const;
const pad = (n: number) => String(n).padStart(2, '0');

export interface RosterShape {
  rows: number;
  units: number;
  /** Share of cadres whose post is old enough to be due. */
  dueShare: number;
  seed: number;
}

/**
 * A roster as a sheet gives it to an add-in: a title row, the header, then one row per cadre, with
 * dates as year.month text or as Excel serials (whose number format says they are dates).
 */
export function generateRoster(shape: RosterShape): { values: CellValue[][]; formats: (string | null)[][] } {
  const random = seeded(shape.seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const units = Array.from({ length: shape.units }, (_, i) => `${KINDS[i % KINDS.length]}${i >= KINDS.length ? Math.floor(i / KINDS.length) + 1 : ''}`);
  const values: CellValue[][] = [['某某单位干部花名册'], ROSTER_HEADER];
  const formats: (string | null)[][] = [[], ROSTER_HEADER.map(() => null)];
  for (let i = 0; i < shape.rows; i += 1) {
    const [post, rank] = i % 10 === 0 ? RANKS[0] : i % 10 < 3 ? RANKS[1] : pick(RANKS.slice(2));
    const birthYear = 1966 + Math.floor(random() * 32);
    const due = random() < shape.dueShare;
    const postYear = due ? 2008 + Math.floor(random() * 12) : 2020 + Math.floor(random() * 6);
    const serial = random() < 0.3;
    const row: CellValue[] = [
      i + 1, `干部${i}`, random() < 0.6 ? '男' : '女', `${birthYear}.${pad(1 + Math.floor(random() * 12))}`, '汉族', '中共党员', '大学',
      `${birthYear + 22}.07`, units[i % shape.units], post, rank,
      serial ? Math.round((Date.UTC(postYear, Math.floor(random() * 12), 1) - Date.UTC(1899, 11, 30)) / 86_400_000) : `${postYear}.${pad(1 + Math.floor(random() * 12))}`,
      `${postYear - Math.floor(random() * 3)}.01`,
      random() < 0.05 ? `干部${Math.floor(random() * shape.rows)}(配偶)` : null,
      random() < 0.1 ? pick(units) : null,
      random() < 0.05 ? `${pick(units)}(2015.01-2023.06)` : null,
      `11010519800101${String(i).padStart(4, '0')}`, `1380000${String(i).padStart(4, '0')}`,
      random() < 0.02 ? '借调' : null,
    ];
    values.push(row);
    formats.push(row.map((_, c) => (c === 11 && serial ? 'yyyy-mm-dd' : null)));
  }
  return { values, formats };
}
