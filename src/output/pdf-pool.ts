// Spreads a build's slow formats (PDF) over every core: worker threads, and the main thread once it has
// nothing else to do. Typesetting is the slow part of a build.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { formatNamed, type FormatContext, type FormatResult } from './formats.js';

interface Task {
  id: number;
  format: string;
  markdown: string;
  context: FormatContext;
}

interface Pending {
  resolve: (result: FormatResult) => void;
  reject: (error: Error) => void;
}

/**
 * Tasks sent to a worker at once: the running one and the next, so that a worker never waits for the
 * main thread to hand it work (the main thread may be typesetting a guide itself).
 */
const AHEAD = 2;

export class PdfPool {
  /** Each worker and the ids of the tasks sent to it, oldest first. */
  private readonly sent = new Map<Worker, number[]>();
  private readonly queue: Task[] = [];
  private readonly pending = new Map<number, Pending>();
  private next = 0;
  /** The main thread is typesetting a task (or about to). */
  private inline = false;
  /** How many tasks the main thread typeset (for the benchmark and tests). */
  typesetHere = 0;

  /** `size` workers; `prepare`: the formats whose engines each worker loads as it starts (before its first task). */
  constructor(
    readonly size: number,
    private readonly prepare: readonly string[] = [],
  ) {
    for (let i = 0; i < size; i++) this.sent.set(this.spawn(), []);
  }

  /**
   * One worker per core but the main thread's, which loads the workspace, localises and writes each
   * guide's Markdown, and typesets as well when that is done and guides are still waiting.
   * ADAPT_GUIDE_WORKERS overrides; 0 typesets in the main thread alone.
   */
  static sizeFor(pdfJobs: number, env: NodeJS.ProcessEnv): number {
    const wanted = Number(env.ADAPT_GUIDE_WORKERS ?? availableParallelism() - 1);
    return pdfJobs >= 3 && wanted >= 1 ? Math.min(wanted, pdfJobs) : 0;
  }

  /** How many jobs a build keeps in flight with `size` workers: every worker's tasks ahead, the main thread's, and one being made. */
  static widthFor(size: number): number {
    return size * AHEAD + 2;
  }

  render(format: string, markdown: string, context: FormatContext): Promise<FormatResult> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.queue.push({ id, format, markdown, context });
      this.pump();
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.sent.keys()].map((w) => w.terminate()));
  }

  private spawn(): Worker {
    const worker = new Worker(new URL('./pdf-worker.js', import.meta.url), { workerData: { prepare: this.prepare } });
    worker.on('message', (msg: { id: number; bytes?: Uint8Array; pages?: number; diagnostics?: FormatResult['diagnostics']; error?: string }) => {
      const ids = this.sent.get(worker);
      ids?.splice(ids.indexOf(msg.id), 1);
      if (msg.error !== undefined) this.settle(msg.id, new Error(msg.error));
      else this.settle(msg.id, { bytes: msg.bytes!, ...(msg.pages !== undefined ? { pages: msg.pages } : {}), diagnostics: msg.diagnostics ?? [] });
      this.pump();
    });
    worker.on('error', (error) => {
      // A worker that dies fails the guides it was given (a bug report), and a fresh one takes its place.
      const ids = this.sent.get(worker) ?? [];
      this.sent.delete(worker);
      for (const id of ids) this.settle(id, error);
      this.sent.set(this.spawn(), []);
      this.pump();
    });
    return worker;
  }

  private settle(id: number, result: FormatResult | Error): void {
    const waiting = this.pending.get(id);
    this.pending.delete(id);
    if (result instanceof Error) waiting?.reject(result);
    else waiting?.resolve(result);
  }

  /** Hands waiting tasks to the least loaded workers, up to AHEAD each; what is left, the main thread takes when it is free. */
  private pump(): void {
    for (let ahead = 1; ahead <= AHEAD; ahead++) {
      for (const [worker, ids] of this.sent) {
        if (this.queue.length === 0) return;
        if (ids.length >= ahead) continue;
        const task = this.queue.shift()!;
        ids.push(task.id);
        worker.postMessage(task);
      }
    }
    if (this.queue.length === 0 || this.inline) return;
    // After what is already queued on the event loop (a finished Markdown, a worker's result): the main
    // thread's own work comes first.
    this.inline = true;
    setImmediate(() => void this.typesetInline());
  }

  private async typesetInline(): Promise<void> {
    const task = this.queue.shift();
    if (task) {
      this.typesetHere++;
      try {
        this.settle(task.id, await formatNamed(task.format)!.render(task.markdown, task.context));
      } catch (e) {
        this.settle(task.id, e instanceof Error ? e : new Error(String(e)));
      }
    }
    this.inline = false;
    this.pump();
  }
}
