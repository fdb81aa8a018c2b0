#!/usr/bin/env node
/**
 * Browser tests of the WPS add-in folder: the built dist/wps/taskpane.html in real Chromium, with the
 * strict ET double (test/workbook/fakeEt.ts, as compiled by `npm run build:cli`) installed as
 * window.Application before the page runs, as WPS gives its add-in pages their Application. The three
 * buttons run on the sample roster; #check from the ribbon runs the check by itself. No request may leave
 * this machine and no page error may occur. Prints 'N passed, M failed' and exits non-zero on a failure.
 */
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');
const { ARTIFACTS, CHROMIUM, DIST, assert, finish, run, serve, test } = require('./harness');

const BUILD = path.resolve(__dirname, '../../build');
const ROSTER = '中层干部花名册';

/** The compiled double and the modules it requires, as one script that defines window.__et. */
function doubleScript() {
  const modules = {};
  const visit = (file) => {
    if (modules[file]) return;
    modules[file] = fs.readFileSync(file, 'utf8');
    for (const [, request] of modules[file].matchAll(/require\("(\.[^"]+)"\)/gu)) visit(path.resolve(path.dirname(file), `${request}.js`));
  };
  const entry = path.join(BUILD, 'test/workbook/fakeEt.js');
  visit(entry);
  const id = (file) => path.relative(BUILD, file).replace(/\\/gu, '/');
  const defs = Object.entries(modules).map(([file, code]) => `${JSON.stringify(id(file))}: function (exports, require) {\n${code}\n}`).join(',\n');
  return `(function () {
  var defs = {${defs}};
  var cache = {};
  function load(name) {
    if (cache[name]) return cache[name].exports;
    var module = cache[name] = { exports: {} };
    var dir = name.split('/').slice(0, -1);
    defs[name](module.exports, function (request) {
      var parts = dir.slice();
      request.split('/').forEach(function (p) { if (p === '..') parts.pop(); else if (p !== '.') parts.push(p); });
      return load(parts.join('/') + '.js');
    });
    return module.exports;
  }
  window.__et = load(${JSON.stringify(id(entry))});
}());`;
}

async function main() {
  if (!CHROMIUM) throw new Error('Chromium not found: apt-get install -y chromium');
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const sheets = JSON.parse(fs.readFileSync(path.join(DIST, 'demo/sample-roster.json'), 'utf8'));
  const install = `${doubleScript()}\nwindow.Application = new window.__et.FakeEtApplication(${JSON.stringify(sheets)});`;
  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const foreign = [];
  const pageErrors = [];
  const open = async (hash = '') => {
    const page = await browser.newPage({ viewport: { width: 420, height: 900 }, locale: 'zh-CN' });
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
    });
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.addInitScript(install);
    await page.goto(`${origin}/wps/taskpane.html${hash}`);
    await page.waitForSelector('#app[data-ready="wps"]', { timeout: 30000 });
    return page;
  };
  const workbook = (page) => page.evaluate((roster) => {
    const book = window.Application.book;
    const sheet = book.sheets.find((s) => s.name === roster);
    return {
      names: book.sheets.map((s) => s.name),
      visible: book.sheets.map((s) => s.visible),
      values: JSON.stringify(sheet.valuesGrid()),
      fills: Array.from(sheet.cells.values()).filter((cell) => cell.fill !== undefined).length,
      notice: book.sheets.filter((s) => s.name.startsWith('公示名单')).map((s) => JSON.stringify(s.valuesGrid())).join(''),
    };
  }, ROSTER);
  const button = (page, name) => page.getByRole('button', { name, exact: true });

  try {
    const page = await open();
    const before = await workbook(page);

    await test('opens in WPS on the workbook, not the preview', async () => {
      assert(await page.isHidden('#demo-note'), 'the demo note is shown in WPS');
      assert(await page.isHidden('#preview'), 'the preview is shown in WPS');
      const options = await page.locator('#sheet option').allTextContents();
      assert(options.includes(ROSTER), `the sheet list lacks the roster: ${options}`);
    });

    await test('一键检查 marks the roster and adds 轮岗检查, no value changed', async () => {
      await button(page, '一键检查').click();
      await page.waitForSelector('.check-result', { timeout: 30000 });
      const after = await workbook(page);
      assert(Number(await page.textContent('.count[data-status=due] strong')) > 0, 'no cadre due');
      assert(after.fills > 0, 'no row filled');
      assert(after.names.includes('轮岗检查'), `no 轮岗检查 in ${after.names}`);
      assert(after.values === before.values, 'a roster value changed');
      await page.screenshot({ path: path.join(ARTIFACTS, 'wps-1-check.png'), fullPage: true });
    });

    await test('生成方案 writes 轮岗方案 and 公示名单', async () => {
      await button(page, '生成方案').click();
      // The notice's own fields are empty in this workbook: the short form comes first, as in Excel.
      await page.waitForSelector('#notice-form:not([hidden])', { timeout: 10000 });
      await button(page, '暂不填写,先生成').click();
      await page.waitForSelector('.plan-result', { timeout: 30000 });
      const after = await workbook(page);
      assert(after.names.some((n) => n.startsWith('轮岗方案')) && after.names.some((n) => n.startsWith('公示名单')), `sheets: ${after.names}`);
      assert(after.notice.includes('轮岗交流的公示'), 'the notice has no title');
      assert(/已安排 \d+ 人/u.test(await page.textContent('.plan-counts')), 'no placed count');
      assert(after.visible.filter((v) => v === 2).length === 1, 'the record sheet is not very hidden');
      await page.screenshot({ path: path.join(ARTIFACTS, 'wps-2-plan.png'), fullPage: true });
    });

    await test('清除标记 gives the roster its fills back', async () => {
      await button(page, '清除标记').click();
      // The clear's own line: the plan's result holds a status of its own, which is there already.
      await page.waitForSelector('#results > p[role=status]:has-text("已恢复")', { timeout: 30000 });
      const after = await workbook(page);
      assert(after.fills === before.fills, `fills ${after.fills}, before ${before.fills}`);
      assert(after.values === before.values, 'a roster value changed');
    });

    await test('the ribbon\'s 一键检查 (the pane opened at #check) runs the check by itself', async () => {
      const ribbon = await open('#check');
      await ribbon.waitForSelector('.check-result', { timeout: 30000 });
      assert((await workbook(ribbon)).fills > 0, 'no row filled');
      assert(!(await ribbon.url()).includes('#check'), 'the anchor stays, so a second click would not run');
      await ribbon.close();
    });

    await test('no request leaves this machine, no page error', async () => {
      assert(foreign.length === 0, `foreign requests: ${foreign.join(', ')}`);
      assert(pageErrors.length === 0, `page errors: ${pageErrors.join(' | ')}`);
    });
  } finally {
    await browser.close();
    server.close();
  }
  finish();
}

run(main);
