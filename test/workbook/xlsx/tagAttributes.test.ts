import fc from 'fast-check';
import { attributeIn, withAttributeIn } from '../../../src/workbook/xlsx/tagScanner';

/** The attribute set as the XML grammar allows it written: any spacing around `=`, either quote. */
function byDefinition(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (pattern.test(tag)) return tag.replace(pattern, `$1"${value}"`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${value}"$1`);
}

const name = fc.constantFrom('s', 'r', 't', 'fillId', 'applyFill', 'count');
const attribute = fc.record({
  name: fc.constantFrom('s', 'r', 't', 'ts', 'fillId', 'xfId', 'applyFill', 'count', 'x:s'),
  value: fc.stringMatching(/^[A-Za-z0-9 ]{0,5}$/u),
  space: fc.constantFrom('', ' ', '\n', '\t', '\r\n'),
  quote: fc.constantFrom('"', "'"),
});
const tag = fc.tuple(fc.constantFrom('c', 'xf', 'cellXfs'), fc.uniqueArray(attribute, { selector: (a) => a.name, maxLength: 4 }), fc.constantFrom('>', '/>', ' />'))
  .map(([element, attributes, end]) => `<${element}${attributes.map((a) => ` ${a.name}${a.space}=${a.space}${a.quote}${a.value}${a.quote}`).join('')}${end}`);

describe('setting an attribute in a tag', () => {
  it('gives what the grammar-wide pattern gives, on every spelling', () => {
    fc.assert(fc.property(tag, name, fc.stringMatching(/^[0-9]{1,4}$/u), (t, n, v) => {
      expect(withAttributeIn(t, n, v)).toBe(byDefinition(t, n, v));
      expect(attributeIn(withAttributeIn(t, n, v), n)).toBe(v);
    }), { numRuns: 3000 });
  });

  it('replaces in place and adds at the end', () => {
    expect(withAttributeIn('<c r="A1" s="3" t="n">', 's', '12')).toBe('<c r="A1" s="12" t="n">');
    expect(withAttributeIn('<c r="A1"/>', 's', '12')).toBe('<c r="A1" s="12"/>');
    expect(withAttributeIn("<c r='A1' s = '3'>", 's', '7')).toBe('<c r=\'A1\' s = "7">');
    expect(withAttributeIn('<c r="A1" t="s"\n>', 's', '4')).toBe('<c r="A1" t="s" s="4">');
  });

  it('reads an attribute whatever white space the grammar allows around its =', () => {
    expect(attributeIn('<c r="A1"\ns\n=\n"3">', 's')).toBe('3');
    expect(attributeIn('<c r="A1"\r\n\ts\t=\'5\'/>', 's')).toBe('5');
    expect(attributeIn('<c r="A1" t="s">', 's')).toBeUndefined();
    expect(attributeIn('<c r="A1" ts="2">', 's')).toBeUndefined();
  });
});
