// Node ids are the only way overrides address content, so each is unique within its guide.
import { error, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { GuideNode, SourceRef } from '../model/types.js';

export function checkUniqueIds(root: GuideNode, guide: string, diagnostics: Diagnostic[]): Map<string, SourceRef> {
  const seen = new Map<string, SourceRef>();
  const walk = (node: GuideNode): void => {
    for (const child of node.children) {
      const first = seen.get(child.id);
      if (first) {
        diagnostics.push(error('duplicate-id', { id: child.id, guide, first: `${first.file}:${first.line}:${first.col}` }, { at: child.at, guide }));
      } else {
        seen.set(child.id, child.at);
      }
      walk(child);
    }
  };
  walk(root);
  return seen;
}
