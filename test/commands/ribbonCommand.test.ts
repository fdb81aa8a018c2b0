import { runRibbonCommand } from '../../src/commands/ribbonCommand';
import { ActionKind } from '../../src/taskpane/actions';
import { ExcelHost } from '../../src/taskpane/excelHost';
import { SETTINGS_KEY } from '../../src/workbook/office/officeHost';
import { ApiVersion, FakeWorkbook } from '../workbook/fakeExcel';
import { TaskpaneHost } from '../../src/taskpane/taskpaneHost';
import { MemoryWorkbook } from '../../src/workbook/memory/memoryWorkbook';
import { HEADER, rowValues } from '../helpers';

/** The pane's host over a workbook in memory: each action runs on the workbook, settings as the workbook stores them. */
function hostOf(workbook: MemoryWorkbook, stored?: unknown): TaskpaneHost {
  return {
    kind: 'demo',
    run: (action) => action(workbook),
    selectRow: async () => undefined,
    sheetNames: async () => workbook.sheets.map((sheet) => sheet.name),
    loadSettings: async () => stored,
    saveSettings: async () => undefined,
  };
}

const roster = () => new MemoryWorkbook([{ name: '花名册', values: [HEADER, ...[
  { name: '甲', unit: '财务科', postStart: '2010.01' },
  { name: '乙', unit: '审计科', postStart: '2010.01' },
  { name: '丙', unit: '办公室', postStart: '2025.01' },
].map(rowValues)] }]);

async function click(kind: ActionKind, workbook: MemoryWorkbook, options: { stored?: unknown; locale?: 'zh-CN' | 'en-US'; show?: (message: string) => Promise<void> } = {}) {
  const shown: string[] = [];
  let completed = 0;
  await runRibbonCommand(kind, {
    host: hostOf(workbook, options.stored),
    locale: options.locale ?? 'zh-CN',
    show: options.show ?? (async (message) => { shown.push(message); }),
  }, { completed: () => { completed += 1; } });
  return { shown, completed };
}

describe('a ribbon command', () => {
  it('一键检查 marks the roster in one click and says what it found', async () => {
    const workbook = roster();
    const { shown, completed } = await click('check', workbook);
    expect(completed).toBe(1);
    // 甲 and 乙 hold key posts (财务, 审计) since 2010: due; 丙 is not.
    expect(shown).toEqual(['检查完成:应轮岗 2 人,即将到期 0 人;已标记花名册,结果见工作表"轮岗检查"。']);
    expect(workbook.sheets[0].fills.size).toBeGreaterThan(0);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['花名册', '轮岗检查']);
  });

  it('生成方案 writes the plan and says what the notice lacks, in English under en-US', async () => {
    const workbook = roster();
    const { shown, completed } = await click('plan', workbook, { locale: 'en-US', stored: { organization: '某某局' } });
    expect(completed).toBe(1);
    expect(shown[0]).toMatch(/^Plan written: 2 placed, 0 not placed; new sheets "轮岗检查", "轮岗方案", "公示名单"\. The notice lacks the deciding body, phone, address/u);
  });

  it('校验方案 and 更新公示 check the edited plan, refuse the notice while a rule is broken, and write it once mended', async () => {
    const workbook = roster();
    await click('plan', workbook);
    const plan = workbook.sheets.find((sheet) => sheet.name === '轮岗方案')!;
    const header = plan.values.findIndex((row) => row.includes('拟任单位'));
    const unitCol = plan.values[header].indexOf('拟任单位');
    const fromCol = plan.values[header].indexOf('原单位');
    const first = plan.values[header + 1];
    const target = first[unitCol];
    // 甲 and 乙 swap 财务科 and 审计科, key post for key post: a note each, no broken rule.
    expect((await click('validate', workbook)).shown).toEqual(['方案共2项交流,符合各项规则;另有2条提示(已用黄色标出)。']);
    first[unitCol] = first[fromCol];
    const broken = await click('validate', workbook);
    expect(broken.shown[0]).toMatch(new RegExp(`^方案"轮岗方案"有1处不符合规则或无法读取\\(已用红色标出\\):第${header + 2}行 ${first[1 + plan.values[header].indexOf('编号')]}:拟任单位`, 'u'));
    const refused = await click('notice', workbook);
    expect(refused.completed).toBe(1);
    expect(refused.shown[0]).toMatch(/^出错了:方案"轮岗方案"有1处不符合规则或无法读取,未更新公示名单/u);
    const refusedEn = await click('notice', workbook, { locale: 'en-US' });
    expect(refusedEn.completed).toBe(1);
    expect(refusedEn.shown[0]).toMatch(new RegExp(`^Something went wrong: The plan "轮岗方案" has 1 row that breaks a rule or cannot be read; the publicity list was not updated\\. Fix them, then run "Check plan":\nRow ${header + 2}, "[^"]+": The target unit "${first[fromCol]}" is the cadre's own unit`, 'u'));
    first[unitCol] = target;
    const { shown } = await click('notice', workbook);
    expect(shown[0]).toMatch(/^公示名单已按方案更新:第1批 2 人;新工作表"公示名单"。/u);
  });

  it('清除标记 puts the fills back', async () => {
    const workbook = roster();
    await click('check', workbook);
    const { shown } = await click('clear', workbook);
    expect(shown).toEqual(['已恢复 2 行的原底色。']);
    expect(workbook.sheets[0].fills.size).toBe(0);
  });

  it('shows an error in staff words, and still completes', async () => {
    const { shown, completed } = await click('check', roster(), { stored: { keyPostYears: 0 } });
    expect(completed).toBe(1);
    expect(shown).toEqual(['出错了:设置有误:重点岗位年限应为1到50之间的整数']);
    const none = await click('check', new MemoryWorkbook([{ name: '说明', values: [['本表为通知']] }]));
    expect(none.completed).toBe(1);
    expect(none.shown[0]).toMatch(/^出错了:未找到干部花名册/u);
  });

  it('completes even when nothing can be shown', async () => {
    const { completed } = await click('check', roster(), { show: async () => { throw new Error('no dialog'); } });
    expect(completed).toBe(1);
  });
});

