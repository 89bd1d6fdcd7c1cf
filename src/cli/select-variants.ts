// Checks the city, sectors and guides a command names against the workspace, by id or by name (湖州, Huzhou,
// huzhou): an unknown one is a usage error that suggests the nearest among ids and names.
import { nearest } from '../diagnostics/suggest.js';
import type { BilingualText, VariantSpec, Workspace } from '../model/types.js';
import { profileFile } from '../localise/layers.js';
import { allGuides } from '../localise/variants.js';
import { UsageError } from './usage-error.js';

type Kind = 'city' | 'sector' | 'guide';

/** What people leave out of a zh name or add to it: 湖州 and 湖州市, 石油 and 石油行业. */
const ZH_SUFFIX: Partial<Record<Kind, string>> = { city: '市', sector: '行业' };

/** The names a thing is known by: its zh and en names, a zh name also with or without its suffix. */
function namesOf(kind: Kind, name: BilingualText | undefined): string[] {
  const names = [name?.zh, name?.en].filter((n): n is string => typeof n === 'string' && n.trim() !== '').map((n) => n.trim());
  const suffix = ZH_SUFFIX[kind];
  if (suffix) for (const zh of names.filter((n) => /[\u4e00-\u9fff]$/.test(n))) names.push(zh.endsWith(suffix) ? zh.slice(0, -suffix.length) : `${zh}${suffix}`);
  return names;
}

const fold = (s: string) => s.trim().normalize('NFKC').toLowerCase();

/** `asked` as an id: itself when it is one, else the id whose zh or en name it is (case aside). */
function demandKnown(kind: Kind, asked: string, known: ReadonlyMap<string, BilingualText | undefined>): string {
  if (known.has(asked)) return asked;
  const byName = new Map<string, string>();
  for (const [id, name] of known) {
    byName.set(fold(id), id);
    for (const n of namesOf(kind, name)) if (!byName.has(fold(n))) byName.set(fold(n), id);
  }
  const id = byName.get(fold(asked));
  if (id !== undefined) return id;
  const ids = [...known.keys()].sort();
  const guess = nearest(fold(asked), byName.keys(), 1)[0];
  const suggestion = guess === undefined ? undefined : byName.get(guess);
  const list = ids.length > 0 ? ids.join(', ') : '—';
  throw new UsageError(`unknown-${kind}`, { id: asked }, suggestion ? 'hint-nearest-known' : 'hint-known', { suggestion: suggestion ?? '', known: list });
}

function profiles(workspace: Workspace, kind: 'city' | 'sector', asked: string): Map<string, BilingualText | undefined> {
  const known = new Map<string, BilingualText | undefined>([...(kind === 'city' ? workspace.cities : workspace.sectors)].map(([id, p]) => [id, p.name]));
  // A city or sector whose profile.yaml exists but did not load is known: its build fails with the file's errors.
  if (workspace.broken.has(profileFile(kind, asked)) && !known.has(asked)) known.set(asked, undefined);
  return known;
}

/** The variant asked for, with its city and sectors as ids. */
export function resolveVariant(workspace: Workspace, spec: VariantSpec): VariantSpec {
  return {
    ...(spec.city !== undefined ? { city: demandKnown('city', spec.city, profiles(workspace, 'city', spec.city)) } : {}),
    sectors: spec.sectors.map((s) => demandKnown('sector', s, profiles(workspace, 'sector', s))),
  };
}

/** Checks a variant only (commands that keep the names as given; prefer resolveVariant). */
export function checkVariant(workspace: Workspace, spec: VariantSpec): void {
  resolveVariant(workspace, spec);
}

/** The guides asked for as ids, names or titles (all, sorted, when none is named), each checked; a guide whose guide.yaml did not load is known: its build fails with the file's errors. */
export function selectGuides(workspace: Workspace, asked: readonly string[]): string[] {
  const known = new Map(allGuides(workspace).map((id) => [id, workspace.guides.get(id)?.root.fields.title as BilingualText | undefined]));
  const ids = asked.map((a) => demandKnown('guide', a, known));
  return ids.length > 0 ? [...new Set(ids)] : [...known.keys()];
}
