// The entry point of the command line: parses the arguments against the declared commands (program.ts) and
// turns what goes wrong into exit codes: 2 for usage errors, 130 for a cancel (Ctrl-C), 70 for bugs.
import { CommanderError } from 'commander';
import { message, type UiLang } from '../diagnostics/messages.js';
import { processIO, uiLanguage, type CliIO } from './io.js';
import { buildProgram } from './program.js';
import { CANCELLED_EXIT_CODE, cancelledLine, cancelOnSignal, isPromptCancel } from './cancel.js';
import { UsageError } from './usage-error.js';

/** `given`: the outside world of a run in-process (tests); without it, this process's, with Ctrl-C handled. */
export async function main(argv: string[], given?: CliIO): Promise<number> {
  const io = given ?? processIO();
  const ui = uiLanguage(optionValue(argv, '--ui'), io.env, io.locale);
  if (!given) cancelOnSignal(io.stderr, ui);
  let exitCode = 0;
  const program = buildProgram(io, ui, (code) => (exitCode = code));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    return handleError(e, io, ui, argv.includes('--debug'));
  }
}

function handleError(e: unknown, io: CliIO, ui: UiLang, debug: boolean): number {
  if (e instanceof CommanderError) {
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
    io.stderr(`${message('cli-error', { reason: commanderMessage(e, ui) }, ui)}\n${message('hint-help', { command: '' }, ui)}\n`);
    return 2;
  }
  if (isPromptCancel(e)) {
    io.stderr(cancelledLine(ui));
    return CANCELLED_EXIT_CODE;
  }
  if (e instanceof UsageError) {
    const hint = e.hintId ? message('cli-error-hint', { hint: message(e.hintId, e.hintArgs ?? e.args, ui) }, ui) : '';
    // The rule id, as every diagnostic line ends: CI logs and tests match on it, not on the wording.
    io.stderr(`${message('cli-error', { reason: message(e.messageId, e.args, ui) + hint }, ui)} [${e.messageId}]\n`);
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
