#!/usr/bin/env node
/**
 * Browser tests: the built task pane, opened outside Excel, in real Chromium (Debian's package, driven by
 * playwright-core). It must run the whole flow on the demo workbook with no request leaving this machine
 * and no page error. Screenshots go to test/artifacts/. Prints 'N passed, M failed' and exits non-zero on
 * any failure.
 */
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');
const { ARTIFACTS, CHROMIUM, assert, finish, run, serve, test } = require('./harness');

async function main() {
  if (!CHROMIUM) throw new Error('Chromium not found: apt-get install -y chromium');
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: 'zh-CN' });
  const foreign = [];
  const pageErrors = [];
  const consoleErrors = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
  });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  // Every policy violation, with the script that caused it: office.js outside Office tries to open a
  // telemetry frame to Microsoft; the policy must block that, and nothing of ours may trip it.
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push({ directive: e.violatedDirective, source: e.sourceFile, blocked: e.blockedURI }));
  });
  const button = (name) => page.getByRole('button', { name, exact: true });
  const rosterFills = () => page.locator('.preview td[data-fill]').count();

  try {
    await test('opens outside Excel on the demo workbook, no progress shown', async () => {
      await page.goto(`${origin}/taskpane.html`);
      await page.waitForSelector('#app[data-ready="demo"]', { timeout: 30000 });
      assert(!(await page.isVisible('#progress')), 'progress is shown before any work');
      assert(await page.isVisible('#demo-note'), 'the demo note is not shown');
      assert(await page.locator('.tabs [role=tab]').count() === 3, 'the demo workbook should show its three sheets');
      assert(await rosterFills() === 0, 'the roster starts without fills');
      await page.screenshot({ path: path.join(ARTIFACTS, '1-open.png'), fullPage: true });
    });

    await test('一键检查 shows counts, reasons and problems, and highlights the roster', async () => {
      await button('一键检查').click();
      await page.waitForSelector('.counts', { timeout: 30000 });
      const due = Number(await page.textContent('.count[data-status=due] strong'));
      assert(due > 0, `expected cadres due, saw ${due}`);
      assert(await page.locator('ol.cadres li').count() > 0, 'no flagged cadres listed');
      assert((await page.textContent('ol.cadres li .reasons')).length > 0, 'a flagged cadre without reasons');
      assert(await page.locator('ol.problems li').count() > 0, 'the sample roster\'s data problems are not listed');
      await page.getByRole('tab', { name: '中层干部花名册' }).click();
      assert(await rosterFills() > 0, 'no highlighted rows in the roster');
      await page.locator('ol.cadres li button').first().click();
      assert(await page.locator('.preview tr.focus').count() === 1, 'clicking a cadre does not select the row');
      await page.screenshot({ path: path.join(ARTIFACTS, '2-check.png'), fullPage: true });
    });

    await test('生成方案 adds the 轮岗方案 and 公示名单 tabs', async () => {
      await button('生成方案').click();
      await page.waitForSelector('.plan-result', { timeout: 30000 });
      const tabs = await page.locator('.tabs [role=tab]').allTextContents();
      assert(tabs.some((t) => t.startsWith('轮岗方案')), `no 轮岗方案 tab in ${tabs}`);
      assert(tabs.some((t) => t.startsWith('公示名单')), `no 公示名单 tab in ${tabs}`);
      assert(/已安排 \d+ 人/u.test(await page.textContent('.plan-counts')), 'no placed count');
      await page.getByRole('tab', { name: '公示名单' }).click();
      const notice = await page.textContent('.preview');
      assert(notice.includes('轮岗交流的公示'), 'the notice has no title');
      assert(!/1101051\d{11}/u.test(notice), 'an ID number is on the notice');
      await page.screenshot({ path: path.join(ARTIFACTS, '3-plan.png'), fullPage: true });
    });

    await test('清除标记 takes the fills away', async () => {
      await button('清除标记').click();
      await page.waitForSelector('#results [role=status]', { timeout: 30000 });
      await page.getByRole('tab', { name: '中层干部花名册' }).click();
      assert(await rosterFills() === 0, 'fills remain after 清除标记');
      await page.screenshot({ path: path.join(ARTIFACTS, '4-clear.png'), fullPage: true });
    });

    await test('shows errors in the pane, in words, in place of the earlier result', async () => {
      await page.fill('#as-of', '');
      await button('一键检查').click();
      await page.waitForSelector('#error:not([hidden])', { timeout: 10000 });
      assert((await page.textContent('#error')).includes('方案日期'), 'the error does not name the plan date');
      await page.fill('#as-of', '2026-12-01');
      await button('一键检查').click();
      await page.waitForSelector('.check-result', { timeout: 30000 });
      await page.click('.rules summary');
      await page.fill('#setting-keyPostYears', '0');
      await button('生成方案').click();
      await page.waitForSelector('#error:not([hidden])', { timeout: 10000 });
      const error = await page.textContent('#error');
      assert(error.includes('重点岗位年限应为1到50之间的整数'), `the error is not in staff words: ${error}`);
      assert(!/keyPostYears/u.test(error), `the error shows an internal key: ${error}`);
      assert(await page.locator('#results > *').count() === 0, 'the earlier result stays under the error');
      assert(!(await page.isVisible('#progress')), 'progress stays after the error');
      await page.fill('#setting-keyPostYears', '5');
    });

    await test('列对应 maps a field to another column; saved with the settings, the next check reads it so', async () => {
      await button('一键检查').click();
      await page.waitForSelector('.check-result', { timeout: 30000 });
      const due = async () => Number(await page.textContent('.count[data-status=due] strong'));
      const before = await due();
      const postStart = page.locator('#column-map select[data-field=postStart]');
      assert(await postStart.inputValue() === '任现职时间', `the guess is not selected: ${await postStart.inputValue()}`);
      const openMap = async () => {
        if (!(await page.locator('#column-map').evaluate((panel) => panel.open))) await page.click('#column-map summary');
      };
      await openMap();
      await postStart.selectOption('参加工作时间');
      await button('保存设置到工作簿').click();
      await page.waitForSelector('#results [role=status]', { timeout: 30000 });
      await button('一键检查').click();
      await page.waitForSelector('.check-result', { timeout: 30000 });
      const read = await page.locator('#column-map select[data-field=postStart] option[selected]').getAttribute('value');
      assert(read === '参加工作时间', `the next check did not read the mapped column: ${read}`);
      const after = await due();
      assert(after > before, `counting from 参加工作时间 should make more cadres due: ${before} then ${after}`);
      await openMap();
      await page.locator('#column-map select[data-field=postStart]').selectOption('任现职时间');
      await button('一键检查').click();
      await page.waitForSelector('.check-result', { timeout: 30000 });
      assert(await due() === before, 'mapping the field back does not give the first result');
      await page.screenshot({ path: path.join(ARTIFACTS, '5-column-map.png'), fullPage: true });
    });

    await test('switches to English', async () => {
      await page.click('#language');
      assert((await page.textContent('h1')) === 'Cadre Rotation Planner', 'the title is not English');
      assert(await button('Check').count() === 1 && await button('一键检查').count() === 0, 'the check button is not in English');
      await page.click('#language');
      assert(await button('一键检查').count() === 1, 'the check button is not back in Chinese');
      await page.screenshot({ path: path.join(ARTIFACTS, '5-english.png'), fullPage: true });
    });

    await test('at 350 px, zh-CN and en-US each show only their own words, the date as 2026-12-01, no stale progress', async () => {
      // Words of the pane's own strings table and of the reasons, per language, that the other must not show.
      const words = {
        'zh-CN': ['一键检查', '生成方案', '清除标记', '检查结果', '需关注人员', '数据问题', '工作簿预览', '方案日期', '单位名称', '规则设置', '任现职满', '暂缓:', '分批', '公示期', '已安排', '新工作表', '正在处理', '公示名单尚缺'],
        'en-US': ['Check', 'Plan', 'Clear marks', 'Results', 'Data problems', 'Workbook preview', 'Plan date', 'Organization', 'Rule settings', 'years in the post', 'On hold', 'Publicity', 'placed', 'New sheets', 'Working', 'The notice lacks'],
      };
      for (const [locale, other] of [['zh-CN', 'en-US'], ['en-US', 'zh-CN']]) {
        const narrow = await browser.newPage({ viewport: { width: 350, height: 900 }, locale });
        narrow.on('pageerror', (error) => pageErrors.push(String(error)));
        await narrow.goto(`${origin}/taskpane.html`);
        await narrow.waitForSelector('#app[data-ready="demo"]', { timeout: 30000 });
        if (locale === 'en-US') await narrow.click('#language');
        const asOf = await narrow.inputValue('#as-of');
        assert(/^\d{4}-\d{2}-\d{2}$/u.test(asOf), `the plan date shows as ${asOf}`);
        await narrow.fill('#as-of', '2026-12-01');
        const name = (zh, en) => (locale === 'zh-CN' ? zh : en);
        await narrow.getByRole('button', { name: name('一键检查', 'Check'), exact: true }).click();
        await narrow.waitForSelector('.check-result', { timeout: 30000 });
        await narrow.getByRole('button', { name: name('生成方案', 'Plan'), exact: true }).click();
        await narrow.waitForSelector('.plan-result', { timeout: 30000 });
        assert(!(await narrow.isVisible('#progress')), `${locale}: progress stays after the plan`);
        const paneText = await narrow.evaluate(() => {
          const pane = document.getElementById('app').cloneNode(true);
          pane.querySelectorAll('#preview .tabs, #preview [role=tabpanel], #sheet option:not([value=""]), ol.problems, .sheet-links').forEach((node) => node.remove());
          return pane.innerText + [...document.querySelectorAll('[title],[placeholder]')].map((n) => ` ${n.title || ''} ${n.placeholder || ''}`).join('');
        });
        if (locale === 'en-US') {
          // Under en-US a problem or skipped line may hold Chinese only where it quotes the workbook: the sheet's name, "…".
          const sheets = await narrow.locator('#sheet option').evaluateAll((options) => options.map((o) => o.value).filter(Boolean));
          const lines = await narrow.locator('ol.problems li, ol.skipped li').allTextContents();
          assert(lines.length > 0, 'no problem lines to look at');
          const unquoted = (line) => sheets.reduce((text, sheet) => (text.startsWith(`${sheet} `) ? text.slice(sheet.length + 1) : text), line).replace(/"[^"]*"/gu, '');
          const chinese = lines.filter((line) => /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u.test(unquoted(line)));
          assert(chinese.length === 0, `en-US problem lines in Chinese: ${chinese.slice(0, 3).join(' | ')}`);
        }
        const strays = words[other].filter((word) => new RegExp(`(^|[^A-Za-z])${word}([^A-Za-z]|$)`, 'u').test(paneText));
        assert(strays.length === 0, `${locale} pane shows ${other} words: ${strays.join(', ')}`);
        assert(words[locale].filter((word) => paneText.includes(word)).length >= 5, `${locale} pane lacks its own words`);
        await narrow.screenshot({ path: path.join(ARTIFACTS, `7-pane-350-${locale}.png`), fullPage: false });
        await narrow.getByRole('button', { name: name('清除标记', 'Clear marks'), exact: true }).click();
        await narrow.waitForSelector('#results [role=status]', { timeout: 30000 });
        assert(!(await narrow.isVisible('#progress')), `${locale}: progress stays after clearing`);
        await narrow.close();
      }
    });

    await test('no request leaves this machine, no page error, no blocked resource', async () => {
      assert(foreign.length === 0, `foreign requests: ${foreign.join(', ')}`);
      assert(pageErrors.length === 0, `page errors: ${pageErrors.join(' | ')}`);
      const violations = await page.evaluate(() => window.__violations);
      const ours = violations.filter((v) => !new URL(v.source || origin).pathname.startsWith('/office-js/'));
      assert(ours.length === 0, `our page tripped the policy: ${JSON.stringify(ours)}`);
      const frames = violations.filter((v) => v.directive === 'frame-src');
      assert(frames.every((v) => v.blocked !== 'inline' && !v.blocked.startsWith(origin)), 'a frame of our own origin was blocked');
      const otherErrors = consoleErrors.filter((text) => !/Content Security Policy/u.test(text));
      assert(otherErrors.length === 0, `console errors: ${otherErrors.join(' | ')}`);
    });
    await test('stays responsive on a 10,000-row roster: progress shown, no task over a second', async () => {
      const { generateRoster } = require('../../build/bench/rosters');
      const big = generateRoster({ rows: 10000, units: 60, dueShare: 0.25, seed: 7 });
      const large = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      large.on('pageerror', (error) => pageErrors.push(String(error)));
      const leaving = [];
      large.on('request', (request) => {
        const url = new URL(request.url());
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) leaving.push(request.url());
      });
      await large.route('**/demo/sample-roster.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify([{ name: '花名册', ...big }]) }));
      await large.addInitScript(() => {
        window.__longest = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
        }).observe({ type: 'longtask', buffered: true });
      });
      await large.goto(`${origin}/taskpane.html`);
      await large.waitForSelector('#app[data-ready="demo"]', { timeout: 30000 });
      await large.evaluate(() => { window.__longest = 0; });
      const steps = [];
      await large.exposeFunction('__step', (text) => steps.push(text));
      await large.evaluate(() => new MutationObserver(() => window.__step(document.getElementById('progress-text').textContent)).observe(document.getElementById('progress-text'), { childList: true, characterData: true, subtree: true }));
      const started = Date.now();
      await large.getByRole('button', { name: '生成方案', exact: true }).click();
      await large.waitForSelector('.plan-result', { timeout: 60000 });
      const elapsed = Date.now() - started;
      const longest = await large.evaluate(() => window.__longest);
      await large.screenshot({ path: path.join(ARTIFACTS, '6-large.png') });
      console.log(`      10,000 rows planned in ${elapsed} ms; longest task ${Math.round(longest)} ms; steps: ${[...new Set(steps)].join(' → ')}`);
      assert(steps.length >= 3, `progress was not shown while working: ${steps}`);
      assert(longest < 1000, `the page froze for ${Math.round(longest)} ms`);
      assert(Number(await large.textContent('.count[data-status=due] strong')) > 1000, 'the large roster was not checked');
      assert(leaving.length === 0 && pageErrors.length === 0, `foreign requests ${leaving} or page errors ${pageErrors}`);
      await large.close();
    });
  } finally {
    await browser.close();
    server.close();
  }
  finish();
}

run(main);
