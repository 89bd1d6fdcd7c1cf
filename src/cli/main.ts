// The command line: declares the commands, calls one function per command, maps results to exit codes.
// Command modules are imported when their command runs, so `adapt-guide pdf` never loads the YAML validator.
import { Command, CommanderError, Option } from 'commander';
import { message, type UiLang } from '../diagnostics/messages.js';
import { nearest } from '../diagnostics/suggest.js';
import { localiseHelp } from './help-language.js';
import { processIO, uiLanguage, type CliIO } from './io.js';
import { printResult, type CommandResult } from './result.js';
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
  root: ['', 'Examples:', '  adapt-guide validate', '  adapt-guide list --json', '  adapt-guide validate --root path/to/workspace'].join('\n'),
  validate: ['', 'Example:', '  adapt-guide validate --root path/to/workspace --json'].join('\n'),
  list: ['', 'Example:', '  adapt-guide list --json'].join('\n'),
  pdf: ['', 'Examples:', '  adapt-guide pdf guide.md', '  adapt-guide pdf guide.md -o out/guide.pdf --pdfa'].join('\n'),
  init: ['', 'Examples:', '  adapt-guide init workspace my-guides', '  adapt-guide init city testville --name-zh 测试市 --name-en Testville --province 测试省'].join('\n'),
};

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
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
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined })
    .addHelpText('after', EXAMPLES.root);
  common(program);

  const run = (fn: (opts: CommonOptions & Record<string, unknown> & { args?: string[] }) => CommandResult | Promise<CommandResult>) =>
    async (...args: unknown[]) => {
      const command = args[args.length - 1] as Command;
      const opts = { ...command.optsWithGlobals(), args: command.args } as CommonOptions & Record<string, unknown> & { args?: string[] };
      const result = await fn(opts);
      setExit(printResult(result, { json: opts.json, quiet: opts.quiet, reporter: opts.reporter, ui, root: (result.data?.root as string) ?? undefined }, io));
    };

  common(program.command('validate'))
    .description('Check the whole workspace: YAML, schema, ids, overrides. Exit 1 on any error.')
    .addHelpText('after', EXAMPLES.validate)
    .action(run(async (o) => (await import('./commands/validate.js')).validateCommand({ root: o.root }, io)));

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
    .addHelpText('after', EXAMPLES.init)
    .action(run(async (o) => (await import('./commands/init.js')).initCommand({ what: String(o.args?.[0]), target: String(o.args?.[1]), root: o.root, nameZh: o.nameZh as string, nameEn: o.nameEn as string, province: o.province as string, ui }, io)));

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

  localiseHelp(program, ui);

  program.allowExcessArguments(true).action(() => {
    const [word] = program.args;
    if (word !== undefined) {
      const names = program.commands.map((c) => c.name());
      const guess = nearest(word, names, 1)[0];
      throw new UsageError('unknown-command', { name: word }, guess ? 'hint-did-you-mean' : 'hint-known', guess ? { suggestion: guess } : { known: names.join(', ') });
    }
    // No command: the wizard needs a terminal; without one, the help and a usage error.
    io.stderr(program.helpInformation());
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
    io.stderr(`adapt-guide: ${e.message.replace(/^error: /, 'error: ')}\n${message('hint-help', { command: '' }, ui)}\n`);
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

function optionValue(argv: string[], name: string): string | undefined {
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  return argv[i].includes('=') ? argv[i].split('=')[1] : argv[i + 1];
}
