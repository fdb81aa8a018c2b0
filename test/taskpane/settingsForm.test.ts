import { DEFAULT_SETTINGS, Settings } from '../../src/core/settings';
import { readSettingsForm } from '../../src/taskpane/settingsForm';

/** The form as readSettingsForm sees it: inputs found by `#setting-<key>`, with a value or a check mark. */
function form(fields: Record<string, { value?: string; checked?: boolean }>): HTMLElement {
  return { querySelector: (selector: string) => fields[selector.replace(/^#setting-/u, '')] ?? null } as unknown as HTMLElement;
}

describe('reading the settings panel', () => {
  it('keeps what the panel does not show and takes what it does', () => {
    const stored: Settings = { ...DEFAULT_SETTINGS, keyPostWords: ['财务', '窗口'], columnMap: { postStart: '任职时间' }, includeHiddenRows: true };
    const read = readSettingsForm(form({ keyPostYears: { value: '6' }, includeHiddenRows: { checked: true }, includeSuggested: { checked: false } }), '某局', stored);
    expect(read.keyPostWords).toEqual(['财务', '窗口']);
    expect(read.columnMap).toEqual({ postStart: '任职时间' });
    expect(read.includeHiddenRows).toBe(true);
    expect(read.keyPostYears).toBe(6);
    expect(read.organization).toBe('某局');
  });

  it('turns hidden rows off when the box is cleared', () => {
    const stored: Settings = { ...DEFAULT_SETTINGS, includeHiddenRows: true };
    expect(readSettingsForm(form({ includeHiddenRows: { checked: false } }), '', stored).includeHiddenRows).toBe(false);
  });
});
