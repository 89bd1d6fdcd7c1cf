// Under a Chinese UI every word the tool prints is Chinese, but for what DESIGN.md keeps as typed or as
// fixed for tools: the diagnostic prefix and rule ids, paths, ids, commands, and names of formats.
import type { Command } from 'commander';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { uiLanguage, type CliIO } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { buildProgram } from '../../src/cli/program.js';
import { runCli } from '../support/cli.js';
import { englishWords } from '../support/english-words.js';

const ZH = { LANG: 'zh_CN.UTF-8' };
const IDS = ['huzhou', 'chongqing', 'rizhao', 'shuangyashan', 'tianjin', 'petroleum', 'international', 'core-skills', 'green-skills', 'quality-apprenticeship', 'skills-needs-analysis'];

/** The values an option takes, as typed: its choices, and the kinds and formats help texts name. */
function typedValues(program: Command): string[] {
  const values = ['zh', 'en', 'bilingual', 'md', 'pdf', 'docx', 'csv', 'xlsx', 'workspace', 'city', 'sector', 'missing', 'stale', 'unreviewed', 'unfilled', 'glossary', 'k', 'n'];
  const visit = (cmd: Command) => {
    for (const o of cmd.options) values.push(...(o.argChoices ?? []));
    cmd.commands.forEach(visit);
  };
  visit(program);
  return values;
}

function commandNames(program: Command): string[] {
  return program.commands.flatMap((c) => [c.name(), ...commandNames(c)]);
}

const quietIO = (out: string[]): CliIO => ({ stdout: (t) => void out.push(t), stderr: (t) => void out.push(t), cwd: process.cwd(), env: {}, stdinIsTTY: false, stdoutIsTTY: false, stderrIsTTY: false });

describe('a Chinese UI', () => {
  const program = buildProgram(quietIO([]), 'zh', () => undefined);
  // Command names are typed as they are; dist is the default output folder.
  // `fb` starts a feedback entry's id (fb-1a2b3c4d), as the help shows it: an id.
  const values = [...typedValues(program), ...commandNames(program), 'help', 'dist', 'fb'];

  it('prints the help of every command in Chinese, usage line and value names included', () => {
    const top = runCli(['--help'], { env: ZH });
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/^用法： adapt-guide \[选项\] \[命令\]/);
    const texts = [top.stdout];
    const visit = (cmd: Command) => {
      for (const sub of cmd.commands) {
        if (sub.name() === 'help') continue;
        texts.push(sub.helpInformation());
        visit(sub);
      }
    };
    visit(program);
    expect(texts.length).toBeGreaterThan(15);
    const left = texts.map((t, i) => [i, englishWords(t, IDS, values)] as const).filter(([, words]) => words.length > 0);
    expect(left).toEqual([]);
  });

  it('prints a build in Chinese: what it wrote, what is left to do, the summary, and with --verbose each warning', () => {
    const out = mkdtempSync(join(tmpdir(), 'ag-zh-'));
    for (const extra of [[], ['--verbose', '--force']]) {
      const run = runCli(['--city', 'huzhou', '--format', 'md', '--out', out, ...extra], { env: ZH });
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/已写入/);
      expect(run.stderr).toMatch(/待补充/);
      expect(englishWords(run.stdout + run.stderr, IDS, values)).toEqual([]);
    }
  });

  it('prints a usage error in Chinese', () => {
    const run = runCli(['--city', 'hangzhou'], { env: ZH });
    expect(run.code).toBe(2);
    expect(englishWords(run.stderr, IDS, values)).toEqual([]);
  });

  it('is chosen by the operating system locale when LANG, LC_ALL and LC_MESSAGES are unset', async () => {
    expect(uiLanguage(undefined, {}, 'zh-CN')).toBe('zh');
    expect(uiLanguage(undefined, {}, 'zh-Hans-CN')).toBe('zh');
    expect(uiLanguage(undefined, {}, 'en-US')).toBe('en');
    // A locale set in the environment wins over the OS one, in POSIX order.
    expect(uiLanguage(undefined, { LANG: 'C' }, 'zh-CN')).toBe('en');
    expect(uiLanguage(undefined, { LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' }, 'en-US')).toBe('zh');
    expect(uiLanguage('en', {}, 'zh-CN')).toBe('en');
    const printed: string[] = [];
    const code = await main(['--help'], { ...quietIO(printed), locale: 'zh-CN' });
    expect(code).toBe(0);
    expect(printed.join('')).toMatch(/^用法：/);
  });
});
