// The commands of the command line, each declared once: its arguments and options, typed, and the one
// function it calls with one typed options object. Their help texts are in src/messages/help.ts.
// Command modules are imported when their command runs, so `adapt-guide pdf` never loads the YAML validator.
import { Command } from 'commander';
import { message, type UiLang } from '../diagnostics/messages.js';
import { nearest } from '../diagnostics/suggest.js';
import type { BuildOptions } from './commands/build.js';
import { choice, declare, flag, list, optional, required, requiredValue, value, type ArgDecls, type OptionDecls, type Values } from './declare.js';
import type { CliIO } from './io.js';
import { printResult, type CommandResult } from './result.js';
import { UsageError } from './usage-error.js';
import { packageVersion } from '../package-root.js';

/** Options every command understands. */
const COMMON = {
  root: value('--root <dir>'),
  json: flag('--json'),
  quiet: flag('--quiet'),
  verbose: flag('--verbose'),
  reporter: choice('--reporter <name>', ['text', 'github']),
  ui: choice('--ui <lang>', ['zh', 'en']),
  debug: flag('--debug'),
  allErrors: flag('--all-errors'),
};

/** The options of a build, on the main command and on `build`. */
const BUILD = {
  city: value('--city <id>'),
  sector: list('--sector <id>'),
  guide: list('--guide <id>'),
  format: value('--format <list>'),
  lang: value('--lang <lang>'),
  out: value('--out <dir>'),
  strict: flag('--strict'),
  force: flag('--force'),
  watch: flag('--watch'),
};

type Common = Values<typeof COMMON>;
type BuildFlags = Values<typeof BUILD> & { all?: boolean; shard?: string };

interface Context {
  io: CliIO;
  ui: UiLang;
  setExit: (code: number) => void;
}

type Run<O extends OptionDecls, A extends ArgDecls> = (o: Values<typeof COMMON & O, A>, ctx: Context) => CommandResult | Promise<CommandResult>;

/** Declares one command (options: its own besides the common ones) and what it runs; prints its result. */
function command<O extends OptionDecls, A extends ArgDecls = Record<never, never>>(parent: Command, ctx: Context, path: string, options: O, args: A | undefined, run: Run<O, A>): Command {
  const cmd = parent.command(path.split(' ').pop()!);
  cmd.exitOverride().configureOutput({ outputError: () => undefined });
  const read = declare(cmd, { path, options: { ...options, ...COMMON }, ...(args ? { args } : {}) }, ctx.ui);
  cmd.action(async () => {
    const o = read(cmd);
    report(await run(o, ctx), o, ctx);
  });
  return cmd;
}

function report(result: CommandResult, o: Common, { io, ui, setExit }: Context): void {
  const root = typeof result.data?.root === 'string' ? result.data.root : o.root;
  setExit(printResult(result, { json: o.json, quiet: o.quiet, verbose: o.verbose, reporter: o.reporter, ui, root, allErrors: o.allErrors }, io));
}

/** A command that only groups others (`xliff`, `schema`). */
function group(parent: Command, name: string, ui: UiLang): Command {
  const cmd = parent.command(name).helpCommand('help [command]', message('help:help', {}, ui));
  declare(cmd, { path: name, options: {} }, ui);
  return cmd;
}

async function runBuild(o: Common & BuildFlags, { io, ui }: Context): Promise<CommandResult> {
  const formats = o.format === undefined ? undefined : o.format.split(',').map((f) => f.trim()).filter(Boolean);
  const { buildCommand } = await import('./commands/build.js');
  const options: BuildOptions = {
    ...{ root: o.root, city: o.city, sectors: o.sector, guides: o.guide, formats, lang: o.lang, out: o.out },
    ...{ strict: o.strict, all: o.all, shard: o.shard, force: o.force, quiet: o.quiet || o.json, verbose: o.verbose, ui },
  };
  if (o.watch) {
    const { watchBuild } = await import('./watch-build.js');
    const stop = new AbortController();
    // In-process (tests), Ctrl-C stops watching; the bin exits 130 first (cancel.ts, installed by main.ts).
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());
    const print = (r: CommandResult) => void printResult(r, { json: o.json, quiet: o.quiet, verbose: o.verbose, reporter: o.reporter, ui, root: o.root, allErrors: o.allErrors }, io);
    return watchBuild(options, io, { report: print, signal: stop.signal });
  }
  return buildCommand(options, io);
}

