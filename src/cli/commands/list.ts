// `adapt-guide list`: the guides (title, edition), cities and sectors of the workspace.
import type { BilingualText, Json, Workspace } from '../../model/types.js';
import { message, type UiLang } from '../../diagnostics/messages.js';
import type { CliIO } from '../io.js';
import { openWorkspace } from '../open-workspace.js';
import { exitCodeFor, type CommandResult } from '../result.js';

export interface ListOptions {
  root?: string;
  ui: UiLang;
}

export function listCommand(options: ListOptions, io: CliIO): CommandResult {
  const { workspace, diagnostics } = openWorkspace(options.root, io.cwd);
  const data = describe(workspace);
  return { exitCode: exitCodeFor(diagnostics), diagnostics, data, text: render(data, options.ui) };
}

type Listing = {
  guides: { id: string; title: BilingualText; edition: string }[];
  cities: { id: string; name: BilingualText; sectors: string[] }[];
  sectors: { id: string; name: BilingualText }[];
};

function describe(ws: Workspace): Listing {
  return {
    guides: [...ws.guides.values()].map((g) => ({ id: g.id, title: text(g.root.fields.title), edition: String(g.root.fields.edition ?? '') })),
    cities: [...ws.cities.values()].map((c) => ({ id: c.id, name: c.name, sectors: c.sectors })),
    sectors: [...ws.sectors.values()].map((s) => ({ id: s.id, name: s.name })),
  };
}

function text(value: Json | undefined): BilingualText {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as BilingualText) : { en: String(value ?? '') };
}

function render(l: Listing, ui: UiLang): string {
  const width = Math.max(8, ...[...l.guides, ...l.cities, ...l.sectors].map((x) => x.id.length)) + 2;
  const both = (t: BilingualText) => [t.zh, t.en].filter(Boolean).join(' / ');
  const lines = [message('list-guides', { count: l.guides.length }, ui)];
  for (const g of l.guides) lines.push(`  ${g.id.padEnd(width)}${both(g.title)}  [${g.edition}]`);
  lines.push(message('list-cities', { count: l.cities.length }, ui));
  for (const c of l.cities) lines.push(`  ${c.id.padEnd(width)}${both(c.name)}${c.sectors.length ? `  + ${c.sectors.join(', ')}` : ''}`);
  lines.push(message('list-sectors', { count: l.sectors.length }, ui));
  for (const s of l.sectors) lines.push(`  ${s.id.padEnd(width)}${both(s.name)}`);
  return lines.join('\n') + '\n';
}
