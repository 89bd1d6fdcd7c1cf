// A job's key: a digest of everything its outputs depend on, each input by the digest of the bytes this run read.
import { digestOf } from '../cache/digest.js';
import type { Job } from './request.js';
import type { SourceFiles } from './source-files.js';

export interface KeySources {
  /** What every job of the run shares: the tool, the options that change an output, real root and output folder. */
  salt: string;
  /** YAML files by workspace-relative path → digest of the text parsed. */
  loaded: ReadonlyMap<string, string>;
  /** Digest of the template texts compiled (shipped and the workspace's). */
  templates: string;
  files: SourceFiles;
}

export function jobKey(job: Job, sources: KeySources): string {
  const parts = [sources.salt, job.guide, job.variantName];
  for (const input of job.inputs) {
    parts.push(input);
    if (input === 'templates/') parts.push(sources.templates);
    else if (input.endsWith('/')) {
      for (const file of sources.files.folder(input) ?? []) parts.push(file, sources.files.file(file)?.digest ?? 'unreadable');
    } else parts.push(sources.loaded.get(input) ?? 'absent');
  }
  return digestOf(parts);
}

/** One output of a job: the job's key, the format and the real path it is written to. */
export function outputKey(jobKey: string, format: string, realPath: string): string {
  return digestOf([jobKey, format, realPath]);
}
