// Compiles a set of Markdown templates (the layout `guide.md.hbs` and one partial per block type).
import Handlebars from 'handlebars';
import { error, type Diagnostic } from '../../diagnostics/diagnostic.js';

export const TEMPLATE_SUFFIX = '.md.hbs';
export const LAYOUT = 'guide';

/** Template sources by name (`guide`, `section`, `table`, …), shipped ones overridden by the workspace's. */
export interface TemplateSources {
  /** `problem`: the file could not be read (outside the workspace, not a regular file, too large). */
  [name: string]: { source: string; file: string; problem?: Diagnostic };
}

export interface CompiledTemplates {
  render(view: object): { markdown?: string; error?: { template: string; reason: string } };
}

const COMPILE: CompileOptions = { strict: true, noEscape: true, knownHelpersOnly: true };
const RUNTIME: Handlebars.RuntimeOptions = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false };

function reasonOf(err: unknown): string {
  return String(err instanceof Error ? err.message : err).split('\n')[0];
}

/** Compiles every template up front, so a broken one is reported once with its file, not per guide. */
/** `error`: a template that does not compile, or no layout (rule `template-error`). */
export function compileTemplates(sources: TemplateSources): { templates?: CompiledTemplates; error?: Diagnostic } {
  const env = Handlebars.create();
  env.unregisterHelper('log');
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  for (const [name, { source, file, problem }] of Object.entries(sources).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (problem) return { error: problem };
    try {
      // Precompiling now finds syntax errors; Handlebars otherwise compiles lazily on first use.
      env.precompile(source, COMPILE);
      compiled.set(name, env.compile(source, COMPILE));
    } catch (err) {
      return { error: error('template-error', { template: file, reason: reasonOf(err) }) };
    }
  }
  const layout = compiled.get(LAYOUT);
  if (!layout) return { error: error('template-error', { template: `${LAYOUT}${TEMPLATE_SUFFIX}` }, { messageId: 'template-missing' }) };
  const partials = Object.fromEntries(compiled);
  return {
    templates: {
      render(view) {
        try {
          return { markdown: layout(view, { ...RUNTIME, partials }) };
        } catch (err) {
          return { error: { template: `${LAYOUT}${TEMPLATE_SUFFIX}`, reason: reasonOf(err) } };
        }
      },
    },
  };
}
