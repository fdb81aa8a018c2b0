import { FakeEtApplication } from './fakeEt';

describe('the strict ET double', () => {
  const app = new FakeEtApplication([{ name: '名册', values: [['a', 1], ['b', 2]], fills: { A2: 'FF0000' } }]);
  const sheet = app.ActiveWorkbook!.Worksheets.Item(1);

  it('counts 1-based items, and refuses item 0', () => {
    expect(app.ActiveWorkbook!.Worksheets.Item('名册').Name).toBe('名册');
    expect(() => app.ActiveWorkbook!.Worksheets.Item(0)).toThrow();
  });

  it('gives one cell as a scalar and a block as rows of columns', () => {
    expect(sheet.Range('B2').Value2).toBe(2);
    expect(sheet.Range('A1:B2').Value2).toEqual([['a', 1], ['b', 2]]);
  });

  it('keeps fills as BGR numbers, ColorIndex -4142 for none, null where cells differ', () => {
    expect(sheet.Range('A2').Interior.Color).toBe(255);
    expect(sheet.Range('A1').Interior.ColorIndex).toBe(-4142);
    expect(sheet.Range('A1:A2').Interior.ColorIndex).toBeNull();
    expect(sheet.Range('A1:A2').Interior.Color).toBeNull();
  });

  it('refuses sheet names over 31 characters or with []:*?/\\', () => {
    const added = app.ActiveWorkbook!.Worksheets.Add();
    expect(() => { added.Name = 'x'.repeat(32); }).toThrow();
    for (const ch of '[]:*?/\\') expect(() => { added.Name = `a${ch}b`; }).toThrow();
    added.Name = 'x'.repeat(31);
    expect(added.Name).toHaveLength(31);
  });

  it('parses typed strings unless the cell is text, and refuses writes to a protected sheet', () => {
    const other = new FakeEtApplication([{ name: 'p', values: [['x']], protect: {} }, { name: 'q', values: [] }]);
    expect(() => { other.ActiveWorkbook!.Worksheets.Item('p').Range('A1').Value2 = 'y'; }).toThrow(/受保护/u);
    const q = other.ActiveWorkbook!.Worksheets.Item('q');
    q.Range('A1').Value2 = '1985.10';
    expect(q.Range('A1').Value2).toBe(1985.1);
    q.Range('A2').NumberFormat = '@';
    q.Range('A2').Value2 = '1985.10';
    expect(q.Range('A2').Value2).toBe('1985.10');
  });

  it('asks for whole rows when reading Hidden, and answers null for a mix', () => {
    const hidden = new FakeEtApplication([{ name: 'h', values: [['a'], ['b'], ['c']], hiddenRows: [2] }]).ActiveWorkbook!.Worksheets.Item(1);
    expect(() => hidden.Range('A1:A3').Hidden).toThrow();
    expect(hidden.Range('1:3').Hidden).toBeNull();
    expect(hidden.Range('A2').EntireRow.Hidden).toBe(true);
    expect(hidden.Range('A1:A3').Rows.Hidden).toBeNull();
  });

  it('deletes a sheet only with alerts off, and counts every call', () => {
    const two = new FakeEtApplication([{ name: 'a', values: [] }, { name: 'b', values: [] }]);
    const before = two.calls;
    expect(() => two.ActiveWorkbook!.Worksheets.Item('b').Delete()).toThrow(/DisplayAlerts/u);
    two.DisplayAlerts = false;
    two.ActiveWorkbook!.Worksheets.Item('b').Delete();
    expect(two.ActiveWorkbook!.Worksheets.Count).toBe(1);
    expect(two.calls - before).toBeGreaterThanOrEqual(9);
  });
});
