import { runCheck } from '../../src/app/runCheck';
import { EtApplication } from '../../src/workbook/wps/et';
import { WpsHost, isEtApplication } from '../../src/workbook/wps/wpsHost';
import { wpsApplication } from '../../src/taskpane/host';
import { WpsPaneHost } from '../../src/taskpane/wpsPaneHost';
import { AppError } from '../../src/workbook/port';
import { settings } from '../helpers';
import { FakeEtApplication } from './fakeEt';
import { roster } from './roster';

const et = (app: FakeEtApplication) => app as unknown as EtApplication;
const options = { asOf: '2026-11-22', settings: settings() };

describe('choosing WPS at start-up', () => {
  it('takes window.Application when it is the ET object model, and nothing else', () => {
    const app = new FakeEtApplication([{ name: 'a', values: [] }]);
    expect(wpsApplication({ Application: app })).toBe(app);
    expect(isEtApplication({ CreateTaskPane: () => undefined })).toBe(true);
    expect(wpsApplication({})).toBeUndefined();
    expect(wpsApplication({ Application: 'Excel' })).toBeUndefined();
    expect(wpsApplication(undefined)).toBeUndefined();
  });
});

describe('the pane host on WPS', () => {
  it('keeps the rule settings in the workbook and gives them back, with the screen redrawn after each action', async () => {
    const app = new FakeEtApplication([{ name: '名册', values: roster(10) }]);
    const host = new WpsHost(et(app));
    expect(await host.loadSettings()).toBeUndefined();
    await host.saveSettings({ keyPostYears: 6 });
    expect(app.book.activeSheet?.name).toBe('名册');
    expect(await new WpsHost(et(app)).loadSettings()).toEqual({ keyPostYears: 6 });
    await host.run((port) => runCheck(port, options));
    expect(await new WpsHost(et(app)).loadSettings()).toEqual({ keyPostYears: 6 });
    expect(app.ScreenUpdating).toBe(true);
    expect(await host.sheetNames()).toEqual(['名册', '轮岗检查']);
  });

  it('leaves the user on the sheet they were on after writing new sheets and the record', async () => {
    const app = new FakeEtApplication([{ name: '封面', values: [['说明']] }, { name: '名册', values: roster(10) }]);
    app.ActiveWorkbook!.Worksheets.Item('名册').Activate();
    await new WpsHost(et(app)).run((port) => runCheck(port, options));
    expect(app.book.sheets.map((s) => s.name)).toContain('轮岗检查');
    expect(app.book.activeSheet?.name).toBe('名册');
  });

  it('selects a cadre\'s row on its sheet', async () => {
    const app = new FakeEtApplication([{ name: '名册', values: roster(10) }, { name: '其他', values: [['x']] }]);
    await new WpsHost(et(app)).selectRow('其他', 1);
    expect(app.book.activeSheet?.name).toBe('其他');
  });

  it('says so in the pane, in either language, when the roster has merged cells', async () => {
    const app = new FakeEtApplication([{ name: '名册', values: roster(10) }]);
    const pane = new WpsPaneHost(et(app));
    await pane.run((port) => runCheck(port, options));
    expect(pane.notes('zh-CN')).toEqual([]);
    app.sheet('名册').merges.push({ r1: 3, c1: 4, r2: 4, c2: 4 });
    await pane.run((port) => runCheck(port, options));
    expect(pane.notes('zh-CN')[0]).toContain('合并单元格');
    expect(pane.notes('en-US')[0]).toContain('merged cells');
  });

  it('turns an ET failure into a message and leaves the screen redrawn', async () => {
    const app = new FakeEtApplication([{ name: '名册', values: roster(10) }]);
    const host = new WpsHost(et(app));
    await expect(host.run(async (port) => { await port.readSheets(['没有这张表']); })).rejects.toThrow(AppError);
    expect(app.ScreenUpdating).toBe(true);
  });
});
