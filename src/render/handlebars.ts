// The one way in to Handlebars. A build renders the shipped templates, precompiled when the package was
// built, and texts of plain `{{variables}}`: Handlebars' runtime does all of that. Its compiler (the
// parser, the code generator and the source-map library it pulls in, four fifths of the package) is
// loaded on first use only: for a workspace's own or an edited template, or a text with more than plain
// variables. The runtime is the one bundled when the package was built; the compiler is the installed
// package, required when needed (templates.ts compiles everything again if the two versions differ).
import { createRequire } from 'node:module';
import HandlebarsRuntime from 'handlebars/runtime.js';

type Handlebars = typeof import('handlebars');

/** The runtime: `create`, `template`, `VERSION`, helpers (its typings declare no exports of their own). */
export const runtime = HandlebarsRuntime as unknown as Pick<Handlebars, 'create' | 'template' | 'VERSION'>;

let full: Handlebars | undefined;

/** The whole package, with the compiler: loaded the first time something is to be compiled. */
export function compiler(): Handlebars {
  full ??= createRequire(import.meta.url)('handlebars') as Handlebars;
  return full;
}
