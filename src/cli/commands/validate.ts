// `adapt-guide validate`: load and check the whole workspace; exit 1 on any error.
import type { CliIO } from '../io.js';
import { openWorkspace } from '../open-workspace.js';
import { exitCodeFor, type CommandResult } from '../result.js';
import type { Workspace } from '../../model/types.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { glossaryDiagnostics } from '../../translate/glossary-diagnostics.js';

export interface ValidateOptions {
  root?: string;
}

/** Further checks that need the whole workspace (the localisation engine adds each variant's overrides). */
export type WorkspaceCheck = (workspace: Workspace) => Diagnostic[];
const extraChecks: WorkspaceCheck[] = [];
export function addWorkspaceCheck(check: WorkspaceCheck): void {
  extraChecks.push(check);
}

export function validateCommand(options: ValidateOptions, io: CliIO): CommandResult {
  const { workspace, diagnostics } = openWorkspace(options.root, io.cwd);
  for (const check of extraChecks) diagnostics.push(...check(workspace));
  diagnostics.push(...glossaryDiagnostics(workspace));
  const counts = { guides: workspace.guides.size, cities: workspace.cities.size, sectors: workspace.sectors.size };
  return { exitCode: exitCodeFor(diagnostics), diagnostics, data: { root: workspace.root, ...counts } };
}
