/**
 * Makes assets/sample-roster.xlsx: a fictional bureau's roster of middle-level cadres, shaped the way real
 * ones are (a merged title row, a note row, mixed date forms, remarks, relatives, columns the tool must
 * never copy out), plus a cover note and a sheet of vacancies. Seeded, so every run makes the same file.
 *
 * Run: npm run sample
 */
import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { seeded } from './seeded';

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平', '刚', '桂英', '建华', '文', '华', '红', '志强', '海燕', '晓东', '丽华', '建国', '玉兰', '子涵', '欣怡', '浩然', '思远', '雨桐', '宇轩', '佳琪', '俊杰'];
const UNITS = ['办公室', '组织人事科', '财务科', '审计科', '纪检监察室', '综合执法大队', '行政审批科', '政策法规科', '规划发展科', '项目管理科', '资金管理科', '证照管理科', '采购中心', '信息中心', '宣传科', '机关党委', '后勤服务中心', '档案室', '安全监管科', '统计科'];

const rand = seeded(20261123);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
const between = (low: number, high: number): number => low + Math.floor(rand() * (high - low + 1));
const pad = (n: number): string => String(n).padStart(2, '0');

/** A date written the way this row's clerk writes dates. */
function writeDate(year: number, month: number, day: number, form: number): ExcelJS.CellValue {
  switch (form) {
    case 0: return new Date(Date.UTC(year, month - 1, day));
    case 1: return `${year}.${pad(month)}`;
    case 2: return `${year}年${month}月`;
    case 3: return `${year}-${pad(month)}-${pad(day)}`;
    case 4: return `${year}/${month}/${day}`;
    case 5: return `${year}.${pad(month)}`.replace(/\d/gu, (d) => String.fromCharCode(0xff10 + Number(d))).replace('.', '．');
    case 6: return ` ${year}.${pad(month)} `;
    default: return Number(`${year}.${pad(month)}`);
  }
}

interface Person {
  name: string; gender: '男' | '女'; birth: [number, number, number]; unit: string; post: string; rank: string;
  postStart: [number, number, number]; unitStart: [number, number]; workStart: [number, number];
  remarks: string; relatives: string; wish: string; history: string;
}

function person(unit: string, post: string, rank: string): Person {
  const gender = rand() < 0.62 ? '男' : '女';
  const leader = rank !== '科员';
  const birthYear = leader ? between(1966, 1988) : between(1970, 1998);
  const birth: [number, number, number] = [birthYear, between(1, 12), between(1, 28)];
  // Most posts are recent; about one in five is older, as in a bureau that rotates now and then.
  const postYear = between(Math.max(birthYear + 24, rand() < 0.2 ? 2010 : 2019), 2025);
  const unitYear = Math.max(birthYear + 22, postYear - (rand() < 0.25 ? between(3, 9) : between(0, 2)));
  return {
    name: pick([...SURNAMES]) + pick(GIVEN), gender, birth, unit, post, rank,
    postStart: [postYear, between(1, 12), between(1, 28)], unitStart: [unitYear, between(1, 12)],
    workStart: [birthYear + between(21, 24), between(7, 9)], remarks: '', relatives: '', wish: '', history: '',
  };
}

function staff(): Person[] {
  const people: Person[] = [];
  for (const unit of UNITS) {
    const chief = unit.endsWith('室') || unit.endsWith('中心') ? '主任' : unit.endsWith('大队') ? '大队长' : unit === '机关党委' ? '专职副书记' : '科长';
    const deputy = chief === '科长' ? '副科长' : chief === '主任' ? '副主任' : chief === '大队长' ? '副大队长' : '委员';
    people.push(person(unit, chief, '正科'));
    for (let i = between(1, 2); i > 0; i -= 1) people.push(person(unit, deputy, '副科'));
    for (let i = between(6, 9); i > 0; i -= 1) people.push(person(unit, '科员', '科员'));
  }
  return people;
}

