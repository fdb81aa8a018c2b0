/**
 * Office errors turned into messages a user can act on; the original stays as the cause, for the log.
 */
import { AppError, HostWords } from '../port';

interface OfficeErrorLike {
  code?: string;
  message?: string;
  debugInfo?: { code?: string; message?: string };
}

const MESSAGES: Record<string, HostWords> = {
  InvalidOperationInCellEditMode: {
    'zh-CN': 'Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后再点击。',
    'en-US': 'Excel is editing a cell. Press Enter or Esc to finish editing, then click again.',
  },
  AccessDenied: {
    'zh-CN': '工作表或工作簿受保护,无法写入。请在"审阅"中撤消保护后再试;花名册本身不会被修改。',
    'en-US': 'The sheet or the workbook is protected, so nothing can be written. Unprotect it under Review and try again; the roster itself is never changed.',
  },
  ApiNotFound: {
    'zh-CN': '当前 Excel 版本不支持本加载项需要的功能。请升级到 Microsoft 365 / Office 2019 及以上,或使用网页版 Excel。',
    'en-US': 'This version of Excel lacks a feature the add-in needs. Please update to Microsoft 365 / Office 2019 or later, or use Excel on the web.',
  },
  InsertDeleteConflict: {
    'zh-CN': '工作簿正在被其他操作修改,请稍后再试。',
    'en-US': 'Another action is changing the workbook; please try again shortly.',
  },
  ItemNotFound: {
    'zh-CN': '找不到所需的工作表,可能已被重命名或删除。请重新点击。',
    'en-US': 'A sheet the action needs is gone; it may have been renamed or deleted. Please click again.',
  },
  RequestPayloadSizeLimitExceeded: {
    'zh-CN': '花名册过大,超过了 Excel 单次请求的大小限制。请分表处理,或在桌面版 Excel 中使用。',
    'en-US': 'The roster is larger than Excel accepts in one request. Split it over several sheets, or use desktop Excel.',
  },
  ResponsePayloadSizeLimitExceeded: {
    'zh-CN': '要读取的内容过大,超过了 Excel 单次返回的大小限制。请隐藏或删除不需要的工作表后再试,或在桌面版 Excel 中使用。',
    'en-US': 'There is more to read than Excel returns in one response. Hide or delete sheets that are not needed and try again, or use desktop Excel.',
  },
  RangeExceedsLimit: {
    'zh-CN': '工作表的已用区域过大(超过五百万个单元格)。请删除表格下方或右侧多余的内容后再试。',
    'en-US': 'A sheet\'s used range is too large (over five million cells). Delete stray content below or right of the table and try again.',
  },
  InvalidArgument: {
    'zh-CN': 'Excel 拒绝了本次操作的参数,什么也没有写入。请重试;若仍失败,请将工作簿另存后再试。',
    'en-US': 'Excel refused this action\'s arguments; nothing was written. Try again; if it still fails, save the workbook under a new name and retry.',
  },
  GeneralException: {
    'zh-CN': 'Excel 暂时无法完成操作,请稍后重试。',
    'en-US': 'Excel could not finish the action just now; please try again shortly.',
  },
};

/** Whether an error is Excel's "a cell is being edited", which is worth one retry after a pause. */
export function isCellEditMode(error: unknown): boolean {
  return (error as OfficeErrorLike)?.code === 'InvalidOperationInCellEditMode';
}

/**
 * The one application error for any failure inside an Excel action, recognised by its code
 * (Excel.ErrorCodes, https://learn.microsoft.com/javascript/api/excel/excel.errorcodes), never by its
 * message, which Office words in the user's language.
 */
export function translateOfficeError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const office = error as OfficeErrorLike;
  const code = office?.code && MESSAGES[office.code] ? office.code : office?.debugInfo?.code ?? office?.code ?? '';
  const message = MESSAGES[code];
  const said = office?.message ?? String(error);
  return new AppError(message ?? { 'zh-CN': `Excel 报告错误(${code || '未知'}):${said}`, 'en-US': `Excel reported an error (${code || 'unknown'}): ${said}` }, error);
}
