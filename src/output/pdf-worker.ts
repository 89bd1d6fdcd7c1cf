// A worker thread that renders the slow formats (PDF) for a build: one parsed font per worker, reused for every guide it gets.
import { parentPort, workerData } from 'node:worker_threads';
import { formatNamed, type FormatContext } from './formats.js';

interface Task {
  id: number;
  format: string;
  markdown: string;
  context: FormatContext;
}

// Load each format's engine (pdfkit, the fonts) now, while the main thread is still loading the
// workspace: the first task finds it ready. A failure here is the first render's to report.
for (const name of (workerData as { prepare?: string[] } | undefined)?.prepare ?? []) formatNamed(name)?.prepare?.().catch(() => {});

parentPort?.on('message', async (task: Task) => {
  try {
    const result = await formatNamed(task.format)!.render(task.markdown, task.context);
    const bytes = new Uint8Array(result.bytes);
    parentPort!.postMessage({ id: task.id, bytes, pages: result.pages, diagnostics: result.diagnostics }, [bytes.buffer]);
  } catch (e) {
    parentPort!.postMessage({ id: task.id, error: e instanceof Error ? e.message : String(e) });
  }
});
