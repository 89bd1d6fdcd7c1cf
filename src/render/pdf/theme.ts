// The PDF theme: page, fonts, sizes, colours. Users edit theme/default.json (or a copy, `--theme`);
// anything they leave out falls back to the shipped default, so a theme may hold a single value.
import { readdirSync, readFileSync } from 'node:fs';
import { checkInput } from '../../load/read-input.js';
import { readText } from '../../load/read-text.js';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../../package-root.js';
import { DiagnosticBag } from '../../diagnostics/diagnostic.js';
import { locate, nodeAt, type DataPath } from '../../load/locate.js';
import type { ParsedYaml } from '../../load/parse-yaml.js';
import type { Json, SourceRef } from '../../model/types.js';

export interface Theme {
  page: { width: number; height: number; margins: { top: number; bottom: number; left: number; right: number } };
  /** Absolute font file paths: body (regular) and headings and strong text (bold); the Latin
   * companion of body text (regular, italic); fallbacks for what these lack. */
  fonts: { regular: string; bold: string; latin: { regular?: string; italic?: string; bold?: string; boldItalic?: string }; fallback: string[] };
  sizes: {
    body: number;
    lineHeight: number;
    h1: number;
    h2: number;
    h3: number;
    h4: number;
    table: number;
    furniture: number;
    coverTitle: number;
    coverSubtitle: number;
    /** The English half of a bilingual unit, as a share of the Chinese half's size. */
    secondary: number;
  };
  /** G1: one paragraph style for the whole document. */
  paragraph: 'indent' | 'gap';
  /** English text: body size and leading of an English edition, its measure in characters, and
   * the first-line indent in em (none after a heading). */
  english: { body: number; lineHeight: number; measure: number; indent: number };
  colors: Record<ColorName, string>;
}

export type ColorName =
  | 'text' | 'heading' | 'link' | 'muted' | 'rule' | 'code' | 'tableHeader' | 'quoteBar'
  | 'tip' | 'tipBar' | 'note' | 'noteBar' | 'caseStudy' | 'caseStudyBar' | 'cover' | 'secondary'
  | 'important' | 'importantBar' | 'warning' | 'warningBar' | 'caution' | 'cautionBar';

const PAGE_SIZES: Record<string, [number, number]> = {
  A4: [595.28, 841.89],
  A5: [419.53, 595.28],
  B5: [498.9, 708.66],
  LETTER: [612, 792],
};

/** Heading sizes as multiples of the body size (H1 in TYPOGRAPHY.md). */
const HEADING_SCALE: readonly ['h1' | 'h2' | 'h3' | 'h4', number, number][] = [
  ['h1', 1.6, 2.4],
  ['h2', 1.2, 1.4],
  ['h3', 1.1, 1.25],
  ['h4', 1, 1.15],
];

/** theme/default.json at the package root. */
export const DEFAULT_THEME_PATH = join(PACKAGE_ROOT, 'theme/default.json');

type Raw = Record<string, unknown>;

/** theme/default.json, and a user's theme merged over it once schemas/theme.schema.json accepted it. */
interface ThemeFile {
  page: { size: string | [number, number]; margins: Theme['page']['margins'] };
  fonts: Theme['fonts'];
  sizes: Theme['sizes'];
  paragraph: string;
  english?: Theme['english'];
  colors: Theme['colors'];
}

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep merge where the user's value wins; arrays and scalars replace. The result has the base's shape: the user's data was checked. */
function merge<T extends object>(base: T, over: Raw): T {
  const out: Raw = Object.fromEntries(Object.entries(base));
  for (const [k, v] of Object.entries(over)) {
    const below = out[k];
    out[k] = isObject(v) && isObject(below) ? merge(below, v) : v;
  }
  return out as T;
}

export interface ThemeRequest {
  /** A user's theme file (JSON or YAML), merged over the default. */
  themePath?: string;
  /** A folder holding the fonts to use instead of the theme's. */
  fontDir?: string;
}

/**
 * Reads and checks a theme: a user's file against schemas/theme.schema.json (located problems); a value
 * it rejects, and anything the file leaves out, comes from the default (which a test holds to the schema).
 */
export async function loadTheme(req: ThemeRequest, bag: DiagnosticBag): Promise<Theme> {
  // The one step from data to type: the default holds to the schema (a test), and a user's file only adds what it accepted.
  const base = JSON.parse(readFileSync(DEFAULT_THEME_PATH, 'utf8')) as ThemeFile;
  let raw = base;
  let themeDir = dirname(DEFAULT_THEME_PATH);
  let user: ParsedYaml | undefined;
  if (req.themePath) {
    user = await readUserTheme(req.themePath, bag);
    if (user && isObject(user.data)) {
      raw = merge(base, user.data);
      themeDir = dirname(resolve(req.themePath));
    }
  }
  return themeOf(raw, base, themeDir, req.fontDir, bag, user, req.themePath);
}

/** The user's theme, parsed with its places and checked; the values the schema rejects are left out. */
async function readUserTheme(path: string, bag: DiagnosticBag): Promise<ParsedYaml | undefined> {
  // A regular file within a size cap (a FIFO or /dev/zero named as the theme neither hangs nor fills memory).
  const read = readText(path, path, 1024 * 1024);
  if (!read.ok) {
    bag.add(read.diagnostic);
    return undefined;
  }
  const text = read.text;
  // JSON is YAML: one parser gives both their places.
  const [{ parseYaml }, { schemaProblems }] = await Promise.all([import('../../load/parse-yaml.js'), import('../../validate/schema.js')]);
  const { parsed, diagnostics } = parseYaml(text, path);
  bag.addAll(diagnostics);
  if (!parsed) return undefined;
  const { diagnostics: problems, rejected } = schemaProblems(parsed, 'theme');
  bag.addAll(problems);
  if (!isObject(parsed.data)) return undefined;
  const data = structuredClone(parsed.data) as Raw;
  for (const path of rejected) dropAt(data, path);
  return { ...parsed, data: data as Json };
}

