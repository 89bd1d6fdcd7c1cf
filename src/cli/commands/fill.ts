// `fill`: the slots of a variant one by one in a terminal; each answer is written at once (atomically), so
// Ctrl-C keeps what was given and leaves nothing half-written.
import { message, type UiLang } from '../../diagnostics/messages.js';
import { slotDescription, variantName } from '../../model/types.js';
import { slotInventory } from '../../slots/inventory.js';
import type { CliIO } from '../io.js';
import { openWorkspace } from '../open-workspace.js';
import type { CommandResult } from '../result.js';
import { resolveVariant } from '../select-variants.js';
import { UsageError } from '../usage-error.js';
import { applyValues } from './slots.js';

export interface FillOptions {
  root?: string;
  city?: string;
  sectors: string[];
  ui: UiLang;
}

export async function fillCommand(o: FillOptions, io: CliIO): Promise<CommandResult> {
  if (!o.city && o.sectors.length === 0) throw new UsageError('slots-need-locality', {}, 'hint-slots-locality');
  if (!io.stdinIsTTY || !io.stdoutIsTTY) throw new UsageError('fill-needs-terminal', {}, 'hint-fill-terminal');
  const first = openWorkspace(o.root, io.cwd);
  if (first.shipped) throw new UsageError('shipped-workspace', { root: first.workspace.root }, 'hint-init-workspace');
  const spec = resolveVariant(first.workspace, { ...(o.city ? { city: o.city } : {}), sectors: [...o.sectors] });
  const rows = slotInventory(first.workspace, spec).rows;
  const inquirer = (await import('inquirer')).default;
  const ask = async (text: string) => ((await inquirer.prompt([{ type: 'input', name: 'value', message: text }])) as { value: string }).value;
  const written = new Set<string>();
  let filled = 0;
  for (const [i, row] of rows.entries()) {
    io.stdout(`\n${message('fill-progress', { n: i + 1, total: rows.length, key: row.key }, o.ui)}\n`);
    io.stdout(`  ${slotDescription(row.todo, o.ui)}\n`);
    if (row.where.length > 0) io.stdout(`  ${row.where[0]}\n`);
    if (row.context) io.stdout(`  ${row.context}\n`);
    let zh: string;
    let en: string;
    try {
      zh = (await ask(message('fill-zh', {}, o.ui))).trim();
      en = zh === '' ? '' : (await ask(message('fill-en', {}, o.ui))).trim();
    } catch (e) {
      if (e instanceof Error && e.name === 'ExitPromptError') return done(130, 'fill-cancelled');
      throw e;
    }
    if (zh === '' && en === '') continue;
    // Re-read each time: the previous answer changed the files this one may write to.
    const now = openWorkspace(o.root, io.cwd);
    const result = applyValues(now.workspace, slotInventory(now.workspace, spec), [{ key: row.key, zh, en, at: { file: '(fill)', line: i + 1, col: 1 } }], [], o.ui);
    if (result.exitCode !== 0) return { ...result, data: { ...result.data, written: [...written], filled } };
    for (const f of (result.data?.written as string[]) ?? []) written.add(f);
    filled++;
  }
  return done(0, 'fill-done');

  function done(exitCode: number, id: string): CommandResult {
    const lines = [message(id, { filled, variant: variantName(spec) }, o.ui), ...[...written].map((w) => `  ${w}`)];
    return { exitCode, diagnostics: [], data: { root: first.workspace.root, written: [...written], filled }, text: lines.join('\n') + '\n' };
  }
}
