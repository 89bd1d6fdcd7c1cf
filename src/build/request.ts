// What a build is asked for, and what it answers: one request, one job model, one result per job.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { OutputLang, VariantSpec } from '../model/types.js';

export interface BuildRequest {
  /** The workspace folder (holds guides/). */
  root: string;
  /** `all`: every variant `build --all` makes; else these. */
  variants: 'all' | VariantSpec[];
  /** Guide ids; none: every guide of the workspace, sorted. */
  guides: readonly string[];
  /** Format names, in the order asked. */
  formats: readonly string[];
  lang: OutputLang;
  /** The output folder, absolute. */
  out: string;
  strict: boolean;
  /** This CI shard of the jobs: index (from 0) of count. */
  shard: { index: number; count: number };
  /** Make every output again and parse every file again: no cache is read (both are written). */
  force: boolean;
  /** Where the command runs: paths in diagnostics are shown relative to it. */
  cwd: string;
  /** Where the caches are, SOURCE_DATE_EPOCH, ADAPT_GUIDE_WORKERS. */
  env: NodeJS.ProcessEnv;
}

/** One guide of one variant: what it is made from and what it makes. */
export interface Job {
  /** `<variant>/<guide>`: unique within a build. */
  id: string;
  guide: string;
  variant: VariantSpec;
  /** `huzhou`, `huzhou+petroleum`, `international`. */
  variantName: string;
  /**
   * Everything the job reads, workspace-relative, listed once: its YAML files (by their place, loaded
   * or not: an override made later counts), `templates/`, and its image folders. A name ending in `/`
   * is a folder whose every file is an input.
   */
  inputs: readonly string[];
  /** One per format asked, in that order; absolute paths. */
  outputs: readonly { format: string; path: string }[];
}

export interface OutputResult {
  format: string;
  /** Absolute path. */
  path: string;
  bytes: number;
  pages?: number;
  /** True when the file on disk was already this output (same inputs, same bytes): not written again. */
  reused: boolean;
}

export interface JobResult {
  job: Job;
  /** The outputs written or reused, in the order of the job's formats. */
  outputs: OutputResult[];
  /** Formats that could not be made: their files are removed, never left from an earlier build. */
  failed: string[];
  diagnostics: Diagnostic[];
  ms: number;
}
