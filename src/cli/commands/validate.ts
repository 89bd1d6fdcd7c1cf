// `adapt-guide validate`: load and check the whole workspace, apply every variant's overrides; exit 1 on any error.
import type { CliIO } from '../io.js';
import { openWorkspace } from '../open-workspace.js';
import { exitCodeFor, type CommandResult } from '../result.js';
import { glossaryDiagnostics } from '../../translate/glossary-diagnostics.js';
import { validateVariants } from '../validate-variants.js';

export interface ValidateOptions {
  root?: string;
}

export function validateCommand(options: ValidateOptions, io: CliIO): CommandResult {
  const { workspace, diagnostics } = openWorkspace(options.root, io.cwd);
  // The variants too, so a broken override or a missing variable fails validation before any build.
  diagnostics.push(...validateVariants(workspace));
  diagnostics.push(...glossaryDiagnostics(workspace));
  const counts = { guides: workspace.guides.size, cities: workspace.cities.size, sectors: workspace.sectors.size };
  return { exitCode: exitCodeFor(diagnostics), diagnostics, data: { root: workspace.root, ...counts } };
}
