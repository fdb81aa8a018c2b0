/**
 * Makes the fixture workbooks of test/fixtures, each beside the result it must give. The results are
 * written here by hand from the rules of DOMAIN.md, never computed by the tool under test.
 *
 * Run: npm run fixtures
 */
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';

const DIR = 'test/fixtures';
const d = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day));

async function titleRows(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow(['某某区某某局中层干部花名册']);
  sheet.mergeCells('A1:K1');
  sheet.addRow(['统计截至:2026年10月31日']);
  sheet.addRow(['姓 名', '性别', '出生日期', '处室', '现任职务', '级别', '任职时间', '到本单位时间', '身份证号', '联系电话', '备注']);
  const rows: ExcelJS.CellValue[][] = [
    // 4: key post (财务) from a real date 2021-11-22: 5 years on 2026-11-22 → due; in the unit since 2015.03 → due too.
    ['赵一', '男', '1980.05', '财务处', '处长', '正处', d(2021, 11, 22), '2015.03', '110105198005010011', '13800000001', null],
    // 5: same, one day later → due soon on 2026-11-22.
    ['钱二', '女', '1982.07', '财务处', '副处长', '副处', d(2021, 11, 23), '2018.09', '110105198207010022', '13800000002', null],
    // 6: 2016.1 as a number in a column that writes 03 → October 2016; same post 10 years → due.
    ['孙三', '男', 1978.11, '办公室', '主任', '正处', 2016.1, '2016.10', null, null, null],
    // 7: under 40 (born 1990.03) and 3 years in post → suggested.
    ['李四', '女', '1990.03', '办公室', '科员', '一级主任科员', 2023.03, '2023.03', null, null, null],
    // 8: due by key post (审批) but 借调 → exempt.
    ['周五', '男', '1979.01', '行政审批处', '副处长', '副处', '2018年6月', '2018.06', null, null, '借调市政府办公室'],
    // 9: blank line
    [null, null, null, null, null, null, null, null, null, null, null],
    // 10: man born 1968-12-01 turns 58 on 2026-12-01: not yet exempt on 2026-11-22; same unit 10 years → due.
    ['吴六', '男', '1968-12-01', '办公室', '副主任', '副处', '２０２２．０３', '2012.02', null, null, null],
    // 11: woman born 1973-11 turns 53 in November 2026 → exempt (retirement 55).
    ['郑七', '女', '1973年11月', '审计处', '副处长', '副处', '2015/5/1', '2015.05', null, null, null],
    // 12: unreadable post date → problem; nothing else makes her due; age 45 → ok.
    ['王八', '女', '1981.02', '人事处', '四级调研员', '四级调研员', '待定', '2020.01', null, null, null],
    // 13: a second 赵一, in a recent post → ok.
    ['赵一', '男', '1985.09', '信息中心', '科员', '一级主任科员', '2025.01', '2025.01', null, null, null],
    // 14: year only → problem.
    ['冯九', '男', '1975.04', '信息中心', '主任', '正处', '2019', '2019.05', null, null, null],
  ];
  rows.forEach((row) => sheet.addRow(row));
  sheet.getCell('G4').numFmt = 'yyyy-mm-dd';
  sheet.getCell('G5').numFmt = 'yyyy-mm-dd';
  await workbook.xlsx.writeFile(`${DIR}/title-rows.xlsx`);
  const expected = {
    args: ['--as-of', '2026-11-22'],
    sheet: 'Sheet1',
    headerRow: 3,
    statuses: { 4: 'due', 5: 'warning', 6: 'due', 7: 'suggested', 8: 'exempt', 10: 'due', 11: 'exempt', 12: 'ok', 13: 'ok', 14: 'ok' },
    reasons: {
      4: ['重点岗位(财务)任现职满5年(2021年11月22日起,已5年)', '同一单位工作满10年(2015年3月起,已11年8个月)'],
      6: ['同一职位任职满10年(2016年10月起,已10年1个月)', '同一单位工作满10年(2016年10月起,已10年1个月)'],
    },
    problems: [{ row: 12, column: '任职时间' }, { row: 14, column: '任职时间' }],
  };
  writeFileSync(`${DIR}/title-rows.expected.json`, `${JSON.stringify(expected, null, 2)}\n`);
}

