// `adapt-guide status`: per guide and variant, the share translated and what is missing, stale, unfilled or off-glossary.
import { error } from '../../diagnostics/diagnostic.js';
import type { UiLang } from '../../diagnostics/messages.js';
import { readSources } from '../../translate/sources.js';
import { formatStatus } from '../../translate/format-status.js';
import { countOf, guideStatus, STATUS_KINDS, type GuideStatus, type StatusKind } from '../../translate/status.js';
import { checkId, idList } from '../check-ids.js';
import type { CliIO } from '../io.js';
import { openWorkspace } from '../open-workspace.js';
import { exitCodeFor, type CommandResult } from '../result.js';
import { UsageError } from '../usage-error.js';

export interface StatusOptions {
  root?: string;
  city?: string;
  sector?: string[];
  guide?: string[];
  failOn?: string | string[];
  ui: UiLang;
}

export function statusCommand(options: StatusOptions, io: CliIO): CommandResult {
  const failOn = idList(options.failOn).map((k) => {
    if (!(STATUS_KINDS as readonly string[]).includes(k)) throw new UsageError('unknown-fail-on', { name: k }, 'hint-allowed', { allowed: STATUS_KINDS.join(', ') });
    return k as StatusKind;
  });
  const { workspace, diagnostics } = openWorkspace(options.root, io.cwd);
  const sectors = idList(options.sector);
  const guides = idList(options.guide);
  if (options.city) checkId('city', options.city, workspace);
  for (const s of sectors) checkId('sector', s, workspace);
  for (const g of guides) checkId('guide', g, workspace);
  const sources = readSources(workspace);
  const spec = { ...(options.city ? { city: options.city } : {}), sectors };
  const reports: GuideStatus[] = [];
  for (const id of guides.length ? guides : [...workspace.guides.keys()]) {
    const r = guideStatus(workspace, sources, id, spec);
    if (r) reports.push(r);
  }
  for (const kind of failOn) {
    const count = reports.reduce((n, r) => n + countOf(r, kind), 0);
    if (count > 0) diagnostics.push(error('status-failed', { count, kind }));
  }
  return { exitCode: exitCodeFor(diagnostics), diagnostics, data: { root: workspace.root, reports }, text: formatStatus(reports, options.ui) };
}
