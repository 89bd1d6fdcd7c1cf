// Declares a command to commander from a typed description, and reads its parsed values back as one typed
// object: the only place that touches commander's untyped option values. Help texts come from the catalogue.
import { Argument, Command, Option } from 'commander';
import { catalogue } from '../messages/index.js';
import { message, type UiLang } from '../diagnostics/messages.js';
import { localHelp } from './help-format.js';

/** A value option (`--city <id>`), a repeatable one (`--sector <id>`, a list), a switch (`--strict`), or one of fixed choices. */
export type OptionDecl =
  | { kind: 'value'; flags: string; required?: boolean }
  | { kind: 'list'; flags: string }
  | { kind: 'switch'; flags: string }
  | { kind: 'choice'; flags: string; choices: readonly string[] };

export const value = (flags: string) => ({ kind: 'value', flags }) as const;
export const requiredValue = (flags: string) => ({ kind: 'value', flags, required: true }) as const;
export const list = (flags: string) => ({ kind: 'list', flags }) as const;
export const flag = (flags: string) => ({ kind: 'switch', flags }) as const;
export const choice = <const C extends readonly string[]>(flags: string, choices: C) => ({ kind: 'choice', flags, choices }) as const;

/** An argument: `<file>` (required) or `[node-id]` (optional). */
export type ArgDecl = { name: string; required: boolean };
export const required = (name: string) => ({ name, required: true }) as const;
export const optional = (name: string) => ({ name, required: false }) as const;

type ValueOf<D> = D extends { kind: 'value'; required: true }
  ? string
  : D extends { kind: 'value' }
    ? string | undefined
    : D extends { kind: 'list' }
      ? string[]
      : D extends { kind: 'switch' }
        ? boolean
        : D extends { kind: 'choice'; choices: readonly (infer C)[] }
          ? C | undefined
          : never;
type ArgValueOf<A> = A extends { required: true } ? string : string | undefined;

export type OptionDecls = Record<string, OptionDecl>;
export type ArgDecls = Record<string, ArgDecl>;
/** The typed object a command's options and arguments are read into. */
export type Values<O extends OptionDecls, A extends ArgDecls = Record<never, ArgDecl>> = { [K in keyof O]: ValueOf<O[K]> } & { [K in keyof A]: ArgValueOf<A[K]> };

export interface CommandDecl<O extends OptionDecls, A extends ArgDecls> {
  /** `validate`, `xliff export`; `adapt-guide` for the main command. */
  path: string;
  options: O;
  args?: A;
}

/** The help texts of a command, in the UI language: `help-option:<path>:<flag>` before the shared `help-option:<flag>`. */
function optionHelp(path: string, flags: string, ui: UiLang): string {
  const long = /--[\w-]+/.exec(flags)?.[0] ?? flags;
  const id = [`help-option:${path}:${long}`, `help-option:${long}`].find((k) => catalogue[k]);
  return id ? message(id, {}, ui) : '';
}

/**
 * Adds the arguments and options of `decl` to `cmd`, its description, examples and help titles from the
 * catalogue; returns the reader of its values (with the options of the commands above it, as commander merges them).
 */
export function declare<O extends OptionDecls, A extends ArgDecls>(cmd: Command, decl: CommandDecl<O, A>, ui: UiLang): (command: Command) => Values<O, A> {
  const helpKey = `help:${decl.path}`;
  if (catalogue[helpKey]) cmd.description(message(helpKey, {}, ui));
  const argNames = Object.keys(decl.args ?? {});
  for (const name of argNames) {
    const a = decl.args![name];
    const help = `help-argument:${decl.path}:${a.name}`;
    cmd.addArgument(new Argument(a.required ? `<${a.name}>` : `[${a.name}]`, catalogue[help] ? message(help, {}, ui) : ''));
  }
  const attributes = new Map<string, string>();
  for (const [key, o] of Object.entries(decl.options)) {
    const option = new Option(o.flags, optionHelp(decl.path, o.flags, ui));
    if (o.kind === 'list') option.argParser((v: string, previous: string[] | undefined) => [...(previous ?? []), v]);
    if (o.kind === 'choice') option.choices(o.choices);
    if (o.kind === 'value' && o.required) option.makeOptionMandatory();
    cmd.addOption(option);
    attributes.set(key, option.attributeName());
  }
  const examples = `help-examples:${decl.path}`;
  if (catalogue[examples]) cmd.addHelpText('after', `\n${message(examples, {}, ui)}`);
  cmd.helpOption('-h, --help', message('help-option:--help', {}, ui));
  cmd.configureHelp(localHelp(ui));

  return (command) => {
    const raw: Record<string, unknown> = command.optsWithGlobals();
    const out: Record<string, unknown> = {};
    for (const [key, o] of Object.entries(decl.options)) {
      const v = raw[attributes.get(key)!];
      // A single value read where a command above repeats the option (`adapt-guide --sector a review`): the last one.
      const last = Array.isArray(v) ? v[v.length - 1] : v;
      out[key] = o.kind === 'list' ? (Array.isArray(v) ? v.map(String) : []) : o.kind === 'switch' ? v === true : typeof last === 'string' ? last : undefined;
    }
    argNames.forEach((name, i) => (out[name] = typeof command.args[i] === 'string' ? command.args[i] : undefined));
    // Built key by key from the declarations above, each value of its declared kind.
    return out as Values<O, A>;
  };
}
