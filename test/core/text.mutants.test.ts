import { cleanName, firstContained, normalizeCompact, normalizeText } from '../../src/core/text';

describe('cleanName', () => {
  it('drops the spaces that pad a Chinese name, of any width', () => {
    expect(cleanName('张  三')).toBe('张三');
    expect(cleanName(' 欧阳\u3000明 ')).toBe('欧阳明');
    expect(cleanName('李 四')).toBe('李四');
  });

  it('keeps one space between the words of a Latin name', () => {
    expect(cleanName('John  Smith')).toBe('John Smith');
    expect(cleanName(' Ｊｏｈｎ　Ｓｍｉｔｈ ')).toBe('John Smith');
    expect(cleanName('a b')).toBe('a b');
    expect(cleanName('Z A')).toBe('Z A');
  });

  it('drops a space between a Latin letter and a Chinese one', () => {
    expect(cleanName('王 Wei')).toBe('王Wei');
    expect(cleanName('Li 明')).toBe('Li明');
  });
});

describe('firstContained', () => {
  it('gives the first listed word the text contains, not the first to appear in the text', () => {
    expect(firstContained('行政审批科财务组', ['财务', '审批'])).toBe('财务');
    expect(firstContained('行政审批科', ['财务', '审批', '行政'])).toBe('审批');
  });

  it('passes over an empty word, and gives nothing where no word is contained', () => {
    expect(firstContained('财务科', ['', '财务'])).toBe('财务');
    expect(firstContained('财务科', ['', '审计'])).toBeUndefined();
    expect(firstContained('财务科', [])).toBeUndefined();
  });
});

describe('the shortcuts for text NFKC leaves alone', () => {
  // Each of these is outside the spared ranges at one end, so it must be folded as NFKC and white space say.
  it('folds the characters just outside printable ASCII and the unified ideographs', () => {
    expect(normalizeCompact('a\u007fb')).toBe('a\u007fb'.normalize('NFKC'));
    expect(normalizeCompact('ａ')).toBe('a');
    expect(normalizeCompact('\u2f00')).toBe('一');
    expect(normalizeCompact('\uf900')).toBe('\uf900'.normalize('NFKC'));
    expect(normalizeText('\u2f00 \u2f00')).toBe('一 一');
  });

  it('keeps the first and last printable ASCII and ideographs as they are, dropping only white space', () => {
    expect(normalizeCompact('!~\u4e00\u9fff')).toBe('!~\u4e00\u9fff');
    expect(normalizeCompact(' ! ~ ')).toBe('!~');
    expect(normalizeText(' ! \u4e00  \u9fff ~ ')).toBe('! \u4e00 \u9fff ~');
  });

  it('folds tabs and line breaks in otherwise plain text', () => {
    expect(normalizeText('财务科\t副科长\n')).toBe('财务科 副科长');
    expect(normalizeCompact('财务科\t副科长\n')).toBe('财务科副科长');
    expect(normalizeText('a  b')).toBe('a b');
    expect(normalizeText('  ab  ')).toBe('ab');
  });
});
