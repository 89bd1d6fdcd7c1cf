// What every job of one build reads and shares, made once per run and never copied per job.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Workspace } from '../model/types.js';
import type { AssetRegister } from '../output/asset-register.js';
import type { PdfPool } from '../output/pdf-pool.js';
import type { CompiledTemplates } from '../render/markdown/templates.js';
import type { JobCache } from './job-cache.js';
import type { KeySources } from './job-key.js';
import type { BuildRequest } from './request.js';

export interface BuildContext {
  request: BuildRequest;
  workspace: Workspace;
  keys: KeySources;
  /** Compiled on first use: a build whose every output is reused never loads Handlebars. */
  templates: () => { templates?: CompiledTemplates; error?: Diagnostic };
  /** Which image each output name came from, across the run's jobs. */
  register: AssetRegister;
  cache: JobCache;
  /** Worker threads for the formats that are slow to make, when the build has several to make. */
  pool?: PdfPool;
}
