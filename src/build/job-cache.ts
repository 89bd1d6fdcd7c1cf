// Remembers what each job made, one entry per job and per output, each under its own key (a digest of
// everything it was made from), so no build forgets another's results: switching variants, languages or
// formats and back reuses what did not change. An output is reused only when the file on disk still has
// the digest it was written with; every entry carries the digest of its own text and is checked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { cacheDir } from '../cache/cache-dir.js';
import { digest, digestFile } from '../cache/digest.js';
import { writeAtomic } from '../output/write-atomic.js';

/** A file the job wrote: where (real path), its digest and size. */
export interface WrittenFile {
  file: string;
  digest: string;
  bytes: number;
}

/** A job's Markdown stage: its problems and the images it copied. */
export interface JobEntry {
  diagnostics: Diagnostic[];
  assets: WrittenFile[];
}

/** One format's output of a job. */
export interface OutputEntry extends WrittenFile {
  pages?: number;
  diagnostics: Diagnostic[];
}

export class JobCache {
  private readonly dir: string;

  constructor(env: NodeJS.ProcessEnv) {
    this.dir = join(cacheDir(env), 'jobs');
  }

  job(key: string): JobEntry | undefined {
    return this.read<JobEntry>(key);
  }

  /** The output made under `key`, when the file on disk is still exactly it. */
  output(key: string): OutputEntry | undefined {
    const entry = this.read<OutputEntry>(key);
    return entry && onDisk(entry) ? entry : undefined;
  }

  putJob(key: string, entry: JobEntry): void {
    this.write(key, entry);
  }

  putOutput(key: string, entry: OutputEntry): void {
    this.write(key, entry);
  }

  private read<T>(key: string): T | undefined {
    try {
      const { sum, body } = JSON.parse(readFileSync(join(this.dir, `${key}.json`), 'utf8')) as { sum?: unknown; body?: unknown };
      if (typeof body !== 'string' || sum !== digest(body)) return undefined;
      return JSON.parse(body) as T;
    } catch {
      // No entry, or one that cannot be read: make the output.
      return undefined;
    }
  }

  private write(key: string, entry: JobEntry | OutputEntry): void {
    const body = JSON.stringify(entry);
    try {
      writeAtomic(join(this.dir, `${key}.json`), JSON.stringify({ sum: digest(body), body }));
    } catch {
      // A cache that cannot be written only costs time next run.
    }
  }
}

/** The file is there with the very bytes recorded (a same-size edit is not the same file). */
export function onDisk(written: WrittenFile): boolean {
  const now = digestFile(written.file);
  return now !== undefined && now.bytes === written.bytes && now.digest === written.digest;
}