async function coverAndPlan(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('封面').addRows([['2026年度干部轮岗交流工作'], ['人事科 编']]);
  const old = workbook.addWorksheet('轮岗方案');
  old.addRows([['序号', '姓名', '性别', '出生年月', '原单位', '原职务', '职级', '任现职时间', '拟任单位', '拟任职务'], [1, '旧人', '男', '1970.01', '甲科', '科长', '正科', '2010.01', '乙科', '科长']]);
  const sheet = workbook.addWorksheet('名册');
  sheet.addRow(['姓名', '性别', '出生年月', '民族', '政治面貌', '学历', '参加工作时间', '科室', '职务', '职级', '是否重点岗位', '任现职时间', '亲属关系', '身份证号', '联系电话', '家庭住址', '年度考核', '备注']);
  const rows: ExcelJS.CellValue[][] = [
    ['甲', '男', '1975.01', '汉族', '中共党员', '大学', '1997.07', '办公室', '科长', '正科', '√', '2019.03', '丁(配偶)', '110105197501010011', '13900000001', '某路1号', '优秀', '无'],
    ['乙', '女', '1976.02', '汉族', '中共党员', '研究生', '1999.07', '财务科', '科长', '正科', '是', '2018.05', null, '110105197602020022', '13900000002', '某路2号', '称职', null],
    ['丙', '男', '1977.03', '回族', '群众', '大学', '2000.07', '审计科', '科长', '正科', '是', '2017.09', null, '110105197703030033', '13900000003', '某路3号', '称职', null],
    ['丁', '女', '1985.04', '汉族', '中共党员', '大学', '2008.07', '财务科', '科员', '科员', '否', '2024.01', '甲(配偶)', '110105198504040044', '13900000004', '某路4号', '称职', null],
    ['戊', '男', '1980.05', '汉族', '中共党员', '大学', '2003.07', '档案室', '科长', '正科', '否', '2024.06', null, null, null, null, null, null],
  ];
  rows.forEach((row) => sheet.addRow(row));
  workbook.addWorksheet('空缺岗位').addRows([['单位', '职务', '职级', '数量'], ['信息中心', '科长', '正科', 2]]);
  await workbook.xlsx.writeFile(`${DIR}/cover-and-plan.xlsx`);
  const expected = {
    args: ['--as-of', '2026-11-22', '--publicity-start', '2026-09-28'],
    sheet: '名册',
    headerRow: 1,
    // 甲 is flagged key (√) in 办公室: 2019.03 + 5 = 2024.03 → due; 乙, 丙 key → due; 丁 not key, recent → ok; 戊 recent → ok.
    statuses: { 2: 'due', 3: 'due', 4: 'due', 5: 'ok', 6: 'ok' },
    // 甲's spouse 丁 stays in 财务科, so 甲 may not go there. Posts: the three freed 科长 posts and one of the two
    // 信息中心 vacancies (the other is for competition).
    forbidden: { 甲: ['办公室', '财务科'], 乙: ['财务科'], 丙: ['审计科'] },
    placed: 3,
    competition: [{ unit: '信息中心', post: '科长' }],
    publicity: { start: '2026-09-28', end: '2026-10-09', workingDays: 5 },
    sheets: ['轮岗检查', '轮岗方案 (2)', '公示名单'],
    neverInNotice: ['110105197501010011', '13900000001', '某路1号', '优秀', '称职', '无'],
  };
  writeFileSync(`${DIR}/cover-and-plan.expected.json`, `${JSON.stringify(expected, null, 2)}\n`);
}

async function noRoster(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('说明').addRows([['这是一份通知,不是花名册'], ['联系人:张三']]);
  await workbook.xlsx.writeFile(`${DIR}/no-roster.xlsx`);
}

Promise.all([titleRows(), coverAndPlan(), noRoster()]).catch((error) => {
  process.stderr.write(`${error}\n`);
  process.exitCode = 1;
});
