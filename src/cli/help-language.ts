// Puts the help in the UI language: command and option descriptions and help titles, from the catalogue.
import type { Command } from 'commander';
import { catalogue } from '../messages/index.js';
import { message, type UiLang } from '../diagnostics/messages.js';

/** Replaces English descriptions with the catalogue's (`help:<command>`, `help-option:<flag>`) where it has them. */
export function localiseHelp(program: Command, ui: UiLang): void {
  if (ui === 'en') return;
  const visit = (cmd: Command, path: string) => {
    const key = `help:${path || 'adapt-guide'}`;
    if (catalogue[key]) cmd.description(message(key, {}, ui));
    for (const option of cmd.options) {
      const flag = option.long ?? option.short ?? '';
      const own = `help-option:${path}:${flag}`;
      const shared = `help-option:${flag}`;
      const id = catalogue[own] ? own : catalogue[shared] ? shared : undefined;
      if (id) option.description = message(id, {}, ui);
    }
    cmd.helpOption('-h, --help', message('help-option:--help', {}, ui));
    cmd.configureHelp({ styleTitle: (title: string) => (catalogue[`help-title:${title}`] ? message(`help-title:${title}`, {}, ui) : title) });
    for (const sub of cmd.commands) visit(sub, path ? `${path} ${sub.name()}` : sub.name());
  };
  visit(program, '');
}
