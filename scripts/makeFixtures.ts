/**
 * Makes the fixture workbooks of test/fixtures, each beside the result it must give. The results are
 * written here by hand from the rules of DOMAIN.md, never computed by the tool under test.
 *
 * Run: npm run fixtures
 */
import ExcelJS from 'exceljs';
import { writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { ZipReader } from '../src/workbook/xlsx/zipReader';
import { ZipWriter } from '../src/workbook/xlsx/zipWriter';
import { LAYOUTS, Layout } from '../test/fixtures/layouts';

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

/** Gives the workbook's first font, the Normal style's (ExcelJS writes Calibri 11), another face and size. */
async function setNormalFont(file: string, font: { name: string; size: number }): Promise<void> {
  const zip = await ZipReader.open(file);
  const parts = await Promise.all(zip.parts.map(async (part) => ({ name: part.name, bytes: await zip.bytes(part) })));
  zip.close();
  const handle = await open(file, 'w');
  const writer = new ZipWriter(handle);
  for (const { name, bytes } of parts) {
    if (name !== 'xl/styles.xml') await writer.add(name, bytes);
    else await writer.add(name, bytes.toString('utf8').replace(/<font>.*?<\/font>/su, `<font><sz val="${font.size}"/><name val="${font.name}"/><family val="3"/><charset val="134"/></font>`));
  }
  await writer.finish();
  await handle.close();
}

/** Writes a layout as Excel would store it: merges, hidden rows and sheets, formulas without a stored result. */
async function writeLayout(layout: Layout): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const spec of layout.sheets) {
    const sheet = workbook.addWorksheet(spec.name);
    if (spec.hidden) sheet.state = 'hidden';
    spec.rows.forEach((row) => sheet.addRow(row));
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
    for (const row of spec.hiddenRows ?? []) sheet.getRow(row).hidden = true;
    for (const [address, formula] of Object.entries(spec.formulas ?? {})) sheet.getCell(address).value = { formula } as ExcelJS.CellFormulaValue;
  }
  await workbook.xlsx.writeFile(`${DIR}/${layout.file}.xlsx`);
  if (layout.normalFont) await setNormalFont(`${DIR}/${layout.file}.xlsx`, layout.normalFont);
  writeFileSync(`${DIR}/${layout.file}.expected.json`, `${JSON.stringify(LAYOUT_RESULTS[layout.file], null, 2)}\n`);
}

/**
 * What each layout must give on 2026-11-22, worked out by hand from DOMAIN.md's rules. Cadres are keyed
 * 'sheet!row'. A skipped entry with `through` is a merged block, listed once: Excel hands its text in
 * the top-left cell only (no `through`), the CLI's reader in every row it spans (`through` its last row).
 */
