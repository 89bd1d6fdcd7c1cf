// The PDF theme: page, fonts, sizes, colours. Users edit theme/default.json (or a copy, `--theme`);
// anything they leave out falls back to the shipped default, so a theme may hold a single value.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { PACKAGE_ROOT } from '../../package-root.js';
import { DiagnosticBag } from '../../diagnostics/diagnostic.js';

export interface Theme {
  page: { width: number; height: number; margins: { top: number; bottom: number; left: number; right: number } };
  /** Absolute font file paths. */
  fonts: { regular: string; bold: string };
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
  };
  /** G1: one paragraph style for the whole document. */
  paragraph: 'indent' | 'gap';
  colors: Record<ColorName, string>;
}

export type ColorName =
  | 'text' | 'heading' | 'link' | 'muted' | 'rule' | 'code' | 'tableHeader' | 'quoteBar'
  | 'tip' | 'tipBar' | 'note' | 'noteBar' | 'caseStudy' | 'caseStudyBar' | 'cover'
  | 'important' | 'importantBar' | 'warning' | 'warningBar' | 'caution' | 'cautionBar';

const PAGE_SIZES: Record<string, [number, number]> = {
  A4: [595.28, 841.89],
  A5: [419.53, 595.28],
  B5: [498.9, 708.66],
  LETTER: [612, 792],
};

/** theme/default.json at the package root. */
export const DEFAULT_THEME_PATH = join(PACKAGE_ROOT, 'theme/default.json');

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep merge where the user's value wins; arrays and scalars replace. */
function merge(base: Raw, over: Raw): Raw {
  const out: Raw = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = isObject(v) && isObject(base[k]) ? merge(base[k] as Raw, v) : v;
  return out;
}

export interface ThemeRequest {
  /** A user's theme file (JSON or YAML), merged over the default. */
  themePath?: string;
  /** A folder holding the fonts to use instead of the theme's. */
  fontDir?: string;
}

/** Reads and checks a theme; problems become diagnostics and the default value is used instead. */
export async function loadTheme(req: ThemeRequest, bag: DiagnosticBag): Promise<Theme> {
  const base = JSON.parse(readFileSync(DEFAULT_THEME_PATH, 'utf8')) as Raw;
  let raw = base;
  let themeDir = dirname(DEFAULT_THEME_PATH);
  if (req.themePath) {
    try {
      const text = readFileSync(req.themePath, 'utf8');
      const user = /\.ya?ml$/i.test(req.themePath) ? (requireHere('yaml') as typeof import('yaml')).parse(text) : JSON.parse(text);
      if (!isObject(user)) bag.error('theme-invalid', { reason: 'not an object' }, { at: { file: req.themePath } });
      else {
        raw = merge(base, user);
        themeDir = dirname(resolve(req.themePath));
      }
    } catch (e) {
      bag.error('theme-invalid', { reason: (e as Error).message }, { at: { file: req.themePath } });
    }
  }
  return checkTheme(raw, base, themeDir, req.fontDir, bag, req.themePath);
}

function num(raw: Raw, base: Raw, key: string, bag: DiagnosticBag, file: string | undefined, min: number, max: number): number {
  const v = raw[key];
  if (typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max) return v;
  bag.error('theme-invalid', { reason: `\`${key}\` must be a number from ${min} to ${max}` }, { at: { file } });
  return base[key] as number;
}

