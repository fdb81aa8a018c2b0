import { runForecast } from '../../src/app/runForecast';
import { MemoryWorkbook } from '../../src/workbook/memory/memoryWorkbook';
import { AppError } from '../../src/workbook/port';
import { HEADER, rowValues, settings } from '../helpers';

const book = () =>
  new MemoryWorkbook([
    {
      name: '花名册',
      values: [
        HEADER,
        rowValues({ name: '甲', unit: '财务科', postStart: '2023.03' }),
        rowValues({ name: '乙', gender: '女', birth: '1972.03', unit: '办公室', postStart: '2018.06' }),
        rowValues({ name: '丙', unit: '办公室', postStart: '2015.01' }),
      ],
    },
  ]);

describe('runForecast', () => {
  it('writes the 轮岗预测 sheet with who falls due, when and why, and who retires, marking nothing', async () => {
    const workbook = book();
    const before = JSON.stringify(workbook.sheets[0].values);
    const { forecast, written } = await runForecast(workbook, { asOf: '2026-12-01', settings: settings() });
    expect(written.sheets).toEqual(['轮岗预测']);
    expect(forecast.cadres.map((c) => [c.name, c.dueOn])).toEqual([['甲', '2028-03-01']]);
    const sheet = workbook.sheets.find((s) => s.name === '轮岗预测');
    const text = sheet!.values.map((row) => row.join('|')).join('\n');
    expect(text).toContain('1|2|甲|财务科|科员|科员|2028年3月1日|重点岗位任现职满5年');
    expect(text).toContain('2028年|■ 1人');
    expect(text).toContain('1|3|乙|办公室|科员||2027年3月1日');
    expect(text).not.toContain('丙');
    expect(JSON.stringify(workbook.sheets[0].values)).toBe(before);
    expect(workbook.sheets[0].fills.size).toBe(0);
  });

  it('refuses a horizon outside one to ten years before reading anything', async () => {
    await expect(runForecast(book(), { asOf: '2026-12-01', settings: settings(), years: 0 })).rejects.toThrow(AppError);
    await expect(runForecast(book(), { asOf: '2026-12-01', settings: settings(), years: 11 })).rejects.toThrow('预测年数');
  });
});