export function buildProgram(io: CliIO, ui: UiLang, setExit: (code: number) => void): Command {
  const ctx: Context = { io, ui, setExit };
  const program = new Command('adapt-guide')
    .showSuggestionAfterError(true)
    // Options after a command name belong to that command (`explain --guide` is not the build's repeatable `--guide`).
    .enablePositionalOptions()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined })
    .helpCommand('help [command]', message('help:help', {}, ui))
    .version(packageVersion(), '-V, --version', message('help-option:--version', {}, ui));
  const readMain = declare(program, { path: 'adapt-guide', options: { ...COMMON, ...BUILD } }, ui);
  program.exitOverride().configureOutput({ outputError: () => undefined });

  command(program, ctx, 'validate', {}, undefined, async (o) => (await import('./commands/validate.js')).validateCommand({ root: o.root }, io));
  command(program, ctx, 'list', {}, undefined, async (o) => (await import('./commands/list.js')).listCommand({ root: o.root, ui }, io));
  command(
    program, ctx, 'init',
    { nameZh: value('--name-zh <name>'), nameEn: value('--name-en <name>'), province: value('--province <name>'), tool: value('--tool <spec>') },
    { what: required('what'), target: required('target') },
    async (o) => (await import('./commands/init.js')).initCommand({ what: o.what, target: o.target, root: o.root, nameZh: o.nameZh, nameEn: o.nameEn, province: o.province, tool: o.tool, ui }, io),
  );
  command(program, ctx, 'build', { ...BUILD, all: flag('--all'), shard: value('--shard <k/n>') }, undefined, (o) => runBuild(o, ctx));
  command(
    program, ctx, 'explain',
    { guide: requiredValue('--guide <id>'), city: value('--city <id>'), sector: list('--sector <id>') },
    { node: optional('node-id') },
    async (o) => (await import('./commands/explain.js')).explainCommand({ root: o.root, city: o.city, sectors: o.sector, guide: o.guide, node: o.node, ui }, io),
  );
  command(
    program, ctx, 'pdf',
    {
      output: value('-o, --output <file>'),
      theme: value('--theme <file>'),
      fontDir: value('--font-dir <dir>'),
      pdfa: flag('--pdfa'),
      lang: choice('--lang <lang>', ['zh', 'en', 'bilingual']),
    },
    { file: required('file') },
    async (o) => {
      const { pdfCommand } = await import('./commands/pdf.js');
      return pdfCommand({ file: o.file, output: o.output, theme: o.theme, fontDir: o.fontDir, pdfa: o.pdfa, lang: o.lang, root: o.root, cwd: io.cwd, sourceDateEpoch: io.env.SOURCE_DATE_EPOCH, ui });
    },
  );
  command(
    program, ctx, 'status',
    { city: value('--city <id>'), sector: list('--sector <id>'), guide: list('--guide <id>'), failOn: value('--fail-on <kinds>') },
    undefined,
    async (o) => (await import('./commands/status.js')).statusCommand({ root: o.root, city: o.city, sector: o.sector, guide: o.guide, failOn: o.failOn, reporter: o.reporter, ui }, io),
  );
  command(
    program, ctx, 'review',
    { guide: list('--guide <id>'), city: value('--city <id>'), sector: value('--sector <id>'), file: value('--file <file>'), all: flag('--all') },
    { node: optional('node-id') },
    async (o) => (await import('./commands/review.js')).reviewCommand({ root: o.root, guide: o.guide, city: o.city, sector: o.sector, node: o.node, file: o.file, all: o.all, ui }, io),
  );
  const xliff = group(program, 'xliff', ui);
  command(
    xliff, ctx, 'xliff export',
    { guide: requiredValue('--guide <id>'), city: value('--city <id>'), sector: value('--sector <id>'), output: value('-o, --output <file>') },
    undefined,
    async (o) => (await import('./commands/xliff.js')).xliffExportCommand({ root: o.root, guide: o.guide, city: o.city, sector: o.sector, output: o.output, ui }, io),
  );
  command(
    xliff, ctx, 'xliff import',
    { guide: value('--guide <id>') },
    { file: required('file') },
    async (o) => (await import('./commands/xliff.js')).xliffImportCommand({ root: o.root, file: o.file, guide: o.guide, ui }, io),
  );
  const slots = group(program, 'slots', ui);
  command(
    slots, ctx, 'slots export',
    { city: value('--city <id>'), sector: list('--sector <id>'), output: value('-o, --output <file>') },
    undefined,
    async (o) => (await import('./commands/slots.js')).slotsExportCommand({ root: o.root, city: o.city, sectors: o.sector, output: o.output, ui }, io),
  );
  command(
    slots, ctx, 'slots import',
    { city: value('--city <id>'), sector: list('--sector <id>') },
    { file: required('file') },
    async (o) => (await import('./commands/slots.js')).slotsImportCommand({ root: o.root, file: o.file, city: o.city, sectors: o.sector, ui }, io),
  );
  command(
    program, ctx, 'fill',
    { city: value('--city <id>'), sector: list('--sector <id>') },
    undefined,
    async (o) => (await import('./commands/fill.js')).fillCommand({ root: o.root, city: o.city, sectors: o.sector, ui }, io),
  );
  const feedback = group(program, 'feedback', ui);
  const feedbackRun = async () => import('./commands/feedback.js');
  command(feedback, ctx, 'feedback import', { city: value('--city <id>'), sector: value('--sector <id>') }, { file: required('file') }, async (o) => (await feedbackRun()).feedbackImportCommand({ root: o.root, file: o.file, city: o.city, sector: o.sector, ui }, io));
  command(feedback, ctx, 'feedback list', { city: value('--city <id>'), sector: value('--sector <id>'), guide: value('--guide <id>'), all: flag('--all') }, undefined, async (o) => (await feedbackRun()).feedbackListCommand({ root: o.root, city: o.city, sector: o.sector, guide: o.guide, all: o.all, ui }, io));
  command(feedback, ctx, 'feedback apply', {}, { id: required('id') }, async (o) => (await feedbackRun()).feedbackApplyCommand({ root: o.root, id: o.id, ui }, io));
  command(feedback, ctx, 'feedback close', { note: value('--note <text>') }, { id: required('id') }, async (o) => (await feedbackRun()).feedbackCloseCommand({ root: o.root, id: o.id, note: o.note, ui }, io));
  const schema = group(program, 'schema', ui);
  command(
    schema, ctx, 'schema overrides',
    { guide: list('--guide <id>') },
    undefined,
    async (o) => (await import('./commands/schema.js')).schemaOverridesCommand({ root: o.root, guide: o.guide, ui }, io),
  );

  program.allowExcessArguments(true).action(async () => {
    const [word] = program.args;
    if (word !== undefined) {
      const names = program.commands.map((c) => c.name());
      const guess = nearest(word, names, 1)[0];
      throw new UsageError('unknown-command', { name: word }, guess ? 'hint-did-you-mean' : 'hint-known', guess ? { suggestion: guess } : { known: names.join(', ') });
    }
    const o = readMain(program);
    if (o.city || o.sector.length || o.guide.length || o.format !== undefined || o.lang || o.out !== undefined || o.strict || o.json || o.root || o.watch || o.verbose) {
      // `adapt-guide --city huzhou`: the main command builds (no --city and no --sector: the international variant).
      report(await runBuild(o, ctx), o, ctx);
      return;
    }
    // No command: the wizard, in a terminal; without one (CI, a pipe), the help and a usage error.
    if (io.stdinIsTTY && io.stdoutIsTTY) {
      const { askBuild } = await import('./wizard.js');
      const answers = await askBuild(io, ui, o.root);
      report(await runBuild({ ...o, ...answers }, ctx), o, ctx);
      return;
    }
    io.stderr(program.helpInformation());
    io.stderr(message('wizard-needs-terminal', {}, ui) + '\n');
    setExit(2);
  });
  return program;
}
