import { PlanJsonInput, planJson } from '../../../src/core/plan/planJson';
import { Plan } from '../../../src/core/plan/planTypes';
import { Notice } from '../../../src/core/publicity/notice';
import { Cadre } from '../../../src/core/roster/cadre';
import { problemAt } from '../../../src/core/roster/problemWords';

/** A cadre with what the JSON prints of one. */
const cadre = (row: number, name: string, unit: string, post: string, rank: string): Cadre =>
  ({ sheet: '花名册', row, name, unit, post, rank }) as unknown as Cadre;
const zhang = cadre(2, '张三', '办公室', '副主任', '副科');
const li = cadre(3, '李四', '财务科', '副科长', '副科');
const wang = cadre(4, '王五', '审计科', '科员', '科员');
const zhao = cadre(5, '赵六', '宣传科', '科员', '科员');
const mover = (who: Cadre, basis: string[]) => ({ cadre: who, status: 'due' as const, basis, keyPost: false });
const slot = (unit: string, post: string, rank: string) => ({ unit, post, rank, rankKey: rank, key: false });

const plan: Plan = {
  asOf: '2026-11-22',
  movers: [],
  assignments: [
    { mover: mover(zhang, ['任现职满5年']), to: { ...slot('财务科', '副科长', '副科'), freedBy: li }, notes: ['接替李四'], batch: 1 },
    { mover: mover(li, ['任现职满6年']), to: { ...slot('办公室', '副主任', '副科'), freedBy: zhang }, notes: [], batch: 1 },
    { mover: mover(wang, ['在本单位满8年']), to: slot('人事科', '科员', '科员'), notes: [], batch: 3, locked: true },
  ],
  unplaced: [{ mover: mover(zhao, []), reason: '没有同职级的空出岗位' }],
  competition: [{ row: 6, unit: '人事科', post: '科长', rank: '正科' }],
  openSlots: [slot('审计科', '科员', '科员')],
  batchStarts: ['2026-11-22', '2027-02-22', '2027-05-22'],
  warnings: ['财务科有2名领导干部在同一交流环中'],
  rankGroups: [{ rank: '副科', movers: 2, slots: 2 }, { rank: '科员', movers: 2, slots: 2 }],
};
const notice = { title: '关于张三等3名同志轮岗交流的公示', period: { start: '2026-11-23', end: '2026-11-27', workingDays: 5, unscheduledYears: [2027] } } as unknown as Notice;
const problem = (row: number, name: string) => problemAt({ sheet: '花名册', row, column: '姓名' }, { kind: 'planBlankUnit', name });
const input = (vacancySheet?: string): PlanJsonInput => ({
  plan, notice, written: { sheets: ['轮岗方案', '公示名单'] }, vacancySheet,
  vacancyProblems: [problem(9, '李四')], check: { problems: [problem(7, '张三')], roster: { sheet: '花名册' } },
});

describe('planJson', () => {
  it('prints every move, batch, unplaced cadre, post and problem as the CLI contract names them', () => {
    expect(planJson(input('空缺岗位'))).toEqual({
      asOf: '2026-11-22',
      sheet: '花名册',
      assignments: [
        { sheet: '花名册', row: 2, name: '张三', status: 'due', from: { unit: '办公室', post: '副主任' }, to: { unit: '财务科', post: '副科长' }, rank: '副科', reasons: ['任现职满5年'], notes: ['接替李四'], batch: 1 },
        { sheet: '花名册', row: 3, name: '李四', status: 'due', from: { unit: '财务科', post: '副科长' }, to: { unit: '办公室', post: '副主任' }, rank: '副科', reasons: ['任现职满6年'], notes: [], batch: 1 },
        { sheet: '花名册', row: 4, name: '王五', status: 'due', from: { unit: '审计科', post: '科员' }, to: { unit: '人事科', post: '科员' }, rank: '科员', reasons: ['在本单位满8年'], notes: [], batch: 3 },
      ],
      // Batch 2 has no move left (staff moved its one to batch 3): it is still listed, with none.
      batches: [{ batch: 1, start: '2026-11-22', moves: 2 }, { batch: 2, start: '2027-02-22', moves: 0 }, { batch: 3, start: '2027-05-22', moves: 1 }],
      unplaced: [{ sheet: '花名册', row: 5, name: '赵六', reason: '没有同职级的空出岗位' }],
      competition: [{ unit: '人事科', post: '科长', rank: '正科', row: 6 }],
      openPosts: [{ unit: '审计科', post: '科员', rank: '科员' }],
      publicity: { start: '2026-11-23', end: '2026-11-27', workingDays: 5, unscheduledYears: [2027], title: '关于张三等3名同志轮岗交流的公示' },
      sheets: ['轮岗方案', '公示名单'],
      warnings: ['财务科有2名领导干部在同一交流环中'],
      rankGroups: [{ rank: '副科', movers: 2, slots: 2 }, { rank: '科员', movers: 2, slots: 2 }],
      vacancySheet: '空缺岗位',
      problems: [problem(7, '张三'), problem(9, '李四')],
    });
  });

  it('prints a missing vacancy sheet as null, not leaving the key out', () => {
    const json = planJson(input()) as Record<string, unknown>;
    expect('vacancySheet' in json).toBe(true);
    expect(json.vacancySheet).toBeNull();
  });
});