function checkTheme(raw: Raw, base: Raw, themeDir: string, fontDir: string | undefined, bag: DiagnosticBag, file?: string): Theme {
  const page = (raw.page ?? {}) as Raw;
  const basePage = base.page as Raw;
  let size = page.size;
  if (typeof size === 'string') size = PAGE_SIZES[size.toUpperCase()];
  if (!Array.isArray(size) || size.length !== 2 || !size.every((n) => typeof n === 'number' && n >= 144 && n <= 5000)) {
    bag.error('theme-invalid', { reason: '`page.size` must be A4, A5, B5, Letter or [width, height] in points' }, { at: { file } });
    size = basePage.size;
  }
  const m = (page.margins ?? {}) as Raw;
  const bm = basePage.margins as Raw;
  const margins = {
    top: num(m, bm, 'top', bag, file, 18, 300),
    bottom: num(m, bm, 'bottom', bag, file, 18, 300),
    left: num(m, bm, 'left', bag, file, 18, 300),
    right: num(m, bm, 'right', bag, file, 18, 300),
  };
  const s = raw.sizes as Raw;
  const bs = base.sizes as Raw;
  const sizes = {
    body: num(s, bs, 'body', bag, file, 6, 30),
    lineHeight: num(s, bs, 'lineHeight', bag, file, 1, 3),
    h1: num(s, bs, 'h1', bag, file, 6, 60),
    h2: num(s, bs, 'h2', bag, file, 6, 60),
    h3: num(s, bs, 'h3', bag, file, 6, 60),
    h4: num(s, bs, 'h4', bag, file, 6, 60),
    table: num(s, bs, 'table', bag, file, 5, 30),
    furniture: num(s, bs, 'furniture', bag, file, 5, 20),
    coverTitle: num(s, bs, 'coverTitle', bag, file, 8, 80),
    coverSubtitle: num(s, bs, 'coverSubtitle', bag, file, 6, 60),
  };
  // H1 in TYPOGRAPHY.md: headings 10–40 % larger than the body.
  for (const h of ['h1', 'h2', 'h3', 'h4'] as const) {
    const ratio = sizes[h] / sizes.body;
    if (ratio < 1.1 - 1e-9 || ratio > 1.4 + 1e-9) bag.warning('theme-invalid', { reason: `\`sizes.${h}\` is ${Math.round(ratio * 100)} % of the body size; headings should be 110–140 %` }, { at: { file } });
  }
  const colors = { ...(base.colors as Record<ColorName, string>) };
  for (const [k, v] of Object.entries((raw.colors ?? {}) as Raw)) {
    if (!(k in colors)) bag.warning('theme-invalid', { reason: `unknown colour \`${k}\`` }, { at: { file } });
    else if (typeof v === 'string' && /^#[0-9a-fA-F]{6}$/.test(v)) colors[k as ColorName] = v;
    else bag.error('theme-invalid', { reason: `colour \`${k}\` must be #rrggbb` }, { at: { file } });
  }
  const paragraph = raw.paragraph === 'gap' ? 'gap' : 'indent';
  return {
    page: { width: (size as number[])[0], height: (size as number[])[1], margins },
    fonts: resolveFonts(raw.fonts as Raw, base.fonts as Raw, themeDir, fontDir, bag, file),
    sizes,
    paragraph,
    colors,
  };
}

const requireHere = createRequire(import.meta.url);

/** A theme font is a path relative to the theme file, an absolute path, or a file inside an npm package. */
function resolveFontPath(spec: string, themeDir: string): string | undefined {
  if (isAbsolute(spec)) return existsSync(spec) ? spec : undefined;
  const local = join(themeDir, spec);
  if (existsSync(local)) return local;
  try {
    return requireHere.resolve(spec);
  } catch {
    return undefined;
  }
}

function resolveFonts(raw: Raw, base: Raw, themeDir: string, fontDir: string | undefined, bag: DiagnosticBag, file?: string): Theme['fonts'] {
  const out = { regular: '', bold: '' };
  let fromDir: Record<'regular' | 'bold', string | undefined> = { regular: undefined, bold: undefined };
  if (fontDir) fromDir = fontsInDir(fontDir, bag);
  for (const role of ['regular', 'bold'] as const) {
    const spec = typeof raw?.[role] === 'string' ? (raw[role] as string) : (base[role] as string);
    const found = fromDir[role] ?? resolveFontPath(spec, themeDir);
    if (found) out[role] = found;
    else {
      bag.error('font-not-found', { font: spec, role }, { at: { file } });
      out[role] = resolveFontPath(base[role] as string, dirname(DEFAULT_THEME_PATH)) ?? spec;
    }
  }
  return out;
}

/** Picks the regular and bold files of a font folder by their names (…Regular…, …Bold…). */
function fontsInDir(dir: string, bag: DiagnosticBag): Record<'regular' | 'bold', string | undefined> {
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => /\.(ttf|otf)$/i.test(f)).sort();
  } catch (e) {
    bag.error('font-dir-unreadable', { dir, reason: (e as Error).message });
    return { regular: undefined, bold: undefined };
  }
  const bold = files.find((f) => /bold|[-_ ]?700|粗/i.test(f) && !/semi|extra|black/i.test(f));
  const regular = files.find((f) => /regular|[-_ ]?400|常规/i.test(f)) ?? files.find((f) => f !== bold);
  if (!regular) bag.error('font-dir-unreadable', { dir, reason: 'no .ttf or .otf file in it' });
  return { regular: regular && join(dir, regular), bold: bold ? join(dir, bold) : regular && join(dir, regular) };
}
