/** The thread that lays the fills on the roster sheets ahead (highlightAhead.ts): one job, one answer. */
import { parentPort, workerData } from 'node:worker_threads';
import { HighlightJob, renderHighlights } from './highlightAhead';

renderHighlights(workerData as HighlightJob).then((result) => parentPort?.postMessage(result));
