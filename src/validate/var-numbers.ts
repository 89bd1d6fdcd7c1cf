// Numbers under `vars:` that YAML reads as something other than what was written: `0571` → 571,
// 9007199254740993 → …992, a 30-digit id → 1.2345678901234568e+29, `.inf` → Infinity. A text would
// print the changed number, so each is a warning saying to quote it.
import { isMap, visit, type Node } from 'yaml';
import { warning, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ParsedYaml } from '../load/parse-yaml.js';

export function changedNumbers(parsed: ParsedYaml): Diagnostic[] {
  const root = parsed.root;
  if (!root || !isMap(root)) return [];
  const vars = root.get('vars', true) as Node | undefined;
  if (!vars) return [];
  const found: Diagnostic[] = [];
  visit(vars, {
    Scalar(_key, node) {
      if (typeof node.value !== 'number' || !node.range) return;
      const written = parsed.text.slice(node.range[0], node.range[1]);
      const printed = String(node.value);
      if (written === printed) return;
      found.push(warning('number-changed', { written, printed }, { at: { file: parsed.file, ...parsed.lineCounter.linePos(node.range[0]) }, hint: 'hint-quote-number', hintArgs: { written } }));
    },
  });
  return found;
}

