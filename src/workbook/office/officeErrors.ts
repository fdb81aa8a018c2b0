/**
 * Office errors turned into messages a user can act on; the original stays as the cause, for the log.
 */
import { AppError } from '../port';

interface OfficeErrorLike {
  code?: string;
  message?: string;
  debugInfo?: { code?: string; message?: string };
}

const MESSAGES: Record<string, string> = {
  InvalidOperationInCellEditMode: 'Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后再点击。',
  AccessDenied: '工作表或工作簿受保护,无法写入。请在"审阅"中撤消保护后再试;花名册本身不会被修改。',
  ApiNotFound: '当前 Excel 版本不支持本加载项需要的功能。请升级到 Microsoft 365 / Office 2019 及以上,或使用网页版 Excel。',
  InsertDeleteConflict: '工作簿正在被其他操作修改,请稍后再试。',
  ItemNotFound: '找不到所需的工作表,可能已被重命名或删除。请重新点击。',
  RequestPayloadSizeLimitExceeded: '花名册过大,超过了 Excel 单次请求的大小限制。请分表处理,或在桌面版 Excel 中使用。',
  GeneralException: 'Excel 暂时无法完成操作,请稍后重试。',
};

/** Whether an error is Excel's "a cell is being edited", which is worth one retry after a pause. */
export function isCellEditMode(error: unknown): boolean {
  return (error as OfficeErrorLike)?.code === 'InvalidOperationInCellEditMode';
}

/** The one application error for any failure inside an Excel action. */
export function translateOfficeError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const office = error as OfficeErrorLike;
  const code = office?.code ?? office?.debugInfo?.code ?? '';
  const protectedSheet = /protect/iu.test(office?.message ?? '') || /protect/iu.test(office?.debugInfo?.message ?? '');
  const message = protectedSheet ? MESSAGES.AccessDenied : MESSAGES[code];
  return new AppError(message ?? `Excel 报告错误:${office?.message ?? String(error)}`, error);
}
