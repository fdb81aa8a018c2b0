/**
 * The CLI's output file, written safely: never the input itself (by path or by the same file under
 * another name), always through a temporary file beside the target renamed into place, so a failure
 * leaves no partial file; an unusable target is told in one line.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { AppError } from '../port';

/** Refuses an output that is the input, a folder, or of another kind than the input (.xlsm keeps macros). */
export function checkOutput(input: string, out: string): void {
  const target = resolve(out);
  if (target === resolve(input)) throw new AppError(`--out 就是输入文件本身:${out}。输入文件从不改写,请另选一个输出文件名`);
  if (existsSync(target)) {
    const there = statSync(target);
    if (there.isDirectory()) throw new AppError(`--out 是一个文件夹,不是文件:${out}。请写出文件名,例如 ${join(out, '方案.xlsx')}`);
    const source = statSync(input);
    if (there.dev === source.dev && there.ino === source.ino) throw new AppError(`--out 与输入文件是同一个文件(链接):${out}。输入文件从不改写,请另选一个输出文件名`);
  }
  const inputKind = extname(input).toLowerCase();
  const outKind = extname(out).toLowerCase();
  if (inputKind === '.xlsm' && outKind !== '.xlsm') throw new AppError(`输入文件含宏(.xlsm),--out 也应为 .xlsm 文件:${out}`);
  if (inputKind === '.xlsx' && outKind !== '.xlsx') throw new AppError(`--out 应为 .xlsx 文件:${out}`);
}

/** One line for a file-system failure on the way to `out`, or undefined when it is not one we foresee. */
function outputProblem(error: NodeJS.ErrnoException, out: string): string | undefined {
  const folder = dirname(resolve(out));
  switch (error.code) {
    case 'ENOSPC': case 'EDQUOT': return `磁盘空间不足,未能写入 ${out}(没有留下不完整的文件)`;
    case 'EACCES': case 'EPERM': return `没有权限写入文件夹 ${folder}:请换一个文件夹,或检查它的权限`;
    case 'EROFS': return `文件夹 ${folder} 所在的磁盘是只读的,无法写入 ${out}`;
    case 'EISDIR': return `--out 是一个文件夹,不是文件:${out}`;
    case 'ENOTDIR': case 'ENOENT': case 'EEXIST': return `无法在 ${folder} 中建立输出文件:路径中有一段不是文件夹`;
    case 'EMFILE': case 'ENFILE': return `打开的文件太多,未能写入 ${out}`;
    default: return undefined;
  }
}

/** Runs `write` on a temporary file beside `out`, then renames it into place; on failure the temporary file goes. */
export async function writeAtomically(out: string, write: (temporary: string) => Promise<void>): Promise<void> {
  const target = resolve(out);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    mkdirSync(dirname(target), { recursive: true });
    await write(temporary);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    const problem = outputProblem(error as NodeJS.ErrnoException, out);
    if (problem) throw new AppError(problem, error);
    throw error;
  }
}
