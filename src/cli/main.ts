// The command line: declares the commands, calls one function per command, maps results to exit codes.
// Command modules are imported when their command runs, so `adapt-guide pdf` never loads the YAML validator.
import { Command, CommanderError, Option } from 'commander';
import { message, type UiLang } from '../diagnostics/messages.js';
import { nearest } from '../diagnostics/suggest.js';
import { localiseHelp } from './help-language.js';
import { processIO, uiLanguage, type CliIO } from './io.js';
import { printResult, type CommandResult } from './result.js';
import { tuneForShortRun } from './short-run.js';
import { UsageError } from './usage-error.js';

/** Options every command understands. */
interface CommonOptions {
  root?: string;
  json?: boolean;
  quiet?: boolean;
  ui?: string;
  reporter?: string;
  debug?: boolean;
}

const EXAMPLES: Record<string, string> = {
  root: ['', 'Examples:', '  adapt-guide --city huzhou --format md', '  adapt-guide build --all --format md --json', '  adapt-guide explain --city huzhou --guide quality-apprenticeship', '  adapt-guide validate', '  adapt-guide list --json', '  adapt-guide validate --root path/to/workspace'].join('\n'),
  validate: ['', 'Example:', '  adapt-guide validate --root path/to/workspace --json'].join('\n'),
  list: ['', 'Example:', '  adapt-guide list --json'].join('\n'),
  build: ['', 'Examples:', '  adapt-guide build --all --format md', '  adapt-guide build --all --lang bilingual --out site'].join('\n'),
  explain: ['', 'Examples:', '  adapt-guide explain --city huzhou --guide quality-apprenticeship', '  adapt-guide explain --city huzhou --sector petroleum --guide quality-apprenticeship funding-subsidy'].join('\n'),
  pdf: ['', 'Examples:', '  adapt-guide pdf guide.md', '  adapt-guide pdf guide.md -o out/guide.pdf --pdfa'].join('\n'),
  status: ['', 'Examples:', '  adapt-guide status', '  adapt-guide status --city huzhou --guide quality-apprenticeship', '  adapt-guide status --json --fail-on missing,stale'].join('\n'),
  review: ['', 'Examples:', '  adapt-guide review funding-subsidy', '  adapt-guide review --city huzhou --all', '  adapt-guide review --file guides/international/quality-apprenticeship/guide.yaml'].join('\n'),
  slots: ['', 'Examples:', '  adapt-guide slots export --city huzhou', '  adapt-guide slots import huzhou-slots.xlsx', '  adapt-guide fill --city huzhou'].join('\n'),
  xliff: ['', 'Examples:', '  adapt-guide xliff export --guide quality-apprenticeship -o qa.xlf', '  adapt-guide xliff export --guide quality-apprenticeship --city huzhou', '  adapt-guide xliff import qa.xlf'].join('\n'),
  schema: ['', 'Example:', '  adapt-guide schema overrides', '  then start an override file with', '  # yaml-language-server: $schema=../../../schemas/overrides/<guide>.schema.json'].join('\n'),
  init: ['', 'Examples:', '  adapt-guide init workspace my-guides', '  adapt-guide init city testville --name-zh 测试市 --name-en Testville --province 测试省'].join('\n'),
};

/** The options of a build, on the main command and on `build`. */
interface BuildFlags {
  city?: string;
  sector?: string[];
  guide?: string[];
  format?: string;
  lang?: string;
  out?: string;
  strict?: boolean;
  all?: boolean;
  shard?: string;
  force?: boolean;
  watch?: boolean;
}

// No default value: commander merges the main command's options over a subcommand's, so a default `[]`
// there would hide `build --guide x`.
const collect = (value: string, previous: string[] = []) => [...previous, value];

function buildFlags(cmd: Command): Command {
  return cmd
    .option('--city <id>', 'the city to adapt for')
    .option('--sector <id>', 'a sector to adapt for (repeatable; applied in the order given)', collect)
    .option('--guide <id>', 'a guide to build (repeatable; default: all)', collect)
    .option('--format <list>', 'output formats, comma-separated: md, pdf')
    .option('--lang <lang>', 'output language: zh (default), en or bilingual')
    .option('--out <dir>', 'output folder (default: dist)')
    .option('--strict', 'a missing translation is an error')
    .option('--force', 'build every output, even those whose inputs have not changed')
    .option('--watch', 'keep running: rebuild what each saved file affects');
}

