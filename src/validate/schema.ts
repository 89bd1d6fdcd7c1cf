// Validates parsed YAML against the published JSON Schemas and maps each problem to its YAML node.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../package-root.js';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { error, type Diagnostic } from '../diagnostics/diagnostic.js';
import { nearest } from '../diagnostics/suggest.js';
import { SCHEMA_DIR } from './schema-dir.js';
import { locate, locateKey, valueAt, type DataPath } from '../load/locate.js';
import type { ParsedYaml } from '../load/parse-yaml.js';
import type { Json } from '../model/types.js';

export type SchemaName = 'guide' | 'profile' | 'override' | 'glossary' | 'theme';
/** The schema files, in the order ajv reads them. */
export const SCHEMA_FILES = ['common', 'guide', 'profile', 'override', 'glossary', 'theme'];
/** How ajv compiles them, here and for the validators precompiled at install (scripts/compile-schemas.mjs). */
export const AJV_OPTIONS = { allErrors: true, strict: false, verbose: true };
/** The references the loader validates against (file kinds; node definitions for added override nodes). */
export const PRECOMPILED_REFS = ['guide', 'profile', 'override', 'glossary', 'theme', ...['item', 'row', 'section', 'contentNode'].map((d) => `common.schema.json#/definitions/${d}`)];

const require = createRequire(import.meta.url);
let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();
let precompiled: Record<string, ValidateFunction> | null | undefined;

/** A fingerprint of the schema files as they are now; the precompiled validators record the one they were made from. */
export function schemaFilesHash(): string {
  const hash = createHash('sha256');
  for (const name of SCHEMA_FILES) hash.update(`${name}\0${readFileSync(`${SCHEMA_DIR}${name}.schema.json`, 'utf8')}\0`);
  return hash.digest('hex');
}

/**
 * The validators `npm install` precompiled from schemas/ (lib/validate/validators.cjs), while they
 * still match the schema files; null when absent or stale, and the schemas are compiled here instead.
 */
function precompiledValidators(): Record<string, ValidateFunction> | null {
  if (precompiled === undefined) {
    precompiled = null;
    try {
      const mod = require(join(PACKAGE_ROOT, 'lib/validate/validators.cjs')) as Record<string, unknown>;
      if (mod.__schemaHash === schemaFilesHash()) precompiled = mod as Record<string, ValidateFunction>;
    } catch {
      // Not built (running from src/) or unreadable: compile below.
    }
  }
  return precompiled;
}

function instance(): Ajv {
  if (!ajv) {
    const { Ajv: AjvClass } = require('ajv') as typeof import('ajv');
    ajv = new AjvClass(AJV_OPTIONS);
    for (const name of SCHEMA_FILES) {
      ajv.addSchema(JSON.parse(readFileSync(`${SCHEMA_DIR}${name}.schema.json`, 'utf8')));
    }
  }
  return ajv;
}

/** A validator for a whole file kind, or for one shared definition (`common.schema.json#/definitions/item`). */
export function validator(ref: string): ValidateFunction {
  let v = compiled.get(ref);
  if (!v) {
    const pre = precompiledValidators()?.[ref];
    if (typeof pre === 'function') v = pre;
    else {
      const found = instance().getSchema(ref.includes('#') || ref.endsWith('.json') ? ref : `${ref}.schema.json`);
      if (!found) throw new Error(`no schema ${ref}`);
      v = found;
    }
    compiled.set(ref, v);
  }
  return v;
}

/** Validates `data` (found at `base` inside the parsed file) and returns located diagnostics. */
export function checkSchema(parsed: ParsedYaml, ref: string, data: Json = parsed.data, base: DataPath = []): Diagnostic[] {
  return schemaProblems(parsed, ref, data, base).diagnostics;
}

/** The located diagnostics, and the data path of each value the schema rejected (a caller may drop them). */
export function schemaProblems(parsed: ParsedYaml, ref: string, data: Json = parsed.data, base: DataPath = []): { diagnostics: Diagnostic[]; rejected: DataPath[] } {
  const validate = validator(ref);
  if (validate(data)) return { diagnostics: [], rejected: [] };
  const errors = validate.errors ?? [];
  const rejected = errors.map((e) => {
    const path = [...base, ...pointerToPath(e.instancePath)];
    // An unknown key is reported at its parent map; what is rejected is the key itself.
    return e.keyword === 'additionalProperties' ? [...path, String((e.params as { additionalProperty: string }).additionalProperty)] : path;
  });
  return { diagnostics: toDiagnostics(parsed, errors, base), rejected };
}

