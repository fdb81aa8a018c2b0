/**
 * The WPS add-in folder as WPS loads it: ribbon.xml well-formed, its tab and four buttons, every callback
 * it names defined by ribbon.js (run here as WPS runs it, in a page whose window has Application), and
 * each button showing the pane at its action.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { FakeEtApplication } from '../workbook/fakeEt';

const SRC = join(__dirname, '../../src/wps');
const ribbonXml = readFileSync(join(SRC, 'ribbon.xml'), 'utf8');

type Ribbon = Record<string, (control?: { Id: string }) => unknown>;

function loadRibbon(app: FakeEtApplication, href = 'file:///C:/Users/u/AppData/Roaming/kingsoft/wps/jsaddons/rotation-planner_0.1.0/index.html'): Ribbon {
  const window = { Application: app };
  const context: Record<string, unknown> = { window, document: { location: { href } } };
  runInNewContext(`${readFileSync(join(SRC, 'ribbon.js'), 'utf8')}\nthis.ribbon = ribbon;`, context);
  return context.ribbon as Ribbon;
}

/** Every attribute of every element, depth first. */
function attributes(node: unknown, out: [string, string, Record<string, string>][] = [], tag = ''): [string, string, Record<string, string>][] {
  if (Array.isArray(node)) node.forEach((child) => attributes(child, out, tag));
  else if (node && typeof node === 'object') {
    const attrs = Object.fromEntries(Object.entries(node).filter(([k]) => k.startsWith('@_')).map(([k, v]) => [k.slice(2), String(v)]));
    for (const [k, v] of Object.entries(attrs)) out.push([tag, `${k}=${v}`, attrs]);
    for (const [k, v] of Object.entries(node)) if (!k.startsWith('@_')) attributes(v, out, k);
  }
  return out;
}

describe('the WPS add-in folder', () => {
  const tree = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'button' }).parse(ribbonXml);

  it('has a well-formed ribbon.xml in the CustomUI namespace, with the 干部轮岗 tab and its four buttons', () => {
    expect(XMLValidator.validate(ribbonXml)).toBe(true);
    expect(tree.customUI['@_xmlns']).toBe('http://schemas.microsoft.com/office/2006/01/customui');
    const tab = tree.customUI.ribbon.tabs.tab;
    expect(tab['@_label']).toBe('干部轮岗');
    expect(tab.group.button.map((b: Record<string, string>) => b['@_label'])).toEqual(['一键检查', '生成方案', '清除标记', '打开助手']);
  });

  it('names only callbacks that ribbon.js defines', () => {
    const ribbon = loadRibbon(new FakeEtApplication([{ name: 'a', values: [] }]));
    const named = attributes(tree).map(([, pair]) => pair.split('=')).filter(([k]) => /^(on|get)[A-Z]/u.test(k)).map(([, v]) => v);
    expect(named.length).toBeGreaterThanOrEqual(9);
    for (const name of new Set(named)) {
      expect(name.startsWith('ribbon.')).toBe(true);
      expect(typeof ribbon[name.slice('ribbon.'.length)]).toBe('function');
    }
  });

  it('shows one pane beside index.html, at #check, #plan or #clear for the three actions', () => {
    const app = new FakeEtApplication([{ name: 'a', values: [] }]);
    const ribbon = loadRibbon(app);
    expect(ribbon.OnAddinLoad({ Id: 'ui' })).toBe(true);
    expect(ribbon.OnAction({ Id: 'rotationCheck' })).toBe(true);
    const folder = 'file:///C:/Users/u/AppData/Roaming/kingsoft/wps/jsaddons/rotation-planner_0.1.0';
    expect(app.panes.map((p) => [p.url, p.Visible])).toEqual([[`${folder}/taskpane.html#check`, true]]);
    ribbon.OnAction({ Id: 'rotationPlan' });
    ribbon.OnAction({ Id: 'rotationClear' });
    expect(app.panes).toHaveLength(1);
    expect(app.panes[0].url).toBe(`${folder}/taskpane.html#clear`);
    app.panes[0].Visible = false;
    ribbon.OnAction({ Id: 'rotationOpen' });
    expect(app.panes[0].Visible).toBe(true);
    expect(ribbon.OnAction({ Id: 'somethingElse' })).toBe(false);
    expect(ribbon.OnGetEnabled({ Id: 'rotationCheck' })).toBe(true);
    expect(ribbon.GetImage({ Id: 'rotationCheck' })).toBe('assets/icon-32.png');
  });

  it('loads ribbon.js from index.html under a policy that lets nothing leave the machine', () => {
    const index = readFileSync(join(SRC, 'index.html'), 'utf8');
    expect(index).toContain('<script src="ribbon.js"></script>');
    expect(index).toMatch(/Content-Security-Policy" content="default-src 'self'; script-src 'self';/u);
  });

  it('gives publish.xml and jsplugins.xml examples that are well-formed once named', () => {
    for (const file of ['publish.xml', 'jsplugins.xml']) {
      const text = readFileSync(join(SRC, file), 'utf8').replace(/NAME_VERSION/gu, 'rotation-planner_0.1.0').replace(/NAME/gu, 'rotation-planner').replace(/VERSION/gu, '0.1.0');
      expect(XMLValidator.validate(text)).toBe(true);
      const list = new XMLParser({ ignoreAttributes: false }).parse(text).jsplugins;
      const plugin = list.jsplugin ?? list.jspluginonline;
      expect(plugin['@_type']).toBe('et');
      expect(plugin['@_name']).toBe('rotation-planner');
    }
  });
});