/** Removes the value at `path` (a rejected one), so the default's shows through. */
function dropAt(data: Raw, path: readonly (string | number)[]): void {
  // A bad entry of a list (`page.size: [1, 2]`) drops the whole list: half a page size means nothing.
  const keys = path.slice(0, path.findIndex((p) => typeof p === 'number') >>> 0);
  let at: unknown = data;
  for (const k of keys.slice(0, -1)) at = isObject(at) ? at[k as string] : undefined;
  if (isObject(at) && keys.length > 0) delete at[keys[keys.length - 1] as string];
}

function themeOf(raw: ThemeFile, base: ThemeFile, themeDir: string, fontDir: string | undefined, bag: DiagnosticBag, user: ParsedYaml | undefined, file?: string): Theme {
  const { size } = raw.page;
  const [width, height] = typeof size === 'string' ? PAGE_SIZES[size.toUpperCase()] : size;
  const { sizes } = raw;
  // H1 in TYPOGRAPHY.md: a clear scale — chapter ≥ 1.6× body, section ≈ 1.3×, subsection ≈ 1.15× (a rule between two values, beyond the schema).
  for (const [h, lo, hi] of HEADING_SCALE) {
    const ratio = sizes[h] / sizes.body;
    if (ratio < lo - 1e-9 || ratio > hi + 1e-9) {
      const at = user ? locateOwn(user, ['sizes', h]) ?? locateOwn(user, ['sizes', 'body']) : undefined;
      bag.warning('theme-heading-ratio', { field: `sizes.${h}`, share: Math.round(ratio * 100), low: Math.round(lo * 100), high: Math.round(hi * 100) }, { at: at ?? { file } });
    }
  }
  return {
    page: { width, height, margins: raw.page.margins },
    fonts: resolveFonts(raw.fonts, base.fonts, themeDir, fontDir, bag, file),
    sizes,
    paragraph: raw.paragraph === 'gap' ? 'gap' : 'indent',
    english: (raw.english ?? base.english)!,
    colors: raw.colors,
  };
}

/** Where the user's file sets `path`, when it does. */
function locateOwn(user: ParsedYaml, path: DataPath): SourceRef | undefined {
  return nodeAt(user, path) ? locate(user, path) : undefined;
}

const requireHere = createRequire(import.meta.url);

/** A theme font is a path relative to the theme file, an absolute path, or a file inside an npm package. */
/** A font is a regular file (a FIFO or a device named as a font would hang the reader): else not found. */
const readable = (path: string) => checkInput(path) === undefined;

function resolveFontPath(spec: string, themeDir: string): string | undefined {
  if (isAbsolute(spec)) return readable(spec) ? spec : undefined;
  const local = join(themeDir, spec);
  if (readable(local)) return local;
  try {
    return requireHere.resolve(spec);
  } catch {
    return undefined;
  }
}

function resolveFonts(raw: Theme['fonts'], base: Theme['fonts'], themeDir: string, fontDir: string | undefined, bag: DiagnosticBag, file?: string): Theme['fonts'] {
  const out: Theme['fonts'] = { regular: '', bold: '', latin: {}, fallback: [] };
  // The Latin companion and the fallbacks: optional, each a font file as for regular and bold.
  const optional = (spec: unknown, role: string): string | undefined => {
    if (typeof spec !== 'string') return undefined;
    const found = resolveFontPath(spec, themeDir) ?? resolveFontPath(spec, dirname(DEFAULT_THEME_PATH));
    if (!found) bag.error('font-not-found', { font: spec, role }, { at: { file } });
    return found;
  };
  const latin = raw.latin ?? base.latin ?? {};
  for (const role of ['regular', 'italic', 'bold', 'boldItalic'] as const) {
    const found = optional(latin[role], `latin.${role}`);
    if (found) out.latin[role] = found;
  }
  (raw.fallback ?? base.fallback ?? []).forEach((spec, k) => {
    const found = optional(spec, `fallback[${k}]`);
    if (found) out.fallback.push(found);
  });
  let fromDir: Record<'regular' | 'bold', string | undefined> = { regular: undefined, bold: undefined };
  if (fontDir) fromDir = fontsInDir(fontDir, bag);
  for (const role of ['regular', 'bold'] as const) {
    const spec = raw[role];
    const found = fromDir[role] ?? resolveFontPath(spec, themeDir);
    if (found) out[role] = found;
    else {
      bag.error('font-not-found', { font: spec, role }, { at: { file } });
      out[role] = resolveFontPath(base[role], dirname(DEFAULT_THEME_PATH)) ?? spec;
    }
  }
  return out;
}

/** Picks the regular and bold files of a font folder by their names (…Regular…, …Bold…). */
function fontsInDir(dir: string, bag: DiagnosticBag): Record<'regular' | 'bold', string | undefined> {
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => /\.(ttf|otf)$/i.test(f) && readable(join(dir, f))).sort();
  } catch (e) {
    bag.error('font-dir-unreadable', { dir, reason: (e as Error).message });
    return { regular: undefined, bold: undefined };
  }
  const bold = files.find((f) => /bold|[-_ ]?700|粗/i.test(f) && !/semi|extra|black/i.test(f));
  const regular = files.find((f) => /regular|[-_ ]?400|常规/i.test(f)) ?? files.find((f) => f !== bold);
  if (!regular) bag.error('font-dir-unreadable', { dir }, { messageId: 'font-dir-empty' });
  return { regular: regular && join(dir, regular), bold: bold ? join(dir, bold) : regular && join(dir, regular) };
}