async function runBuild(o: CommonOptions & BuildFlags, ui: UiLang, io: CliIO): Promise<CommandResult> {
  const formats = o.format === undefined ? undefined : o.format.split(',').map((f) => f.trim()).filter(Boolean);
  const { buildCommand } = await import('./commands/build.js');
  const options = { root: o.root, city: o.city, sectors: o.sector ?? [], guides: o.guide ?? [], formats, lang: o.lang, out: o.out, strict: o.strict, all: o.all, shard: o.shard, force: o.force, quiet: o.quiet || o.json, ui };
  if (o.watch) {
    const { watchBuild } = await import('./watch-build.js');
    const stop = new AbortController();
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());
    const report = (r: CommandResult) => void printResult(r, { json: o.json, quiet: o.quiet, reporter: o.reporter, ui, root: o.root }, io);
    return watchBuild(options, io, { report, signal: stop.signal });
  }
  return buildCommand(options, io);
}

export async function main(argv: string[], io: CliIO = processIO(), options: { tune?: boolean } = {}): Promise<number> {
  if (options.tune) tuneForShortRun(argv, io.env);
  const ui = uiLanguage(optionValue(argv, '--ui'), io.env);
  let exitCode = 0;
  const program = buildProgram(io, ui, (code) => (exitCode = code));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    return handleError(e, io, ui, argv.includes('--debug'));
  }
}

