// Remembers what each job made: one record per build scope (the tool, the options that change an output,
// the real workspace and output folders: the key salt), read once when a build starts and written once
// when it ends. Within it each job and each output has its own key (a digest of everything it was made
// from), so no build forgets another's results: switching variants or formats and back reuses what did
// not change, and builds with other options keep records of their own. An output is reused only when
// the file on disk still has the digest it was written with, and the record carries the digest of its
// own text: a damaged record, or one a concurrent build wrote over, costs time, never a wrong output.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { AssetCopy } from '../output/asset-sources.js';
import { cacheDir } from '../cache/cache-dir.js';
import { digest, digestFile } from '../cache/digest.js';
import { writeAtomic } from '../output/write-atomic.js';

/** A file the job wrote: where (real path), its digest and size. */
export interface WrittenFile {
  file: string;
  digest: string;
  bytes: number;
}

/** A job's Markdown stage: its problems, the images it copied, and where each came from. */
export interface JobEntry {
  diagnostics: Diagnostic[];
  assets: WrittenFile[];
  /** The images the guide links (source, target, node): what a format made from the model embeds. */
  copies: AssetCopy[];
}

/** One format's output of a job. */
export interface OutputEntry extends WrittenFile {
  pages?: number;
  diagnostics: Diagnostic[];
}

/** The record of one scope: jobs by key, outputs by key (each with the key of the job that made it). */
interface JobRecord {
  jobs: Record<string, JobEntry>;
  outputs: Record<string, OutputEntry & { job: string }>;
}

export class JobCache {
  private readonly file: string;
  private stored: JobRecord | undefined;
  private readonly made: JobRecord = { jobs: {}, outputs: {} };

  /** `scope`: what every job key of the build shares (its salt). */
  constructor(env: NodeJS.ProcessEnv, scope: string) {
    this.file = join(cacheDir(env), 'jobs', `${scope}.json`);
  }

  job(key: string): JobEntry | undefined {
    return own(this.record().jobs, key);
  }

  /** The output made under `key`, when the file on disk is still exactly it. */
  output(key: string): OutputEntry | undefined {
    const entry = own(this.record().outputs, key);
    return entry && onDisk(entry) ? entry : undefined;
  }

  putJob(key: string, entry: JobEntry): void {
    this.made.jobs[key] = entry;
  }

  putOutput(key: string, job: string, entry: OutputEntry): void {
    this.made.outputs[key] = { ...entry, job };
  }

  /**
   * Writes what this build made into the scope's record, over the record as it is now on disk (another
   * build of the same scope may have written it meanwhile). An output file holds only what was written
   * last, so an entry for the same file made earlier can never be reused again: it is dropped, and so
   * is a job no kept output belongs to.
   */
  save(): void {
    if (Object.keys(this.made.outputs).length === 0 && Object.keys(this.made.jobs).length === 0) return;
    const now = readRecord(this.file) ?? { jobs: {}, outputs: {} };
    const outputs = new Map(Object.entries(now.outputs));
    for (const [key, entry] of Object.entries(this.made.outputs)) {
      outputs.delete(key);
      outputs.set(key, entry);
    }
    const latest = new Map<string, string>();
    for (const [key, entry] of outputs) latest.set(entry.file, key);
    const kept: JobRecord = { jobs: {}, outputs: {} };
    for (const [key, entry] of outputs) {
      if (latest.get(entry.file) !== key) continue;
      const job = own(this.made.jobs, entry.job) ?? own(now.jobs, entry.job);
      if (!job) continue;
      kept.outputs[key] = entry;
      kept.jobs[entry.job] = job;
    }
    const body = JSON.stringify(kept);
    try {
      writeAtomic(this.file, JSON.stringify({ sum: digest(body), body }));
    } catch {
      // A cache that cannot be written only costs time next run.
    }
  }

  private record(): JobRecord {
    return (this.stored ??= readRecord(this.file) ?? { jobs: {}, outputs: {} });
  }
}

function readRecord(file: string): JobRecord | undefined {
  try {
    const { sum, body } = JSON.parse(readFileSync(file, 'utf8')) as { sum?: unknown; body?: unknown };
    if (typeof body !== 'string' || sum !== digest(body)) return undefined;
    const record = JSON.parse(body) as Partial<JobRecord>;
    if (!isObject(record.jobs) || !isObject(record.outputs)) return undefined;
    return record as JobRecord;
  } catch {
    // No record, or one that cannot be read: make the outputs.
    return undefined;
  }
}

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);

function own<T>(map: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

/** The file is there with the very bytes recorded (a same-size edit is not the same file). */
export function onDisk(written: WrittenFile): boolean {
  const now = digestFile(written.file);
  return now !== undefined && now.bytes === written.bytes && now.digest === written.digest;
}