/** The quirks real rosters have: remarks, relatives, wishes, history, a shared name, bad dates. */
function addQuirks(people: Person[]): Map<number, ExcelJS.CellValue> {
  const remarks = ['借调市委办', '病休', '试用期', '挂职锻炼(2025.09起)', '暂缓交流(党组会议决定)', '优秀'];
  remarks.forEach((remark, i) => { people[7 + i * 29].remarks = remark; });
  for (let i = 0; i < 6; i += 1) {
    const a = people[11 + i * 31];
    const b = people[23 + i * 29];
    if (a.unit === b.unit) continue;
    a.relatives = `${b.name}(${a.gender === b.gender ? '兄弟姐妹' : '配偶'})`;
  }
  people[40].wish = '办公室';
  people[85].wish = '信息中心';
  people[120].wish = '宣传科';
  people[60].history = `财务科(2016.03-2022.05)、办公室(2012.07-2016.03)`;
  people[61].name = people[5].name;
  // Cells as clerks leave them: a year alone, a word, one the tool must ask about.
  return new Map<number, ExcelJS.CellValue>([[33, '2019'], [77, '待定'], [141, null]]);
}

function rosterSheet(workbook: ExcelJS.Workbook, people: Person[], oddPostStarts: Map<number, ExcelJS.CellValue>): void {
  const sheet = workbook.addWorksheet('中层干部花名册');
  const header = ['序号', '姓名', '性别', '民族', '出生年月', '籍贯', '政治面貌', '学历', '参加工作时间', '所在科室', '现任职务', '职级', '任现职时间', '进入本单位时间', '身份证号', '联系电话', '亲属关系', '意向岗位', '曾任单位', '备注'];
  sheet.addRow(['××市××局中层干部花名册']);
  sheet.mergeCells(1, 1, 1, header.length);
  sheet.getCell('A1').font = { bold: true, size: 16 };
  sheet.getCell('A1').alignment = { horizontal: 'center' };
  sheet.addRow(['统计截至2026年10月31日']);
  sheet.mergeCells(2, 1, 2, header.length);
  sheet.addRow(header).font = { bold: true };
  people.forEach((p, i) => {
    const form = i % 8;
    const postStart = oddPostStarts.has(i) ? oddPostStarts.get(i) ?? null : writeDate(...p.postStart, form);
    const id = `110105${p.birth[0]}${pad(p.birth[1])}${pad(p.birth[2])}${String(100 + i).slice(-3)}${i % 10}`;
    sheet.addRow([
      i + 1, i % 17 === 3 ? `${p.name[0]}  ${p.name.slice(1)}` : p.name, p.gender, i % 23 === 0 ? '回族' : '汉族',
      `${p.birth[0]}.${pad(p.birth[1])}`, pick(['北京', '河北保定', '山东济南', '河南郑州', '湖北武汉']), i % 9 === 0 ? '群众' : '中共党员',
      pick(['大学', '研究生', '大学', '大专']), Number(`${p.workStart[0]}.${pad(p.workStart[1])}`), p.unit, p.post, p.rank, postStart,
      `${p.unitStart[0]}.${pad(p.unitStart[1])}`, id, `13${between(100000000, 999999999)}`, p.relatives, p.wish, p.history, p.remarks,
    ]);
    if (i % 8 === 0) sheet.getCell(sheet.rowCount, 13).numFmt = 'yyyy.mm';
    if (i % 31 === 30) sheet.addRow([]);
  });
  sheet.columns.forEach((column, i) => { column.width = [5, 9, 5, 6, 9, 10, 9, 7, 11, 13, 10, 6, 12, 13, 20, 13, 16, 10, 26, 18][i]; });
}

async function main(): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const cover = workbook.addWorksheet('说明');
  cover.addRow(['本工作簿为虚构的示例花名册,人名、身份证号、电话均为随机生成,仅供试用"干部轮岗助手"。']);
  cover.addRow(['填表人:人事科  联系电话:0000-00000000']);
  const people = staff();
  const odd = addQuirks(people);
  rosterSheet(workbook, people, odd);
  const vacancies = workbook.addWorksheet('空缺岗位');
  vacancies.addRow(['单位', '职务', '职级', '数量']);
  vacancies.addRows([['信息中心', '副主任', '副科', 1], ['政策法规科', '副科长', '副科', 1], ['统计科', '科员', '科员', 2], ['档案室', '科员', '科员', 1]]);
  mkdirSync('assets', { recursive: true });
  await workbook.xlsx.writeFile('assets/sample-roster.xlsx');
  process.stdout.write(`assets/sample-roster.xlsx: ${people.length} cadres in ${UNITS.length} units\n`);
}

main().catch((error) => {
  process.stderr.write(`${error}\n`);
  process.exitCode = 1;
});