function buildProgram(io: CliIO, ui: UiLang, setExit: (code: number) => void): Command {
  const program = new Command('adapt-guide')
    .description('Adapt international ILO tools into localised Chinese guides (Markdown and PDF).')
    .exitOverride()
    .showSuggestionAfterError(true)
    // Options after a command name belong to that command (`explain --guide` is not the build's repeatable `--guide`).
    .enablePositionalOptions()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined })
    .addHelpText('after', EXAMPLES.root);
  common(program);

  const run = (fn: (opts: CommonOptions & Record<string, unknown> & { args?: string[] }) => CommandResult | Promise<CommandResult>) =>
    async (...args: unknown[]) => {
      const command = args[args.length - 1] as Command;
      const opts = { ...command.optsWithGlobals(), args: command.args } as CommonOptions & Record<string, unknown> & { args?: string[] };
      const result = await fn(opts);
      setExit(printResult(result, { json: opts.json, quiet: opts.quiet, reporter: opts.reporter, ui, root: (result.data?.root as string) ?? opts.root }, io));
    };

  common(program.command('validate'))
    .description('Check the whole workspace: YAML, schema, ids, overrides. Exit 1 on any error.')
    .addHelpText('after', EXAMPLES.validate)
    .action(
      run(async (o) => {
        const { addWorkspaceCheck, validateCommand } = await import('./commands/validate.js');
        // `validate` also applies every variant's overrides, so a broken override fails validation.
        addWorkspaceCheck((await import('./validate-variants.js')).validateVariants);
        return validateCommand({ root: o.root }, io);
      }),
    );

  common(program.command('list'))
    .description('List the guides (title, edition), cities and sectors of the workspace.')
    .addHelpText('after', EXAMPLES.list)
    .action(run(async (o) => (await import('./commands/list.js')).listCommand({ root: o.root, ui }, io)));

  common(program.command('init'))
    .argument('<what>', 'workspace, city or sector')
    .argument('<target>', 'a folder (workspace) or an id (city, sector)')
    .description('Make your own workspace, or scaffold a new city or sector that builds at once.')
    .option('--name-zh <name>', 'the Chinese name, e.g. 湖州')
    .option('--name-en <name>', 'the English name, e.g. Huzhou')
    .option('--province <name>', 'the province, e.g. 浙江省')
    .option('--tool <spec>', 'workspace: how its package.json names adapt-guide (a tarball path or URL; default: this adapt-guide, packed into vendor/)')
    .addHelpText('after', EXAMPLES.init)
    .action(run(async (o) => (await import('./commands/init.js')).initCommand({ what: String(o.args?.[0]), target: String(o.args?.[1]), root: o.root, nameZh: o.nameZh as string, nameEn: o.nameEn as string, province: o.province as string, tool: o.tool as string | undefined, ui }, io)));

  common(buildFlags(program.command('build')))
    .description('Build guides; with --all, every guide for every variant (international, cities, sectors, city+sector pairs).')
    .option('--all', 'every guide × every variant')
    .option('--shard <k/n>', 'build only the k-th of n equal shares of the jobs (for parallel CI jobs)')
    .addHelpText('after', EXAMPLES.build)
    .action(run((o) => runBuild(o as CommonOptions & BuildFlags, ui, io)));

  common(program.command('explain'))
    .argument('[node-id]', 'one node: its history and where each field was set')
    .description('Show which layers touched each node of a guide, what they changed, and where (file:line).')
    .requiredOption('--guide <id>', 'the guide')
    .option('--city <id>', 'the city')
    .option('--sector <id>', 'a sector (repeatable)', collect)
    .addHelpText('after', EXAMPLES.explain)
    .action(
      run(async (o) => {
        const f = o as CommonOptions & { guide?: string; city?: string; sector?: string[]; args?: string[] };
        const { explainCommand } = await import('./commands/explain.js');
        return explainCommand({ root: f.root, city: f.city, sectors: f.sector ?? [], guide: f.guide ?? '', node: f.args?.[0], ui }, io);
      }),
    );

  buildFlags(program);
  common(program.command('pdf'))
    .argument('<file>', 'a Markdown file (front matter optional)')
    .description('Typeset any Markdown file as a PDF in the house style.')
    .option('-o, --output <file>', 'the PDF to write (default: beside the Markdown file)')
    .option('--theme <file>', 'a theme file (JSON or YAML) over theme/default.json')
    .option('--font-dir <dir>', 'a folder with the regular and bold fonts to use')
    .option('--pdfa', 'write PDF/A-2b')
    .addOption(new Option('--lang <lang>', 'language of the cover, footer and metadata').choices(['zh', 'en', 'bilingual']))
    .addHelpText('after', EXAMPLES.pdf)
    .action(run(async (o) => (await import('./commands/pdf.js')).pdfCommand({ file: String(o.args?.[0]), output: o.output as string | undefined, theme: o.theme as string | undefined, fontDir: o.fontDir as string | undefined, pdfa: Boolean(o.pdfa), lang: o.lang as 'zh' | 'en' | 'bilingual' | undefined, root: o.root, cwd: io.cwd, sourceDateEpoch: io.env.SOURCE_DATE_EPOCH })));
  common(program.command('status'))
    .description('Per guide and variant: the share of texts translated; missing, stale, unreviewed and unfilled texts; glossary findings.')
    .option('--city <id>', 'the variant of this city')
    .option('--sector <id>', 'the variant of this sector (repeatable, in layer order)', collect, [])
    .option('--guide <id>', 'only this guide (repeatable)', collect, [])
    .option('--fail-on <kinds>', 'exit 1 when any of these is found: missing,stale,unreviewed,unfilled,glossary')
    .addHelpText('after', EXAMPLES.status)
    .action(run(async (o) => (await import('./commands/status.js')).statusCommand({ root: o.root, city: o.city as string | undefined, sector: o.sector as string[], guide: o.guide as string[], failOn: o.failOn as string | undefined, reporter: o.reporter, ui }, io)));

  common(program.command('review'))
    .description('Record that texts and overrides were reviewed against the current en: one node (and what it holds), one file, or all.')
    .argument('[node-id]', 'a node id: its texts, and overrides of it')
    .option('--guide <id>', 'only this guide (repeatable)', collect, [])
    .option('--city <id>', "this city's override files")
    .option('--sector <id>', "this sector's override files")
    .option('--file <file>', 'every text of this guide or override file')
    .option('--all', 'every text in scope (without --city/--sector: every guide and override file)')
    .addHelpText('after', EXAMPLES.review)
    .action(run(async (o) => (await import('./commands/review.js')).reviewCommand({ root: o.root, guide: o.guide as string[], city: o.city as string | undefined, sector: o.sector as string | string[] | undefined, node: o.args?.[0], file: o.file as string | undefined, all: o.all as boolean | undefined, ui }, io)));

  const xliff = program.command('xliff').description('Exchange texts with CAT tools (Trados, memoQ, OmegaT, Crowdin) as XLIFF 2.0.');
  common(xliff.command('export'))
    .description("Write one guide's texts, or one locality's override texts, as XLIFF 2.0 (source en, target zh).")
    .requiredOption('--guide <id>', 'the guide')
    .option('--city <id>', "this city's override file instead of the international guide")
    .option('--sector <id>', "this sector's override file instead of the international guide")
    .option('-o, --output <file>', 'where to write (default: <guide>.<locality or international>.xlf)')
    .addHelpText('after', EXAMPLES.xliff)
    .action(run(async (o) => (await import('./commands/xliff.js')).xliffExportCommand({ root: o.root, guide: o.guide as string, city: o.city as string | undefined, sector: o.sector as string | string[] | undefined, output: o.output as string | undefined, ui }, io)));
  common(xliff.command('import'))
    .description('Write the targets of an exported XLIFF back into the YAML files they came from; nothing is written unless the whole file is valid.')
    .argument('<file>', 'the XLIFF file')
    .option('--guide <id>', 'refuse an XLIFF of another guide')
    .addHelpText('after', EXAMPLES.xliff)
    .action(run(async (o) => (await import('./commands/xliff.js')).xliffImportCommand({ root: o.root, file: String(o.args?.[0]), guide: o.guide as string | undefined, ui }, io)));

  const slots = program.command('slots').description("What a city or sector still has to fill in, as a spreadsheet an officer fills in (Excel, WPS).");
  common(slots.command('export'))
    .description("Write the variant's slots, one row each, to an .xlsx (default) or .csv sheet.")
    .option('--city <id>', 'the city')
    .option('--sector <id>', 'a sector (repeatable)', collect, [])
    .option('-o, --output <file>', 'where to write (default: <variant>-slots.xlsx)')
    .addHelpText('after', EXAMPLES.slots)
    .action(run(async (o) => (await import('./commands/slots.js')).slotsExportCommand({ root: o.root, city: o.city as string | undefined, sectors: o.sector as string[], output: o.output as string | undefined, ui }, io)));
  common(slots.command('import'))
    .description("Write the filled-in values into the locality's own files; nothing is written unless every row is valid.")
    .argument('<file>', 'the .xlsx or .csv sheet')
    .option('--city <id>', 'refuse a sheet of another city')
    .option('--sector <id>', 'refuse a sheet of another sector (repeatable)', collect, [])
    .addHelpText('after', EXAMPLES.slots)
    .action(run(async (o) => (await import('./commands/slots.js')).slotsImportCommand({ root: o.root, file: String(o.args?.[0]), city: o.city as string | undefined, sectors: o.sector as string[], ui }, io)));
  common(program.command('fill'))
    .description('Fill in the slots of a city or sector one by one, in a terminal.')
    .option('--city <id>', 'the city')
    .option('--sector <id>', 'a sector (repeatable)', collect, [])
    .addHelpText('after', EXAMPLES.slots)
    .action(run(async (o) => (await import('./commands/fill.js')).fillCommand({ root: o.root, city: o.city as string | undefined, sectors: o.sector as string[], ui }, io)));

  const schema = program.command('schema').description('Generate JSON Schemas that help editors complete and check workspace files.');
  common(schema.command('overrides'))
    .description('Write schemas/overrides/<guide>.schema.json per guide: the ids an override file may target, for completion in the editor.')
    .option('--guide <id>', 'only this guide (repeatable)', collect, [])
    .addHelpText('after', EXAMPLES.schema)
    .action(run(async (o) => (await import('./commands/schema.js')).schemaOverridesCommand({ root: o.root, guide: o.guide as string[], ui }, io)));

  localiseHelp(program, ui);

  program.allowExcessArguments(true).action(async () => {
    const [word] = program.args;
    if (word !== undefined) {
      const names = program.commands.map((c) => c.name());
      const guess = nearest(word, names, 1)[0];
      throw new UsageError('unknown-command', { name: word }, guess ? 'hint-did-you-mean' : 'hint-known', guess ? { suggestion: guess } : { known: names.join(', ') });
    }
    const o = program.opts() as CommonOptions & BuildFlags;
    if (o.city || o.sector?.length || o.guide?.length || o.format || o.lang || o.out || o.strict || o.json || o.root || o.watch) {
      // `adapt-guide --city huzhou`: the main command builds (no --city and no --sector: the international variant).
      await run((opts) => runBuild(opts as CommonOptions & BuildFlags, ui, io))(program);
      return;
    }
    // No command: the wizard, in a terminal; without one (CI, a pipe), the help and a usage error.
    if (io.stdinIsTTY && io.stdoutIsTTY) {
      const { askBuild } = await import('./wizard.js');
      const answers = await askBuild(io, ui, o.root);
      await run(() => runBuild({ ...o, ...answers }, ui, io))(program);
      return;
    }
    io.stderr(program.helpInformation());
    io.stderr(message('wizard-needs-terminal', {}, ui) + '\n');
    setExit(2);
  });
  return program;
}

