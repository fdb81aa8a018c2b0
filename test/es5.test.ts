/**
 * Office 2016 MSI and Office 2019 volume-licensed run add-ins in Internet Explorer 11: every script we
 * ship (everything in the build but Microsoft's own office.js) must parse as ES5, or the pane's buttons
 * render and do nothing. The task pane is built once, into a folder of its own, and each script parsed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'acorn';

const ROOT = join(__dirname, '..');
/** The budget webpack.config.js sets for our own scripts (performance.maxAssetSize). */
const BUDGET_BYTES = 600_000;

function scriptsIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'office-js' ? [] : scriptsIn(path);
    return /\.m?js$/u.test(name) ? [path] : [];
  });
}

function es5Error(source: string): string | undefined {
  try {
    parse(source, { ecmaVersion: 5, sourceType: 'script' });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('the shipped task pane', () => {
  let out: string;

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'rotation-dist-'));
    // The demo roster the build copies; the suite's global set-up has compiled the scripts that make it.
    if (!existsSync(join(ROOT, 'build/demo/sample-roster.json'))) execFileSync(process.execPath, ['build/scripts/makeDemoData.js'], { cwd: ROOT, stdio: 'ignore' });
    execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--output-path', out], { cwd: ROOT, stdio: 'ignore' });
  }, 300_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('parses as ES5, every script of it', () => {
    const scripts = scriptsIn(out);
    expect(scripts.map((path) => relative(out, path))).toEqual(expect.arrayContaining(['taskpane.js', join('wps', 'taskpane.js'), join('wps', 'ribbon.js')]));
    const failures = scripts.map((path) => [relative(out, path), es5Error(readFileSync(path, 'utf8'))]).filter(([, error]) => error);
    expect(failures).toEqual([]);
  });

  it('leaves the WPS add-in folder whole: ribbon.xml, index.html and the pane page beside their scripts', () => {
    for (const file of ['ribbon.xml', 'index.html', 'ribbon.js', 'taskpane.html', 'taskpane.js', 'taskpane.css', 'assets/icon-32.png']) expect(existsSync(join(out, 'wps', file))).toBe(true);
    expect(readFileSync(join(out, 'wps/ribbon.xml'), 'utf8')).toBe(readFileSync(join(ROOT, 'src/wps/ribbon.xml'), 'utf8'));
    expect(readFileSync(join(out, 'wps/taskpane.html'), 'utf8')).not.toContain('office-js');
    const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(readFileSync(join(out, 'wps-publish/publish.xml'), 'utf8')).toContain(`url="${name}_${version}"`);
  });

  it('keeps within the size budget the build sets', () => {
    expect(statSync(join(out, 'taskpane.js')).size).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('is checked by a parser that does reject newer syntax', () => {
    expect(es5Error('var a = b?.c;')).toBeDefined();
    expect(es5Error('const a = 1;')).toBeDefined();
    expect(es5Error('var a = function () { return 1; };')).toBeUndefined();
  });
});
