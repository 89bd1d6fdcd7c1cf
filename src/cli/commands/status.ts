// `adapt-guide status`: per guide and variant, the share translated and what is missing, stale, unfilled or off-glossary.
import { dedupeDiagnostics } from '../../diagnostics/dedupe.js';
import { error, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { UiLang } from '../../diagnostics/messages.js';
import { allVariants } from '../../localise/variants.js';
import { translationSources } from '../../translate/sources.js';
import { formatStatus } from '../../translate/format-status.js';
import { countOf, guideStatus, STATUS_KINDS, type GuideStatus, type StatusItem, type StatusKind } from '../../translate/status.js';
import { feedbackItem } from '../../feedback/format-entry.js';
import { openFeedback } from '../../feedback/open-feedback.js';
import { readFeedback } from '../../feedback/read-store.js';
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
  /** With `github`, each finding of a --fail-on kind is also an error at its line (an annotation on the pull request). */
  reporter?: string;
  ui: UiLang;
}

export function statusCommand(options: StatusOptions, io: CliIO): CommandResult {
  const failOn = idList(options.failOn).map((k) => {
    if (!(STATUS_KINDS as readonly string[]).includes(k)) throw new UsageError('unknown-fail-on', { name: k }, 'hint-allowed', { allowed: STATUS_KINDS.join(', ') });
    return k as StatusKind;
  });
  const { workspace, diagnostics } = openWorkspace(options.root, io.cwd);
  const city = options.city ? checkId('city', options.city, workspace) : undefined;
  const sectors = idList(options.sector).map((s) => checkId('sector', s, workspace));
  const guides = idList(options.guide).map((g) => checkId('guide', g, workspace));
  const sources = translationSources(workspace);
  // Without --city or --sector: every variant `build --all` builds, so a stale override anywhere counts.
  const specs = city || sectors.length > 0 ? [{ ...(city ? { city } : {}), sectors }] : allVariants(workspace);
  const reports: GuideStatus[] = [];
  const feedback = readFeedback(workspace);
  diagnostics.push(...feedback.diagnostics);
  for (const spec of specs) {
    for (const id of guides.length ? guides : [...workspace.guides.keys()]) {
      const r = guideStatus(workspace, sources, id, spec);
      if (r) reports.push({ ...r, feedback: openFeedback(workspace, spec, id, feedback).map(feedbackItem) });
    }
  }
  for (const kind of failOn) {
    const count = reports.reduce((n, r) => n + countOf(r, kind), 0);
    if (count > 0) diagnostics.push(error('status-failed', { count, kind }));
    if (options.reporter === 'github') diagnostics.push(...reports.flatMap((r) => findingsOf(r, kind)));
  }
  return { exitCode: exitCodeFor(diagnostics), diagnostics: dedupeDiagnostics(diagnostics, ['variant']), data: { root: workspace.root, reports }, text: formatStatus(reports, options.ui) };
}

const LIST_OF: Record<StatusKind, (keyof GuideStatus)[]> = {
  missing: ['missing'],
  stale: ['stale', 'staleOverrides'],
  unreviewed: ['unreviewed'],
  unfilled: ['unfilled'],
  glossary: ['glossary'],
};

/** The findings of one kind as located errors, one per place (a text shared by several variants once). */
function findingsOf(report: GuideStatus, kind: StatusKind): Diagnostic[] {
  return LIST_OF[kind].flatMap((list) =>
    (report[list] as StatusItem[]).map((i) =>
      error(i.rule ?? `status-${list === 'staleOverrides' ? 'stale-override' : kind}`, { what: i.what, detail: i.detail ?? '', variant: report.variant }, {
        at: { file: i.file, line: i.line, col: i.col },
        messageId: `status-finding-${list}`,
        guide: report.guide,
      }),
    ),
  );
}