const NOISE = new Set(['if', 'then', 'else', 'allOf', 'anyOf', 'not']);

function toDiagnostics(parsed: ParsedYaml, errors: ErrorObject[], base: DataPath): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  const operationPaths = new Set<string>();
  for (const e of errors) {
    const path = [...base, ...pointerToPath(e.instancePath)];
    // An operation that is neither change, add nor remove: one clear message instead of ajv's branch-by-branch report.
    if (e.keyword === 'oneOf' || e.schemaPath.includes('/oneOf/')) {
      const opIndex = path.findIndex((p) => p === 'operations');
      if (opIndex >= 0 && path.length >= opIndex + 2) {
        const key = JSON.stringify(path.slice(0, opIndex + 2));
        if (!operationPaths.has(key)) {
          operationPaths.add(key);
          out.push(error('invalid-operation', {}, { at: locate(parsed, path.slice(0, opIndex + 2)), hint: 'hint-invalid-operation' }));
        }
        continue;
      }
    }
    if (NOISE.has(e.keyword) || e.keyword === 'oneOf') continue;
    const field = fieldName(path);
    const key = `${e.keyword}:${JSON.stringify(path)}:${JSON.stringify(e.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(one(parsed, e, path, field));
  }
  return out;
}

function one(parsed: ParsedYaml, e: ErrorObject, path: DataPath, field: string): Diagnostic {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const name = String(p.additionalProperty);
      const allowed = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {});
      const guess = nearest(name, allowed, 1)[0];
      // `{en: x, zh：y}`: a full-width colon makes the key `zh：y`, which YAML itself accepts.
      const colon = name.includes('：') ? name.slice(0, name.indexOf('：')).trim() : undefined;
      return error('unknown-field', { field: name }, {
        at: locateKey(parsed, path, name),
        messageId: 'schema-unknown-field',
        hint: colon !== undefined ? 'hint-fullwidth-colon' : guess ? 'hint-did-you-mean' : allowed.length ? 'hint-allowed' : undefined,
        hintArgs: colon !== undefined ? { key: colon } : guess ? { suggestion: guess } : { allowed: allowed.join(', ') },
      });
    }
    case 'required':
      return error('missing-field', { field: String(p.missingProperty) }, { at: locate(parsed, path), messageId: 'schema-required' });
    case 'type': {
      const at = locate(parsed, path);
      // `zh: {{locality.name}}` alone is a valid YAML map (of a map): the text wanted quotes.
      const braces = parsed.text.startsWith('{{', (parsed.lineCounter.lineStarts[at.line - 1] ?? 0) + at.col - 1);
      return error('wrong-type', { field, expected: expectedType(String(p.type)) }, { at, messageId: 'schema-type', ...(braces ? { hint: 'hint-yaml-stray-braces' } : {}) });
    }
    case 'enum':
    case 'const': {
      const allowed = (p.allowedValues as unknown[] | undefined) ?? [p.allowedValue];
      return error('invalid-value', { field, allowed: allowed.map((a) => `\`${a}\``).join(', ') }, { at: locate(parsed, path), messageId: 'schema-enum' });
    }
    case 'pattern': {
      const value = String(valueAt(parsed, path) ?? '');
      if (field === 'id' || /^(change|before|after|remove|guide)$/.test(field) || e.schemaPath.includes('definitions/id')) {
        return error('bad-id', { id: value }, { at: locate(parsed, path), hint: 'hint-id-pattern' });
      }
      return error('invalid-value', { field, value, pattern: String(p.pattern) }, { at: locate(parsed, path), messageId: 'schema-pattern' });
    }
    case 'minimum':
    case 'maximum':
    case 'minItems':
    case 'maxItems':
    case 'minLength':
      return error('invalid-value', { field, limit: Number(p.limit) }, { at: locate(parsed, path), messageId: `schema-${e.keyword}` });
    default:
      return error('invalid-value', { field, reason: e.message ?? e.keyword }, { at: locate(parsed, path), messageId: 'schema-other' });
  }
}

function pointerToPath(pointer: string): (string | number)[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function fieldName(path: DataPath): string {
  const names = path.filter((p): p is string => typeof p === 'string');
  return names[names.length - 1] ?? '(file)';
}

function expectedType(t: string): string {
  if (t === 'object') return 'a map of fields';
  if (t === 'array') return 'a list';
  if (t === 'string,object') return 'a text {en: ..., zh: ...}';
  if (t === 'string,array') return 'a name or a list';
  return `a ${t.replace(/,/g, ' or a ')}`;
}
