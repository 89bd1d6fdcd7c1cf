// Compiles a set of Markdown templates (the layout `guide.md.hbs` and one partial per block type).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { compiler, runtime } from '../handlebars.js';
import { error, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { PACKAGE_ROOT } from '../../package-root.js';
import { templateFault } from './template-fault.js';

export const TEMPLATE_SUFFIX = '.md.hbs';
export const LAYOUT = 'guide';

/** Template sources by name (`guide`, `section`, `table`, …), shipped ones overridden by the workspace's. */
export interface TemplateSources {
  /** `problem`: the file could not be read (outside the workspace, not a regular file, too large). */
  [name: string]: { source: string; file: string; problem?: Diagnostic };
}

export interface CompiledTemplates {
  /** `error`: the template that failed (a partial, not the layout that called it) and where in it. */
  render(view: object): { markdown?: string; error?: { template: string; reason: string; line?: number; col?: number } };
}

type TemplateSpecification = ReturnType<typeof Handlebars.precompile>;

export const COMPILE: CompileOptions = { strict: true, noEscape: true, knownHelpersOnly: true };
const RUNTIME: Handlebars.RuntimeOptions = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };

/** The template a runtime error happened in: the innermost one, set as the error passes out of it. */
const faultIn = new WeakMap<object, string>();

/** Compiles every template up front, so a broken one is reported once with its file, not per guide. */
/** `error`: a template that does not compile, or no layout (rule `template-error`). */
export function compileTemplates(sources: TemplateSources): { templates?: CompiledTemplates; error?: Diagnostic } {
  const named = Object.entries(sources).sort(([a], [b]) => (a < b ? -1 : 1));
  // A shipped template left as it is was precompiled when the package was built: the runtime runs it. Any
  // other is compiled here, and then the whole set runs in the compiler's environment.
  let specs = new Map(named.map(([name, { source }]) => [name, shippedSpec(name, source)]));
  const compiling = [...specs.values()].some((spec) => spec === undefined);
  // Precompiled specifications run only with the runtime of their version.
  if (compiling && compiler().VERSION !== runtime.VERSION) specs = new Map();
  const env = compiling ? compiler().create() : runtime.create();
  env.unregisterHelper('log');
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  for (const [name, { source, file, problem }] of named) {
    if (problem) return { error: problem };
    try {
      // Compiled now, once: a syntax error is found here, not while the first guide renders (Handlebars'
      // `compile` would compile lazily on first use). The precompiled specification is JavaScript source,
      // made into a template as `Handlebars.template` expects (a page would load it as a script).
      const spec = specs.get(name) ?? (new Function(`return ${compiler().precompile(source, COMPILE) as unknown as string};`)() as TemplateSpecification);
      compiled.set(name, env.template(spec));
    } catch (err) {
      const fault = templateFault(err);
      return { error: error('template-error', { template: file, reason: fault.reason }, { at: { file, ...(fault.line ? { line: fault.line, col: fault.col ?? 1 } : {}) } }) };
    }
  }
  const layout = compiled.get(LAYOUT);
  if (!layout) return { error: error('template-error', { template: `${LAYOUT}${TEMPLATE_SUFFIX}` }, { messageId: 'template-missing' }) };
  // Each partial marks an error that leaves it with its own file, so a fault is blamed where it is.
  const files = new Map(Object.entries(sources).map(([name, s]) => [name, s.file]));
  const marked = (name: string, run: Handlebars.TemplateDelegate): Handlebars.TemplateDelegate => (context, options) => {
    try {
      return run(context, options);
    } catch (err) {
      if (typeof err === 'object' && err !== null && !faultIn.has(err)) faultIn.set(err, files.get(name) ?? name);
      throw err;
    }
  };
  const partials = Object.fromEntries([...compiled].map(([name, run]) => [name, marked(name, run)]));
  return {
    templates: {
      render(view) {
        try {
          return { markdown: layout(view, { ...RUNTIME, partials }) };
        } catch (err) {
          const fault = templateFault(err);
          const template = (typeof err === 'object' && err !== null && faultIn.get(err)) || files.get(LAYOUT) || `${LAYOUT}${TEMPLATE_SUFFIX}`;
          return { error: { template, reason: fault.reason, ...(fault.line ? { line: fault.line, col: fault.col ?? 1 } : {}) } };
        }
      },
    },
  };
}

const require = createRequire(import.meta.url);
interface ShippedTemplates {
  handlebars: string;
  templates: { [name: string]: { source: string; spec: TemplateSpecification } };
}
let shipped: ShippedTemplates | null | undefined;

/**
 * The specification `npm install` precompiled for this template (lib/render/markdown/shipped-templates.cjs,
 * by scripts/precompile-templates.mjs), when it was made from this very source by this Handlebars; else
 * undefined, and the template is compiled here.
 */
function shippedSpec(name: string, source: string): TemplateSpecification | undefined {
  if (shipped === undefined) {
    shipped = null;
    try {
      const mod = require(join(PACKAGE_ROOT, 'lib/render/markdown/shipped-templates.cjs')) as ShippedTemplates;
      if (mod.handlebars === runtime.VERSION) shipped = mod;
    } catch {
      // Not built (running from src/) or unreadable: compile.
    }
  }
  const entry = shipped && Object.hasOwn(shipped.templates, name) ? shipped.templates[name] : undefined;
  return entry && entry.source === source ? entry.spec : undefined;
}