const LAYOUT_RESULTS: Record<string, object> = {
  ...plainLayouts(),
  grouped: {
    args: ['--as-of', '2026-11-22'],
    taken: ['中层干部花名册'],
    headerRow: 3,
    cadres: {
      // Key post (财务), 20190301 typed as a number: 2024-03-01 reached; in the unit since 2015.03: 10 years by 2025.03.
      '中层干部花名册!5': { status: 'due', unit: '财务科' },
      // 201805 as a number is 2018年5月: 8 years, no key post; born 1990.07, under 40 → suggested.
      '中层干部花名册!6': { status: 'suggested', unit: '办公室' },
      '中层干部花名册!9': { status: 'ok', unit: '信息中心' },
      // 85.03: a two-digit year is a problem; without a birth date nothing else applies → ok.
      '中层干部花名册!11': { status: 'ok', unit: '档案馆' },
    },
    reasons: {
      '中层干部花名册!5': ['重点岗位(财务)任现职满5年(2019年3月1日起,已7年8个月)', '同一单位工作满10年(2015年3月起,已11年8个月)'],
    },
    skipped: [
      { sheet: '中层干部花名册', row: 4, kind: '分组标题', text: '一、局机关科室' },
      { sheet: '中层干部花名册', row: 7, kind: '合计行', text: '小计 2人' },
      { sheet: '中层干部花名册', row: 8, kind: '分组标题', text: '(二)直属事业单位' },
      { sheet: '中层干部花名册', row: 10, kind: '空岗', text: '4 信息中心 副主任 副科 空岗' },
      { sheet: '中层干部花名册', row: 12, kind: '合计行', text: '合计 3人' },
      { sheet: '中层干部花名册', row: 14, kind: '表注', text: '注:1.任现职时间以任职文件为准;2.本表由人事科填写。' },
      { sheet: '中层干部花名册', row: 15, kind: '表注', text: '填表人:王某 审核人:李某 制表日期:2026年10月31日' },
    ],
    problems: [{ sheet: '中层干部花名册', row: 11, column: '出生年月', cell: 'D11', message: '两位年份' }],
    others: {},
    hidden: [],
    duplicateNames: [],
    unusedColumns: ['序号'],
    columns: { name: '姓 名', gender: '性别', birth: '出生年月', unit: '科室', post: '职务', rank: '职级', postStart: '任现职时间', unitStart: '进入本单位时间', remarks: '备注' },
  },
  'hidden-and-backup': {
    args: ['--as-of', '2026-11-22'],
    taken: ['干部花名册'],
    headerRow: 1,
    cadres: {
      '干部花名册!2': { status: 'due', unit: '财务科' },
      '干部花名册!3': { status: 'ok', unit: '办公室' },
      // 科室 is a VLOOKUP never calculated: a problem, no unit, no key post; 38 years old, 5 years in post → suggested.
      '干部花名册!7': { status: 'suggested', unit: '' },
      '干部花名册!9': { status: 'ok', unit: '信息中心' },
    },
    reasons: { '干部花名册!2': ['重点岗位(财务)任现职满5年(2018年3月起,已8年8个月)'] },
    skipped: [
      { sheet: '干部花名册', row: 4, kind: '不在册', text: '郑三(备注:已调出)' },
      { sheet: '干部花名册', row: 5, kind: '隐藏行', text: '王四 男 1980.11 办公室 副科长 副科 2014.06' },
      { sheet: '干部花名册', row: 6, kind: '隐藏行', text: '冯五 女 1972.04 档案室 科长 正科 2016.01 已退休' },
      { sheet: '干部花名册', row: 8, kind: '不在册', text: '褚七(备注:调离)' },
    ],
    problems: [{ sheet: '干部花名册', row: 7, column: '科室', cell: 'D7', message: '公式无计算结果,请在 Excel 中重新计算后保存' }],
    others: { 说明: '没有含"姓名"等列的表头', '花名册(2024年备份)': '隐藏的工作表', '2025年轮岗方案': '拟任单位/拟任职务' },
    hidden: ['第5、6行已隐藏,未纳入'],
    duplicateNames: [{ name: '吴二', rows: [{ sheet: '干部花名册', row: 3 }, { sheet: '干部花名册', row: 9 }] }],
    unusedColumns: [],
    // With includeHiddenRows: 王四 is read (2014.06, same post 10 years → due); 冯五's remark 已退休 still takes her out.
    withHiddenRows: {
      cadres: { '干部花名册!5': { status: 'due', unit: '办公室' } },
      reasons: { '干部花名册!5': ['同一职位任职满10年(2014年6月起,已12年5个月)'] },
      skipped: [
        { sheet: '干部花名册', row: 4, kind: '不在册', text: '郑三(备注:已调出)' },
        { sheet: '干部花名册', row: 6, kind: '不在册', text: '冯五(备注:已退休)' },
        { sheet: '干部花名册', row: 8, kind: '不在册', text: '褚七(备注:调离)' },
      ],
    },
  },
  'per-unit': {
    args: ['--as-of', '2026-11-22'],
    taken: ['办公室', '财务科', '审计科'],
    headerRow: 3,
    cadres: {
      // Same post and same unit since 2015.04: 10 years by 2025.04.
      '办公室!4': { status: 'due', unit: '办公室' },
      '办公室!5': { status: 'suggested', unit: '办公室' },
      // Key post (财务) since 2022.03: 5 years on 2027-03-01, within 6 months → due soon.
      '财务科!4': { status: 'warning', unit: '财务科' },
      '财务科!5': { status: 'ok', unit: '财务科' },
      '审计科!4': { status: 'due', unit: '审计科' },
      // Due (审计, 2019.05) but a woman born 1971.03 is within 2 years of 55 since 2024.03 → exempt.
      '审计科!5': { status: 'exempt', unit: '审计科' },
    },
    reasons: {
      '办公室!4': ['同一职位任职满10年(2015年4月起,已11年7个月)', '同一单位工作满10年(2015年4月起,已11年7个月)'],
    },
    skipped: [],
    problems: [],
    others: { '汇总(旧)': '隐藏的工作表' },
    hidden: [],
    duplicateNames: [],
    unusedColumns: ['序号'],
    fills: { '办公室!A4': 'FFF8CBAD', '财务科!A4': 'FFFFE699', '财务科!A5': null, '审计科!I5': 'FFD9D9D9' },
  },
  'hr-export': {
    args: ['--as-of', '2026-11-22'],
    taken: ['员工主表'],
    headerRow: 1,
    cadres: {
      '员工主表!2': { status: 'due', unit: '财务处', post: '处长' },
      // 入职日期 2012.07 is not the start in a unit: nothing makes her due; 36 years old, 4 years in post → suggested.
      '员工主表!3': { status: 'suggested', unit: '办公室', post: '副主任' },
      // 19850 is no date: a problem, never 1954年5月; due on the key post (审计) all the same.
      '员工主表!4': { status: 'due', unit: '审计处', post: '副处长' },
      // 原因说明 says 借调 but is not the remarks: due, not exempt.
      '员工主表!5': { status: 'due', unit: '人事处', post: '处长' },
      // Post start 2099.01 set aside: nothing else to go on → ok.
      '员工主表!6': { status: 'ok', unit: '信息中心', post: '主任' },
    },
    reasons: {
      '员工主表!2': ['重点岗位(财务)任现职满5年(2018年6月1日起,已8年5个月)'],
      '员工主表!4': ['重点岗位(审计)任现职满5年(2020年9月1日起,已6年2个月)'],
      '员工主表!5': ['重点岗位(人事)任现职满5年(2020年1月1日起,已6年10个月)'],
    },
    skipped: [
      { sheet: '员工主表', row: 7, kind: '空岗', text: 'E006 法规处副处长 副处级' },
      { sheet: '员工主表', row: 8, kind: '表注', text: '导入说明:1.所有单元格格式为文本;2.日期按yyyymmdd填写。', through: 11 },
    ],
    problems: [
      { sheet: '员工主表', row: 4, column: '出生日期', cell: 'D4', message: '无法识别的日期"19850"' },
      { sheet: '员工主表', row: 6, column: '现职务始任时间', cell: 'G6', message: '晚于检查日期' },
    ],
    others: { 填表说明: '没有含"姓名"等列的表头', 任职记录: '姓名重复', 家庭成员: '表头与"员工主表"不同', 薪酬调整记录: '姓名重复' },
    hidden: [],
    duplicateNames: [],
    unusedColumns: ['员工编号', '全日制学历(未用,"学历"取"最高学历")', '原因说明'],
    columns: {
      name: '姓名', gender: '性别', birth: '出生日期', unitPost: '所在单位及职务', rank: '职务级别', postStart: '现职务始任时间',
      rankStart: '现职级始任时间', joined: '入职日期', education: '最高学历', remarks: '备注',
    },
    // With columnMap { unitStart: '入职日期' }: 曹二 in the unit since 2012-07-01, 14 years → due.
    withColumnMap: {
      settings: { columnMap: { unitStart: '入职日期' } },
      cadres: { '员工主表!3': { status: 'due', unit: '办公室', post: '副主任' } },
      reasons: { '员工主表!3': ['同一单位工作满10年(2012年7月1日起,已14年4个月)'] },
    },
  },
};

