// The prompts' own words in the UI language, through inquirer's public `theme` option: the key hints under
// a list (`↑↓ navigate • ⏎ select`) are made by `style.keysHelpTip`, which gets the keys and their actions.
import { styleText } from 'node:util';
import { catalogue } from '../messages/index.js';
import { message, type UiLang } from '../diagnostics/messages.js';

/** `prompt-key:<word>` for an action or key name inquirer shows, when the catalogue has it; else the word. */
function word(w: string, ui: UiLang): string {
  const id = `prompt-key:${w}`;
  return catalogue[id] ? message(id, {}, ui) : w;
}

export interface PromptTheme {
  style: {
    keysHelpTip: (keys: [string, string][]) => string;
    /** A checkbox's answer, once given: the short names of the choices ticked. */
    renderSelectedChoices: (selected: readonly { short: string }[]) => string;
  };
}

export function promptTheme(ui: UiLang): PromptTheme {
  return {
    style: {
      keysHelpTip: (keys) => keys.map(([key, action]) => `${styleText('bold', word(key, ui))} ${styleText('dim', word(action, ui))}`).join(styleText('dim', ' • ')),
      renderSelectedChoices: (selected) => selected.map((c) => c.short).join(message('help-list-separator', {}, ui)),
    },
  };
}
