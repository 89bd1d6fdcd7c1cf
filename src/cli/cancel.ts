// Ctrl-C (SIGINT) or SIGTERM while the tool works — a long build, --watch — is a cancel, not a crash:
// one line (已取消 / cancelled) and exit 130. Leaving at once leaves nothing half-written: every file is
// written whole to a temporary name and renamed in one synchronous step (src/output/write-atomic.ts),
// which a signal handler, running between steps, never interrupts. Before leaving, a build records the
// jobs that finished (src/on-cancel.ts), so that the next build reuses them. A prompt's Ctrl-C (the wizard, fill)
// reaches main.ts as inquirer's ExitPromptError instead: the terminal is in raw mode, no signal is sent.
import { message, type UiLang } from '../diagnostics/messages.js';
import { runCancelSteps } from '../on-cancel.js';

/** Ctrl-C (128 + SIGINT's 2, as shells report it); SIGTERM, a supervisor stopping the tool, gives 143. */
export const CANCELLED_EXIT_CODE = 130;
const EXIT_CODES = { SIGINT: CANCELLED_EXIT_CODE, SIGTERM: 143 } as const;

/** The line a cancel prints. */
export function cancelledLine(ui: UiLang): string {
  return `${message('cancelled', {}, ui)}\n`;
}

/** Whether an error is a prompt closed by Ctrl-C (inquirer's ExitPromptError). */
export function isPromptCancel(e: unknown): boolean {
  return e instanceof Error && e.name === 'ExitPromptError';
}

/** Installs the handler on the process; returns its removal. */
export function cancelOnSignal(write: (text: string) => void, ui: UiLang, exit: (code: number) => void = (code) => process.exit(code)): () => void {
  const handlers = (Object.keys(EXIT_CODES) as (keyof typeof EXIT_CODES)[]).map((signal) => {
    const onSignal = () => {
      // A live progress line may be on screen: start on a fresh line.
      write(`\n${cancelledLine(ui)}`);
      // The outputs finished so far are remembered: the next build does not make them again.
      runCancelSteps();
      exit(EXIT_CODES[signal]);
    };
    process.on(signal, onSignal);
    return () => void process.off(signal, onSignal);
  });
  return () => handlers.forEach((off) => off());
}