function common(cmd: Command): Command {
  return cmd
    .exitOverride()
    .configureOutput({ outputError: () => undefined })
    .option('--root <dir>', 'workspace folder (holds guides/); default: current folder, else the shipped workspace')
    .option('--json', 'print one JSON object on stdout')
    .option('--quiet', 'print only errors')
    .addOption(new Option('--reporter <name>', 'diagnostics format').choices(['text', 'github']))
    .addOption(new Option('--ui <lang>', 'language of messages').choices(['zh', 'en']))
    .option('--debug', 'show stack traces of internal errors');
}

function handleError(e: unknown, io: CliIO, ui: UiLang, debug: boolean): number {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
    io.stderr(`adapt-guide: error: ${commanderMessage(e, ui)}\n${message('hint-help', { command: '' }, ui)}\n`);
    return 2;
  }
  if (e instanceof UsageError) {
    const hint = e.hintId ? ` (${message(e.hintId, e.hintArgs ?? e.args, ui)})` : '';
    io.stderr(`adapt-guide: error: ${message(e.messageId, e.args, ui)}${hint}\n`);
    return 2;
  }
  const reason = e instanceof Error ? e.message : String(e);
  io.stderr(`adapt-guide: ${message('internal-error', { reason }, ui)}\n`);
  if (debug && e instanceof Error && e.stack) io.stderr(e.stack + '\n');
  return 70;
}

