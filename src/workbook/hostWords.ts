/**
 * What the hosts' adapters (Excel, WPS 表格) say when the workbook itself stops an action, in both of the
 * pane's languages.
 */
import type { HostWords } from './port';

/** A protected sheet where we would mark (or clear the marks): nothing written, nothing changed. */
export function sheetProtectedWords(sheet: string, action: 'mark' | 'clear'): HostWords {
  return action === 'mark'
    ? {
      'zh-CN': `工作表"${sheet}"受保护且不允许设置单元格格式,无法标记。请在"审阅"中撤消工作表保护(或允许"设置单元格格式")后再试;什么也没有写入。`,
      'en-US': `The sheet "${sheet}" is protected and does not allow formatting cells, so it cannot be marked. Unprotect it under Review (or allow "Format cells") and try again; nothing was written.`,
    }
    : {
      'zh-CN': `工作表"${sheet}"受保护且不允许设置单元格格式,无法清除标记。请在"审阅"中撤消工作表保护后再试;什么也没有改动。`,
      'en-US': `The sheet "${sheet}" is protected and does not allow formatting cells, so its marks cannot be cleared. Unprotect it under Review and try again; nothing was changed.`,
    };
}

/** A protected workbook structure where we would add a sheet, or keep our settings on one. */
export function structureProtectedWords(need: 'sheets' | 'settings'): HostWords {
  return need === 'sheets'
    ? {
      'zh-CN': '工作簿结构受保护,无法新建工作表。请在"审阅"中撤消工作簿保护后再试;什么也没有写入。',
      'en-US': 'The workbook\'s structure is protected, so no sheet can be added. Unprotect the workbook under Review and try again; nothing was written.',
    }
    : {
      'zh-CN': '工作簿结构受保护,无法保存设置。请在"审阅"中撤消工作簿保护后再试。',
      'en-US': 'The workbook\'s structure is protected, so the settings cannot be saved. Unprotect the workbook under Review and try again.',
    };
}

/** The host took the new sheets but not their print set-up (A4, titles, page numbers). */
export function printSetupRefusedWords(host: 'Excel' | 'WPS', unsupported = false): HostWords {
  if (unsupported) {
    return {
      'zh-CN': '当前 Excel 版本不支持通过加载项设置打印格式,打印新工作表前请在"页面布局"中设为 A4 纸。',
      'en-US': 'This version of Excel does not let add-ins set up printing: set the new sheets to A4 under Page Layout before printing.',
    };
  }
  return {
    'zh-CN': `${host} 未接受打印设置,新工作表已写入;打印前请在"页面布局"中设为 A4 纸。`,
    'en-US': `${host === 'WPS' ? 'WPS Spreadsheets' : host} did not take the print set-up; the new sheets are written: set them to A4 under Page Layout before printing.`,
  };
}
