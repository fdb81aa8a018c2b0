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

/**
 * The data problems quote the workbook's words in their own way ("…" around a header or a cell's text):
 * their list is checked by its own rule below, and left out of the word check here.
 */
const CHECKED_APART = 'ol.problems';
/** Names that stay as they are in either language. */
const FIXED_TERMS = ['Excel', 'WPS', 'YYYY-MM-DD', 'A4'];

/**
 * The words of the other language in the pane's visible text, titles and placeholders: CJK under en-US,
 * English words under zh-CN. The workbook's own values (names, units, posts, sheets, quoted header
 * words) are marked `data-value` in the DOM and are not counted; nor is text in a language of its own
 * (`lang`, as the language switch names the language it turns to).
 */
function strayWords(page, locale) {
  return page.evaluate(({ locale, excluded, fixed }) => {
    const foreign = locale === 'en-US' ? /[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]+/gu : /[A-Za-z][A-Za-z'’-]*/gu;
    const left = (element) => element.closest(`[data-value], ${excluded}`) !== null || element.closest('[lang]').lang !== document.documentElement.lang;
    const visible = (element) => element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
    const texts = [];
    const walker = document.createTreeWalker(document.getElementById('app'), NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent.closest('select') && !left(parent) && visible(parent)) texts.push(node.textContent);
    }
    for (const element of document.querySelectorAll('#app [title], #app [placeholder]')) {
      if (!left(element) && visible(element)) texts.push(element.getAttribute('title') || '', element.getAttribute('placeholder') || '');
    }
    for (const select of document.querySelectorAll('#app select')) {
      const option = select.selectedOptions[0];
      if (option && visible(select) && !left(option)) texts.push(option.textContent);
    }
    const words = texts.flatMap((text) => text.match(foreign) || []).filter((word) => !fixed.includes(word));
    return [...new Set(words)];
  }, { locale, excluded: CHECKED_APART, fixed: FIXED_TERMS });
}


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

    await test('生成方案 first asks for the notice\'s own fields; 暂不填写 writes the notice with the gaps named and marked', async () => {
      await page.fill('#organization', '某某市某某局');
      await button('生成方案').click();
      await page.waitForSelector('#notice-form:not([hidden])', { timeout: 10000 });
      assert(await page.locator('.plan-result').count() === 0, 'the plan ran before the form was answered');
      // Prefilled from the settings: the organization typed above, the rest empty as the demo workbook has them.
      const values = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('#notice-form input')].map((input) => [input.id, input.value])));
      assert(JSON.stringify(values) === JSON.stringify({ 'notice-decidingBody': '', 'notice-organization': '某某市某某局', 'notice-contactPhone': '', 'notice-contactAddress': '', 'notice-noticeDate': '' }), `the form shows ${JSON.stringify(values)}`);
      await button('暂不填写,先生成').click();
      await page.waitForSelector('.plan-result', { timeout: 30000 });
      assert(!(await page.isVisible('#notice-form')), 'the form stays after the plan');
      const note = await page.textContent('#results');
      assert(note.includes('公示名单尚缺决定机关、联系电话、通讯地址'), `the warning does not name the missing fields: ${note.slice(0, 300)}`);
      await page.getByRole('tab', { name: '公示名单' }).click();
      const notice = await page.textContent('.preview');
      for (const gap of ['〔决定机关〕', '〔联系电话〕', '〔通讯地址〕']) assert(notice.includes(gap), `the notice does not mark ${gap}`);
      assert(!notice.includes('〔单位名称〕'), 'the organization given is marked as missing');
      // Skipped once, the form is not shown again in this session.
      await button('生成方案').click();
      await page.waitForSelector('#progress[hidden]', { state: 'attached', timeout: 30000 });
      await page.waitForSelector('.plan-result', { timeout: 30000 });
      assert(!(await page.isVisible('#notice-form')), 'the form is asked again after 暂不填写');
    });

    await test('生成方案 adds the 轮岗方案 and 公示名单 tabs', async () => {
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

    await test('保存并生成 saves the notice\'s fields in the workbook\'s settings and writes the notice without a gap', async () => {
      const fresh = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: 'zh-CN' });
      fresh.on('pageerror', (error) => pageErrors.push(String(error)));
      await fresh.goto(`${origin}/taskpane.html`);
      await fresh.waitForSelector('#app[data-ready="demo"]', { timeout: 30000 });
      await fresh.fill('#as-of', '2026-12-01');
      const given = { decidingBody: '局党组', organization: '某某市某某局', contactPhone: '0571-87654321', contactAddress: '某某市某某路1号' };
      await fresh.getByRole('button', { name: '生成方案', exact: true }).click();
      await fresh.waitForSelector('#notice-form:not([hidden])', { timeout: 10000 });
      for (const [field, value] of Object.entries(given)) await fresh.fill(`#notice-${field}`, value);
      await fresh.getByRole('button', { name: '保存并生成', exact: true }).click();
      await fresh.waitForSelector('.plan-result', { timeout: 30000 });
      assert(!(await fresh.textContent('#results')).includes('尚缺'), 'a warning of missing fields after they were given');
      await fresh.getByRole('tab', { name: '公示名单' }).click();
      const notice = await fresh.textContent('.preview');
      assert(!notice.includes('〔'), 'the notice still has a gap');
      for (const value of Object.values(given)) assert(notice.includes(value), `the notice lacks ${value}`);
      // Through the settings panel's path into the workbook's settings: they are there after the page reloads.
      await fresh.reload();
      await fresh.waitForSelector('#app[data-ready="demo"]', { timeout: 30000 });
      assert(await fresh.inputValue('#setting-decidingBody') === '局党组', 'the deciding body was not saved in the workbook');
      assert(await fresh.inputValue('#setting-contactAddress') === '某某市某某路1号', 'the address was not saved in the workbook');
      assert(await fresh.inputValue('#organization') === '某某市某某局', 'the organization was not saved');
      await fresh.getByRole('button', { name: '生成方案', exact: true }).click();
      await fresh.waitForSelector('.plan-result', { timeout: 30000 });
      assert(await fresh.locator('#notice-form:not([hidden])').count() === 0, 'the form is asked again once filled');
      await fresh.close();
    });

    await test('清除标记 takes the fills away', async () => {
      await button('清除标记').click();
      // The clear's own line: the plan's result holds a status of its own, which is there already.
      await page.waitForSelector('#results > p[role=status]:has-text("已恢复")', { timeout: 30000 });
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

    await test('at 350 px, zh-CN and en-US each show only their own words through check, plan and clear, and no stale progress or result', async () => {
      // Each language's own words, to see that the pane did draw in it.
      const own = { 'zh-CN': ['一键检查', '检查结果', '需关注人员', '已安排', '新工作表'], 'en-US': ['Check', 'Results', 'Cadres to act on', 'placed', 'New sheets'] };
      for (const locale of ['zh-CN', 'en-US']) {
        const narrow = await browser.newPage({ viewport: { width: 350, height: 900 }, locale });
        narrow.on('pageerror', (error) => pageErrors.push(String(error)));
        await narrow.goto(`${origin}/taskpane.html`);
        await narrow.waitForSelector('#app[data-ready="demo"]', { timeout: 30000 });
        if (locale === 'en-US') await narrow.click('#language');
        const asOf = await narrow.inputValue('#as-of');
        assert(/^\d{4}-\d{2}-\d{2}$/u.test(asOf), `the plan date shows as ${asOf}`);
        await narrow.fill('#as-of', '2026-12-01');
        // The settings panel open, so its labels are read too.
        await narrow.click('.rules summary');
        const name = (zh, en) => (locale === 'zh-CN' ? zh : en);
        const click = (zh, en) => narrow.getByRole('button', { name: name(zh, en), exact: true }).click();
        const look = async (when) => {
          const strays = await strayWords(narrow, locale);
          assert(strays.length === 0, `${locale} pane ${when} shows words of the other language: ${strays.join(' | ')}`);
        };
        const noProgress = async (when) => assert(!(await narrow.isVisible('#progress')), `${locale}: progress stays ${when}`);
        await look('on opening');

        await click('一键检查', 'Check');
        await narrow.waitForSelector('.check-result', { timeout: 30000 });
        await noProgress('after the check');
        await look('after the check');

        await click('生成方案', 'Plan');
        await narrow.waitForSelector('#notice-form:not([hidden])', { timeout: 10000 });
        assert(await narrow.locator('#results > *').count() === 0, `${locale}: the check's result stays under the notice form`);
        await look('in the notice form');
        await narrow.screenshot({ path: path.join(ARTIFACTS, `8-notice-form-350-${locale}.png`), fullPage: false });
        await click('暂不填写,先生成', 'Skip for now and plan');
        await narrow.waitForSelector('.plan-result', { timeout: 30000 });
        await noProgress('after the plan');
        await look('after the plan');
        if (locale === 'en-US') {
          // Under en-US a problem or skipped line may hold Chinese only where it quotes the workbook: the sheet's name, "…".
          const sheets = await narrow.locator('#sheet option').evaluateAll((options) => options.map((o) => o.value).filter(Boolean));
          const lines = await narrow.locator('ol.problems li, ol.skipped li').allTextContents();
          assert(lines.length > 0, 'no problem lines to look at');
          const unquoted = (line) => sheets.reduce((text, sheet) => (text.startsWith(`${sheet} `) ? text.slice(sheet.length + 1) : text), line).replace(/"[^"]*"/gu, '');
          const chinese = lines.filter((line) => /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/u.test(unquoted(line)));
          assert(chinese.length === 0, `en-US problem lines in Chinese: ${chinese.slice(0, 3).join(' | ')}`);
        }
        const text = await narrow.textContent('#app');
        assert(own[locale].every((word) => text.includes(word)), `${locale} pane lacks its own words: ${own[locale].filter((word) => !text.includes(word))}`);
        await narrow.screenshot({ path: path.join(ARTIFACTS, `7-pane-350-${locale}.png`), fullPage: false });

        await click('清除标记', 'Clear marks');
        await narrow.waitForSelector('#results > p[role=status]', { timeout: 30000 });
        await noProgress('after clearing');
        assert(await narrow.locator('.plan-result').count() === 0, `${locale}: the plan stays after clearing`);
        await look('after clearing');

        // An error replaces whatever was shown, and the progress goes with the work.
        await narrow.fill('#as-of', '2026-13-01');
        await click('一键检查', 'Check');
        await narrow.waitForSelector('#error:not([hidden])', { timeout: 10000 });
        assert(await narrow.locator('#results > *').count() === 0, `${locale}: the earlier result stays under the error`);
        assert((await narrow.textContent('#error')).includes('2026-13-01'), `${locale}: the error does not quote the date`);
        await noProgress('after an error');
        await look('with an error');
        await narrow.fill('#as-of', '2026-12-01');
        await click('一键检查', 'Check');
        await narrow.waitForSelector('.check-result', { timeout: 30000 });
        assert(!(await narrow.isVisible('#error')), `${locale}: the error stays above the new result`);
        await noProgress('after the check that follows the error');
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
      await large.getByRole('button', { name: '生成方案', exact: true }).click();
      const started = Date.now();
      await large.getByRole('button', { name: '暂不填写,先生成', exact: true }).click();
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
