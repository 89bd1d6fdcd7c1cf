// Spreads a build's slow formats (PDF) over worker threads, one per core: typesetting is the slow part of a build.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FormatContext, FormatResult } from './formats.js';

interface Pending {
  resolve: (result: FormatResult) => void;
  reject: (error: Error) => void;
}

export class PdfPool {
  private readonly idle: Worker[] = [];
  private readonly queue: { id: number; format: string; markdown: string; context: FormatContext }[] = [];
  private readonly pending = new Map<number, Pending>();
  private readonly busy = new Map<Worker, number>();
  private next = 0;

  /** `prepare`: the formats whose engines each worker loads as it starts (before its first task). */
  constructor(
    readonly size: number,
    private readonly prepare: readonly string[] = [],
  ) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  /**
   * One worker per core but the main thread's, which loads, localises and writes Markdown meanwhile.
   * (Measured on a 2-vCPU machine: two workers beside the main thread were ~10 % slower than one. The
   * cores are real for arithmetic, but typesetting allocates hard and V8's parallel GC loses its helper
   * core: the main thread typesetting beside one worker left the zh matrix's wall time unchanged and
   * cost +60–100 MB at peak, so it was not kept.) ADAPT_GUIDE_WORKERS overrides; 0 typesets in the main thread.
   */
  static sizeFor(pdfJobs: number, env: NodeJS.ProcessEnv): number {
    const wanted = Number(env.ADAPT_GUIDE_WORKERS ?? availableParallelism() - 1);
    return pdfJobs >= 3 && wanted >= 1 ? Math.min(wanted, pdfJobs) : 0;
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
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }

  private spawn(): Worker {
    const worker = new Worker(new URL('./pdf-worker.js', import.meta.url), { workerData: { prepare: this.prepare } });
    worker.on('message', (msg: { id: number; bytes?: Uint8Array; pages?: number; diagnostics?: FormatResult['diagnostics']; error?: string }) => {
      const waiting = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      this.busy.delete(worker);
      this.idle.push(worker);
      if (waiting) {
        if (msg.error !== undefined) waiting.reject(new Error(msg.error));
        else waiting.resolve({ bytes: msg.bytes!, ...(msg.pages !== undefined ? { pages: msg.pages } : {}), diagnostics: msg.diagnostics ?? [] });
      }
      this.pump();
    });
    worker.on('error', (error) => {
      // A worker that dies fails its guide (a bug report), and a fresh one takes its place.
      const id = this.busy.get(worker);
      this.busy.delete(worker);
      if (id !== undefined) {
        this.pending.get(id)?.reject(error);
        this.pending.delete(id);
      }
      this.idle.push(this.spawn());
      this.pump();
    });
    return worker;
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const task = this.queue.shift()!;
      this.busy.set(worker, task.id);
      worker.postMessage(task);
    }
  }
}
