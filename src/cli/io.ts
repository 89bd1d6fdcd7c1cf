// What a command may touch of the outside world, passed in so commands stay testable.
import { isatty } from 'node:tty';
import type { UiLang } from '../diagnostics/messages.js';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** The operating system's locale (`zh-CN`), for the UI language where LC_ALL, LC_MESSAGES and LANG are unset. */
  locale?: string;
}

export function processIO(): CliIO {
  const env = process.env;
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env,
    // Asked of the file descriptors: reading `process.stdin.isTTY` would open the stdin stream (~25 ms),
    // which only a prompt needs.
    stdinIsTTY: isatty(0),
    stdoutIsTTY: isatty(1),
    stderrIsTTY: isatty(2),
    // Windows sets no LANG: its display language reaches Node through ICU. Asked only then: opening
    // ICU's date formats costs ~25 ms, a tenth of a short command.
    ...(localeVariable(env) ? {} : { locale: Intl.DateTimeFormat().resolvedOptions().locale }),
  };
}

/** The first of LC_ALL, LC_MESSAGES and LANG that is set. */
function localeVariable(env: NodeJS.ProcessEnv): string | undefined {
  return env.LC_ALL || env.LC_MESSAGES || env.LANG || undefined;
}

/**
 * zh when asked with --ui zh, or when the locale is Chinese: the first of LC_ALL, LC_MESSAGES and LANG
 * that is set, else the operating system's (`osLocale`); else en.
 */
export function uiLanguage(option: string | undefined, env: NodeJS.ProcessEnv, osLocale = ''): UiLang {
  if (option === 'zh' || option === 'en') return option;
  const locale = localeVariable(env) ?? osLocale;
  return /^zh/i.test(locale) ? 'zh' : 'en';
}
