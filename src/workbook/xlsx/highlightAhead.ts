/**
 * Laying the fills on the roster sheets ahead, in a thread of their own, while the plan is worked out:
 * the thread reads the sheets again from the file, lays the fills and deflates each sheet into memory,
 * and the writer puts those bytes in the sheets' places. The styles the thread made are made again, in
 * the same order, in the writer's style sheet before anything else, so every style number, and every
 * byte written, is what laying the fills in turn gives.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { SheetFills, highlightSheet } from './highlightSheet';
import { EMPTY_STYLES, StyleSheetPatch } from './styles';
import { DeflatedPart, deflatePart } from './zipWriter';
import { ZipReader, textChunks } from './zipReader';

export interface HighlightJob {
  /** The workbook file the sheets are read from. */
  path: string;
  /** Its style sheet's part, which the fills' styles copy; none: the empty style sheet. */
  stylesPart?: string;
  /** Each highlighted sheet's part, in the order the writer meets them, and its fills. */
  sheets: { part: string; fills: SheetFills }[];
}

export interface HighlightedSheets {
  parts: { part: string; deflated: DeflatedPart }[];
  /** Each (cell style, colour) the fills asked a style for, in the order first asked. */
  styles: [number, string][];
}

/** Lays the fills on each sheet and deflates it, noting the styles asked for. */
export async function renderHighlights(job: HighlightJob): Promise<HighlightedSheets> {
  const zip = await ZipReader.open(job.path);
  try {
    const stylesPart = job.stylesPart === undefined ? undefined : zip.part(job.stylesPart);
    if (job.stylesPart !== undefined && !stylesPart) throw new Error(`no part ${job.stylesPart}`);
    const patch = new StyleSheetPatch(stylesPart ? await zip.text(stylesPart) : EMPTY_STYLES);
    const asked = new Set<string>();
    const styles: [number, string][] = [];
    const noting = {
      highlight(style: number, color: string): number {
        const key = `${style}|${color}`;
        if (!asked.has(key)) {
          asked.add(key);
          styles.push([style, color]);
        }
        return patch.highlight(style, color);
      },
    };
    const parts: HighlightedSheets['parts'] = [];
    for (const { part, fills } of job.sheets) {
      const stored = zip.part(part);
      if (!stored) throw new Error(`no part ${part}`);
      parts.push({ part, deflated: await deflatePart(highlightSheet(textChunks(await zip.stream(stored)), fills, noting)) });
    }
    return { parts, styles };
  } finally {
    zip.close();
  }
}

/** The compiled thread's entry; absent where the sources run uncompiled (as under the unit tests). */
const THREAD = join(__dirname, 'highlightThread.js');

/** A running job: its result (undefined where no thread could be started) and a way to stop it. */
export interface AheadJob {
  result: Promise<HighlightedSheets | undefined>;
  stop(): void;
}

/**
 * Starts renderHighlights in a worker thread. Its heap is bounded as the command's own is; a thread that
 * fails or runs out of memory gives undefined, and the writer lays the fills itself.
 */
export function highlightInThread(job: HighlightJob): AheadJob {
  const none: AheadJob = { result: Promise.resolve(undefined), stop: () => undefined };
  if (!existsSync(THREAD)) return none;
  let worker: Worker;
  try {
    worker = new Worker(THREAD, { workerData: job, resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 8 }, stdout: false, stderr: false });
  } catch {
    return none;
  }
  const result = new Promise<HighlightedSheets | undefined>((resolve) => {
    worker.once('message', (message: HighlightedSheets) => {
      // A Buffer crosses threads as a plain Uint8Array.
      resolve({ ...message, parts: message.parts.map(({ part, deflated }) => ({ part, deflated: { ...deflated, bytes: Buffer.from(deflated.bytes.buffer, deflated.bytes.byteOffset, deflated.bytes.byteLength) } })) });
    });
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
  return { result, stop: () => { void worker.terminate(); } };
}