/** What a layout of one sheet with no hidden rows, no other sheet and no name twice must give: the defaults, and `result`. */
function plain(result: object): object {
  return { args: ['--as-of', '2026-11-22'], reasons: {}, skipped: [], others: {}, hidden: [], duplicateNames: [], ...result };
}

/** The layouts of staff exports and company rosters found in the wild, each read by hand. */
function plainLayouts(): Record<string, object> {
  return {
    'staff-export': plain({
      taken: ['sheet1'],
      headerRow: 1,
      cadres: {
        // 职务 is empty in every row, so the post is 职位's; the unit names 财务: key post since 2019-03-01, 7 years 8 months.
        'sheet1!2': { status: 'due', unit: '总公司/财务部', post: '财务部经理' },
        // 入职日期 is not the start in a unit; 38 years old, in the post since 2022-06 → suggested.
        'sheet1!3': { status: 'suggested', unit: '总公司/办公室', post: '主任' },
        // '/' is no unit: a problem; 34 years old, in the post since 2023-01 → suggested.
        'sheet1!6': { status: 'suggested', unit: '', post: '科员' },
      },
      reasons: {
        'sheet1!2': ['重点岗位(财务)任现职满5年(2019年3月1日起,已7年8个月)'],
        'sheet1!3': ['38岁(未满40岁),任现职满3年(2022年6月起,已4年5个月)'],
      },
      skipped: [
        { sheet: 'sheet1', row: 4, kind: '不在册', text: '张三(员工状态:离职)' },
        { sheet: 'sheet1', row: 5, kind: '不在册', text: '赵四(离职日期:2026-10-31)' },
      ],
      problems: [{ sheet: 'sheet1', row: 6, column: '部门', cell: 'C6', message: '单位为空' }],
      unusedColumns: ['职务(未用,"职务"取"职位")', '职级(未用,"职级"取"岗位级别")', '证件号'],
      columns: {
        name: '姓名', state: '员工状态', unit: '部门', post: '职位', rank: '岗位级别', postStart: '任职日期', joined: '入职日期',
        gender: '性别', birth: '出生日期', leftOn: '离职日期',
      },
    }),
    'university-export': plain({
      taken: ['Sheet0'],
      headerRow: 2,
      cadres: {
        // Two offices in one cell: the unit is the first's, the post the rest. Same post since 2015.09: 10 years by 2025.09.
        'Sheet0!3': { status: 'due', unit: '党委办公室', post: '主任、校长办公室主任' },
        // Key post (组织) since 2020.04: 5 years by 2025.04.
        'Sheet0!4': { status: 'due', unit: '党委组织部', post: '副部长' },
        // Key post (财务) since 2019.12.
        'Sheet0!5': { status: 'due', unit: '财务处', post: '处长' },
        // Key post since 2022.08: 5 years in 2027.08, past the 6 months' warning; 38 years old, 4 years in post → suggested.
        'Sheet0!6': { status: 'suggested', unit: '财务处', post: '副处长' },
        // Due twice over (审计 since 2016.03), but a man born 1967.05 is 60 in 2027.05: within 2 years → exempt.
        'Sheet0!7': { status: 'exempt', unit: '审计处', post: '副处长' },
        'Sheet0!8': { status: 'ok', unit: '教务处', post: '副处长' },
        'Sheet0!9': { status: 'due', unit: '图书馆', post: '馆长' },
        // 基建 is no key word; 3 years in post, 47 years old → ok.
        'Sheet0!10': { status: 'ok', unit: '基建处', post: '处长' },
        'Sheet0!11': { status: 'due', unit: '人事处', post: '处长' },
        // 8 years, no key word; 专业技术职务 (研究员) is not the post.
        'Sheet0!12': { status: 'ok', unit: '科学研究院', post: '副院长' },
        // Born 1985.12: 40 since 2025.12, so not under 40; 7 years in post → ok.
        'Sheet0!13': { status: 'ok', unit: '党委办公室', post: '副主任' },
        // Same post since 2017.10: 10 years in 2027.10, 11 months away → ok.
        'Sheet0!14': { status: 'ok', unit: '图书馆', post: '副馆长' },
      },
      reasons: {
        'Sheet0!3': ['同一职位任职满10年(2015年9月起,已11年2个月)'],
        'Sheet0!4': ['重点岗位(组织)任现职满5年(2020年4月起,已6年7个月)'],
        'Sheet0!5': ['重点岗位(财务)任现职满5年(2019年12月起,已6年11个月)'],
        'Sheet0!6': ['38岁(未满40岁),任现职满3年(2022年8月起,已4年3个月)'],
        'Sheet0!9': ['同一职位任职满10年(2012年6月起,已14年5个月)'],
        'Sheet0!11': ['重点岗位(人事)任现职满5年(2021年4月起,已5年7个月)'],
      },
      skipped: [{ sheet: 'Sheet0', row: 15, kind: '表注', text: '制表单位:党委组织部 导出时间:2026-11-20' }],
      problems: [{ sheet: 'Sheet0', row: 2, column: '职级', message: '未找到"职级"列' }],
      // The export's counts of years (现职务始任年限 holds 现职务, 任现职级年限 现职级) name no column.
      unusedColumns: ['序号', '年龄', '所学专业', '专业技术职务', '现职务始任年限', '任现职级年限'],
      columns: {
        name: '姓名', unitPost: '所在单位及职务', gender: '性别', ethnicity: '民族', birth: '出生时间', politics: '政治面貌',
        education: '最高学历学位', postStart: '现职务始任时间', rankStart: '现职级始任时间',
      },
    }),
    'company-roster': plain({
      taken: ['劳务派遣'],
      headerRow: 2,
      // No post start: 入职时间 is when they joined, 第一次签定起始时间 a contract's start; neither makes anyone due.
      cadres: {
        '劳务派遣!3': { status: 'ok', unit: '生产制造部', post: '装配调试员' },
        '劳务派遣!4': { status: 'ok', unit: '财务部', post: '会计' },
        '劳务派遣!5': { status: 'ok', unit: '营销部', post: '营销员' },
      },
      problems: [
        { sheet: '劳务派遣', row: 2, column: '任现职时间', message: '未找到"任现职时间"列,无法计算任现职年限' },
        { sheet: '劳务派遣', row: 2, column: '职级', message: '未找到"职级"列' },
      ],
      unusedColumns: ['序号', '二级部门(未用,"单位"取"一级部门")', '职业资格级别', '第一次签定起始时间', '合同到期日期'],
      columns: {
        name: '姓名', gender: '性别', unit: '一级部门', post: '岗位名称', joined: '入职时间', birth: '出生年月', ethnicity: '民族',
        education: '学历', remarks: '备注',
      },
    }),
  };
}

Promise.all([titleRows(), coverAndPlan(), noRoster(), ...LAYOUTS.map(writeLayout)]).catch((error) => {
  process.stderr.write(`${error}\n`);
  process.exitCode = 1;
});
