/**
 * The manifest, checked offline (the online validator needs a service this network cannot reach):
 * well-formed XML, the elements in the order the add-in manifest schema requires, the locales, the
 * icons it names, and the requirement set the code checks for.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINIMUM_EXCEL_API } from '../src/workbook/office/apiSupport';
import { COMMANDS } from '../src/commands/ribbonCommand';

const ROOT = join(__dirname, '..');
const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: true, commentPropName: '#comment' });
type Node = Record<string, unknown> & { ':@'?: Record<string, string> };
const ordered = parser.parse(xml) as Node[];
const nameOf = (node: Node) => Object.keys(node).find((key) => key !== ':@' && key !== '#comment' && key !== '?xml');
const childrenOf = (node: Node): Node[] => (node[nameOf(node)!] as Node[]).filter((child) => nameOf(child) && nameOf(child) !== '#text');
const find = (nodes: Node[], name: string): Node | undefined => nodes.find((node) => nameOf(node) === name);
const all = (nodes: Node[], name: string): Node[] => nodes.flatMap((node) => {
  const key = nameOf(node);
  if (!key || key === '#text') return [];
  return [...(key === name ? [node] : []), ...all(node[key] as Node[], name)];
});

const root = find(ordered, 'OfficeApp')!;
const top = childrenOf(root);

describe('manifest.xml', () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it('is a task pane add-in with its elements in the schema\'s order', () => {
    expect(root[':@']?.['@xsi:type']).toBe('TaskPaneApp');
    // The sequence of OfficeApp (TaskPaneApp) in the manifest schema, those this manifest uses.
    const schemaOrder = ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides'];
    const names = top.map((node) => nameOf(node)!);
    expect(names).toEqual(schemaOrder.filter((name) => names.includes(name)));
    for (const required of ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'Hosts', 'DefaultSettings', 'Permissions']) expect(names).toContain(required);
  });

  it('defaults to zh-CN and overrides every string for en-US', () => {
    expect(JSON.stringify(find(top, 'DefaultLocale'))).toContain('zh-CN');
    for (const node of [find(top, 'DisplayName')!, find(top, 'Description')!, ...all(ordered, 'bt:String')]) {
      const overrides = childrenOf(node).filter((child) => /Override$/u.test(nameOf(child)!));
      expect(overrides.map((o) => o[':@']?.['@Locale'])).toEqual(['en-US']);
    }
  });

  it('asks for ReadWriteDocument in an Excel workbook, at the ExcelApi set the code checks', () => {
    expect(JSON.stringify(find(top, 'Permissions'))).toContain('ReadWriteDocument');
    expect(JSON.stringify(find(top, 'Hosts'))).toContain('"@Name":"Workbook"');
    const set = all(ordered, 'Set')[0];
    expect(set[':@']).toMatchObject({ '@Name': 'ExcelApi', '@MinVersion': MINIMUM_EXCEL_API });
  });

  it('puts a 干部轮岗 group on the Home tab: 打开助手 opens the pane, 一键检查, 生成方案, 校验方案, 更新公示, 重新编排 and 清除标记 run functions of the function file', () => {
    const strings = Object.fromEntries(all(ordered, 'bt:String').map((node) => [node[':@']?.['@id'], node[':@']?.['@DefaultValue']]));
    const labelOf = (node: Node) => strings[(find(childrenOf(node), 'Label')![':@'] as Record<string, string>)['@resid']];
    const tab = all(ordered, 'OfficeTab')[0];
    expect(tab[':@']?.['@id']).toBe('TabHome');
    const group = all(ordered, 'Group')[0];
    expect(labelOf(group)).toBe('干部轮岗');
    const controls = all([group], 'Control');
    expect(controls.map(labelOf)).toEqual(['打开助手', '一键检查', '生成方案', '校验方案', '更新公示', '重新编排', '清除标记']);
    const actions = controls.map((control) => find(childrenOf(control), 'Action')!);
    expect(actions.map((action) => action[':@']?.['@xsi:type'])).toEqual(['ShowTaskpane', ...new Array(6).fill('ExecuteFunction')]);
    const functionNames = actions.slice(1).map((action) => JSON.stringify(find(childrenOf(action), 'FunctionName')).match(/"#text":"(\w+)"/u)?.[1]);
    // Each name is one the function file registers, for the action of the same button in the pane.
    expect(Object.fromEntries(functionNames.map((name) => [name, COMMANDS[name as string]]))).toEqual({
      rotationCheck: 'check', rotationPlan: 'plan', rotationValidate: 'validate', rotationNotice: 'notice', rotationReplan: 'replan', rotationClear: 'clear',
    });
    expect(JSON.stringify(all(ordered, 'FunctionFile'))).toContain('Commands.Url');
    for (const control of controls) expect(find(childrenOf(control), 'Supertip')).toBeDefined();
  });

  it('names icons of 16, 32, 64 and 80 pixels that exist, and only resources it defines', () => {
    const urls = [...xml.matchAll(/https:\/\/localhost:3000\/([\w./-]+)/gu)].map((m) => m[1]);
    for (const size of [16, 32, 64, 80]) {
      expect(urls).toContain(`assets/icon-${size}.png`);
      const png = readFileSync(join(ROOT, `assets/icon-${size}.png`));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    for (const url of urls.filter((u) => !u.startsWith('assets/'))) {
      const source = url === 'taskpane.html' ? 'src/taskpane/taskpane.html' : url === 'commands.html' ? 'src/commands/commands.html' : url;
      expect(existsSync(join(ROOT, source))).toBe(true);
    }
    const defined = new Set(all(ordered, 'bt:Image').concat(all(ordered, 'bt:Url'), all(ordered, 'bt:String')).map((n) => n[':@']?.['@id']).filter(Boolean));
    const used = [...xml.matchAll(/resid="([^"]+)"/gu)].map((m) => m[1]);
    for (const id of used) expect(defined).toContain(id);
  });
});
