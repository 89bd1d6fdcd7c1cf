// The help screens in the UI language, through commander's public Help overrides (configureHelp): section
// titles, the usage line (`[options]`, `[command]`), the value names of options and arguments (`<dir>`),
// and the choices and defaults commander appends to an option's description.
import type { Argument, Command, HelpConfiguration, Option } from 'commander';
import { catalogue } from '../messages/index.js';
import { message, type UiLang } from '../diagnostics/messages.js';
import { displayWidth } from './progress.js';

/** A catalogue entry when there is one, else the text itself (a name the catalogue does not translate). */
function known(prefix: string, text: string, ui: UiLang): string {
  return catalogue[`${prefix}${text}`] ? message(`${prefix}${text}`, {}, ui) : text;
}

/** `<dir>` → `<目录>`, `[node-id]` → `[节点]`: the name of a value, in angle or square brackets. */
function valueName(bracketed: string, ui: UiLang): string {
  return bracketed.replace(/([<[])([^\]>]+?)(\.\.\.)?([\]>])/g, (_all, open: string, name: string, dots = '', close: string) => `${open}${known('help-term:', name, ui)}${dots}${close}`);
}

function argumentUsage(a: Argument, ui: UiLang): string {
  const name = known('help-term:', a.name(), ui) + (a.variadic ? '...' : '');
  return a.required ? `<${name}>` : `[${name}]`;
}

export function localHelp(ui: UiLang): HelpConfiguration {
  const options = () => message('help-usage-options', {}, ui);
  return {
    styleTitle: (title: string) => known('help-title:', title, ui),
    // Commander pads and wraps by this width: a Chinese character takes two columns.
    displayWidth: (text: string) => displayWidth(text.replace(/\x1b\[\d*(;\d+)*m/g, '')),
    commandUsage(cmd: Command): string {
      const names: string[] = [];
      for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
      const parts = [options(), ...(cmd.commands.length ? [message('help-usage-command', {}, ui)] : []), ...cmd.registeredArguments.map((a) => argumentUsage(a, ui))];
      return [...names, ...parts].join(' ');
    },
    subcommandTerm(cmd: Command): string {
      const hasOptions = cmd.options.length > 0;
      return [cmd.name(), ...(hasOptions ? [options()] : []), ...cmd.registeredArguments.map((a) => argumentUsage(a, ui))].join(' ');
    },
    optionTerm: (option: Option) => valueName(option.flags, ui),
    argumentTerm: (argument: Argument) => known('help-term:', argument.name(), ui),
    optionDescription(option: Option): string {
      const extra: string[] = [];
      if (option.argChoices) extra.push(message('help-choices', { choices: option.argChoices.join(message('help-list-separator', {}, ui)) }, ui));
      if (option.defaultValue !== undefined && (option.required || option.optional)) {
        extra.push(message('help-default', { value: option.defaultValueDescription ?? String(option.defaultValue) }, ui));
      }
      return [option.description, ...extra].filter(Boolean).join(ui === 'zh' ? '' : ' ');
    },
  };
}