/** commander's own parse errors, in the user's language (commander writes them in English only). */
function commanderMessage(e: CommanderError, ui: UiLang): string {
  const text = e.message.replace(/^error: /, '');
  const quoted = [...text.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
  switch (e.code) {
    case 'commander.unknownOption': {
      const guess = /Did you mean (\S+?)\?/.exec(text)?.[1];
      return guess ? message('cli-unknown-option-guess', { name: quoted[0] ?? '', suggestion: guess }, ui) : message('cli-unknown-option', { name: quoted[0] ?? '' }, ui);
    }
    case 'commander.missingArgument':
      return message('cli-missing-argument', { name: quoted[0] ?? '' }, ui);
    case 'commander.optionMissingArgument':
      return message('cli-option-missing-value', { name: quoted[0] ?? '' }, ui);
    case 'commander.missingMandatoryOptionValue':
      return message('cli-option-required', { name: quoted[0] ?? '' }, ui);
    case 'commander.invalidArgument': {
      const choices = /Allowed choices are (.*)\.$/.exec(text)?.[1];
      if (choices && quoted.length >= 2) return message('cli-invalid-choice', { name: quoted[0]!, value: quoted[1]!, choices }, ui);
      return text;
    }
    case 'commander.excessArguments':
      return message('cli-too-many-arguments', { command: quoted[0] ?? 'adapt-guide' }, ui);
    default:
      return text;
  }
}

function optionValue(argv: string[], name: string): string | undefined {
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  return argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
}