describe.each<ApiVersion>(['1.4', '1.13'])('一键检查 from the ribbon in Excel (the strict double, on the web, ExcelApi %s)', (api) => {
  const globals = globalThis as unknown as { Excel?: unknown; Office?: unknown };
  const rows = [HEADER, ...[
    { name: '甲', unit: '财务科', postStart: '2010.01' },
    { name: '乙', unit: '审计科', postStart: '2010.01' },
    { name: '丙', unit: '办公室', postStart: '2025.01' },
  ].map(rowValues)];
  /** The row fills across the roster's 12 columns, rows 2 to 4 (甲, 乙, 丙). */
  const fills = (workbook: FakeWorkbook) => [2, 3, 4].map((row) => Array.from({ length: HEADER.length }, (_, c) => workbook.sheet('花名册').cellAt(row, c + 1)?.fill ?? null));

  async function clickOnce(workbook: FakeWorkbook) {
    // What the function file has inside Excel: Excel.run and the requirement sets of the host.
    globals.Excel = { run: workbook.run.bind(workbook) };
    globals.Office = { context: { requirements: { isSetSupported: workbook.isSetSupported.bind(workbook) } } };
    try {
      const shown: string[] = [];
      let completed = 0;
      await runRibbonCommand('check', { host: new ExcelHost(undefined), locale: 'zh-CN', show: async (message) => { shown.push(message); } }, { completed: () => { completed += 1; } });
      return { shown, completed };
    } finally {
      delete globals.Excel;
      delete globals.Office;
    }
  }

  it('marks the due rows in one click and writes 轮岗检查', async () => {
    const workbook = new FakeWorkbook([{ name: '花名册', values: rows }], { api, web: true });
    const { shown, completed } = await clickOnce(workbook);
    expect(completed).toBe(1);
    // Print set-up needs ExcelApi 1.9 (https://learn.microsoft.com/javascript/api/excel/excel.pagelayout): under 1.4 the message says so.
    const print = api === '1.4' ? ' 当前 Excel 版本不支持通过加载项设置打印格式,打印新工作表前请在"页面布局"中设为 A4 纸。' : '';
    expect(shown).toEqual([`检查完成:应轮岗 2 人,即将到期 0 人;已标记花名册,结果见工作表"轮岗检查"。${print}`]);
    // 甲 and 乙 hold key posts (财务, 审计) since 2010: their whole rows take the legend's colour of 应轮岗; 丙's stays.
    const due = Array<string | null>(HEADER.length).fill('F8CBAD');
    expect(fills(workbook)).toEqual([due, due, Array(HEADER.length).fill(null)]);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['花名册', '轮岗检查']);
  });

  it('takes the rules from the settings the workbook carries', async () => {
    const workbook = new FakeWorkbook([{ name: '花名册', values: rows }], { api, web: true });
    // 50 years in a key post, the same post or the same unit: nobody is due, so nothing is marked.
    workbook.settingsStore.set(SETTINGS_KEY, JSON.stringify({ keyPostYears: 50, samePostYears: 50, sameUnitYears: 50 }));
    const { shown, completed } = await clickOnce(workbook);
    expect(completed).toBe(1);
    expect(shown).toEqual(['花名册共3人,没有应轮岗、即将到期、建议轮岗或暂缓的人员,未作标记,也未新建工作表。']);
    expect(fills(workbook).flat().every((fill) => fill === null)).toBe(true);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['花名册']);
  });
});
