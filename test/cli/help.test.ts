// Every command, argument and option has its help text in the catalogue, in English and in Chinese.
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { buildProgram } from '../../src/cli/program.js';

const io: CliIO = { stdout: () => undefined, stderr: () => undefined, cwd: process.cwd(), env: {}, stdinIsTTY: false, stdoutIsTTY: false, stderrIsTTY: false };

/** `[where, text]` of every help text of the program and its commands. */
function helpTexts(ui: 'en' | 'zh'): [string, string][] {
  const out: [string, string][] = [];
  const visit = (cmd: Command, path: string) => {
    out.push([path, cmd.description()]);
    for (const a of cmd.registeredArguments) out.push([`${path} <${a.name()}>`, a.description]);
    for (const o of cmd.options) out.push([`${path} ${o.flags}`, o.description]);
    for (const sub of cmd.commands) if (sub.name() !== 'help') visit(sub, `${path} ${sub.name()}`);
  };
  visit(buildProgram(io, ui, () => undefined), 'adapt-guide');
  return out;
}

describe('help', () => {
  it('has a text for every command, argument and option, in English', () => {
    const texts = helpTexts('en');
    expect(texts.length).toBeGreaterThan(80);
    expect(texts.filter(([, text]) => !text.trim()).map(([where]) => where)).toEqual([]);
  });

  it('has each of them in Chinese too', () => {
    const notChinese = helpTexts('zh').filter(([, text]) => !/[\u4e00-\u9fff]/.test(text));
    expect(notChinese.map(([where]) => where)).toEqual([]);
  });
});
