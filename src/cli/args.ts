/**
 * The command line's words: which command, which file, which options, each checked with a message
 * that says what to do.
 */
import { parseArgs } from 'node:util';
import { IsoDate, isIsoDate } from '../core/dates';
import { Settings } from '../core/settings';
import { AppError } from '../workbook/port';

/** The settings that flags can give, over the settings file: the notice's, and the quota sheet. */
export type NoticeFlags = Partial<Pick<Settings, 'organization' | 'decidingBody' | 'contactPhone' | 'contactAddress' | 'noticeDate' | 'quotaSheet'>>;

const NOTICE_FLAGS: [string, keyof NoticeFlags][] = [
  ['org', 'organization'], ['deciding-body', 'decidingBody'], ['phone', 'contactPhone'], ['address', 'contactAddress'], ['notice-date', 'noticeDate'],
  ['quota-sheet', 'quotaSheet'],
];

export interface CliArgs {
  command: 'check' | 'plan' | 'forecast' | 'validate' | 'notice';
  input: string;
  sheet?: string;
  asOf?: IsoDate;
  publicityStart?: IsoDate;
  vacancySheet?: string;
  /** The edited plan sheet (validate, notice). */
  planSheet?: string;
  /** The plan sheet whose locked moves a new plan keeps (plan --keep). */
  keep?: string;
  /** The batch whose notice to write (notice --batch). */
  batch?: number;
  config?: string;
  out?: string;
  json: boolean;
  includeSuggested: boolean;
  /** The forecast's horizon in years. */
  years?: number;
  /** 单位名称, 决定机关, 联系电话, 通讯地址, 落款日期 as given on the command line. */
  notice: NoticeFlags;
}

const COMMANDS: readonly CliArgs['command'][] = ['check', 'plan', 'validate', 'notice', 'forecast'];

export const USAGE = `用法 / Usage:
  rotation check <花名册.xlsx> [--sheet 工作表] [--as-of YYYY-MM-DD] [--quota-sheet 职数表] [--config settings.json] [--out 输出.xlsx] [--json]
  rotation plan  <花名册.xlsx> --out 输出.xlsx [--sheet 工作表] [--as-of YYYY-MM-DD] [--publicity-start YYYY-MM-DD]
                 [--vacancy-sheet 空缺岗位表] [--quota-sheet 职数表] [--config settings.json] [--include-suggested] [--json] [--keep 轮岗方案]
                 [--org 单位名称] [--deciding-body 决定机关] [--phone 联系电话] [--address 通讯地址] [--notice-date YYYY-MM-DD]
  rotation validate <花名册.xlsx> [--plan-sheet 轮岗方案] [--out 标出问题.xlsx] [--json] [--sheet 工作表] [--as-of YYYY-MM-DD] [--config settings.json]
  rotation notice <花名册.xlsx> --out 输出.xlsx [--plan-sheet 轮岗方案] [--batch N] [--publicity-start YYYY-MM-DD] [--json] [通知的选项同 plan]
  rotation forecast <花名册.xlsx> [--years 3] [--sheet 工作表] [--as-of YYYY-MM-DD] [--config settings.json] [--out 输出.xlsx] [--json]`;

function date(value: string | undefined, option: string): IsoDate | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new AppError(`${option} 的日期"${value}"无效,请写成 YYYY-MM-DD,例如 2026-11-23`);
  return value;
}

function batchNumber(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/u.test(value) || Number(value) < 1) throw new AppError(`--batch 应为正整数(第几批):${value}`);
  return Number(value);
}

function years(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/u.test(value) || Number(value) < 1 || Number(value) > 10) throw new AppError(`--years 应为1到10之间的整数:${value}`);
  return Number(value);
}

/** Parses argv (without node and the script); throws AppError with the usage for anything off. */
export function parseCliArgs(argv: string[]): CliArgs | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        sheet: { type: 'string' },
        'as-of': { type: 'string' },
        'publicity-start': { type: 'string' },
        'vacancy-sheet': { type: 'string' },
        'plan-sheet': { type: 'string' },
        keep: { type: 'string' },
        batch: { type: 'string' },
        config: { type: 'string' },
        out: { type: 'string' },
        json: { type: 'boolean', default: false },
        'include-suggested': { type: 'boolean', default: false },
        years: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        org: { type: 'string' },
        'deciding-body': { type: 'string' },
        phone: { type: 'string' },
        address: { type: 'string' },
        'notice-date': { type: 'string' },
        'quota-sheet': { type: 'string' },
      },
    });
  } catch (error) {
    throw new AppError(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) return 'help';
  const [command, input, ...rest] = positionals;
  if (!COMMANDS.includes(command as CliArgs['command'])) throw new AppError(`未知命令"${command}",应为 ${COMMANDS.join('、')}\n${USAGE}`);
  if (!input) throw new AppError(`请给出花名册文件 (.xlsx)\n${USAGE}`);
  if (rest.length > 0) throw new AppError(`多余的参数:${rest.join(' ')}\n${USAGE}`);
  if ((command === 'plan' || command === 'notice') && !values.out) throw new AppError(`${command} 需要 --out 输出.xlsx\n${USAGE}`);
  if (values.out && !/\.xls[xm]$/iu.test(values.out)) throw new AppError(`--out 应为 .xlsx 文件:${values.out}`);
  date(values['notice-date'], '--notice-date');
  const notice: NoticeFlags = {};
  for (const [flag, key] of NOTICE_FLAGS) {
    const value = (values as Record<string, string | boolean | undefined>)[flag];
    if (typeof value === 'string') notice[key] = value.trim();
  }
  return {
    command: command as CliArgs['command'],
    input,
    planSheet: values['plan-sheet'],
    keep: values.keep,
    batch: batchNumber(values.batch),
    sheet: values.sheet,
    asOf: date(values['as-of'], '--as-of'),
    publicityStart: date(values['publicity-start'], '--publicity-start'),
    vacancySheet: values['vacancy-sheet'],
    config: values.config,
    out: values.out,
    json: values.json ?? false,
    includeSuggested: values['include-suggested'] ?? false,
    years: years(values.years),
    notice,
  };
}
