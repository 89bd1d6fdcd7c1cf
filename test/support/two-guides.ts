// The sample workspace with a second guide, `other-guide`, and Testville's override of it: a workspace in
// which a build of one guide depends on facts of the other (the variables it declares, and those its
// override's texts use, decide whether Testville's profile sets them for nothing).
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyFixture } from './cli.js';

export const OTHER_GUIDE = 'guides/international/other-guide/guide.yaml';
export const OTHER_OVERRIDE = 'guides/cities/testville/other-guide.yaml';
export const PROFILE = 'guides/cities/testville/profile.yaml';

const OVERRIDE = `guide: other-guide
operations:
  - change: intro
    set:
      title: {zh: 测试市引言}
  - add:
      - id: testville-hotline
        type: text
        body: {zh: "本市热线：{{vars.local_hotline}}。", en: "City hotline: {{vars.local_hotline}}."}
    after: intro-text
`;

export function twoGuides(): string {
  const root = copyFixture('sample');
  cpSync(join(root, 'guides/international/demo-guide'), join(root, 'guides/international/other-guide'), { recursive: true });
  edit(root, OTHER_GUIDE, (t) =>
    t
      .replace('id: demo-guide', 'id: other-guide')
      .replace('title: {en: Demo guide, zh: 示例指南}', 'title: {en: Other guide, zh: 另一指南}')
      .replace('vars:\n', 'vars:\n  hotline:\n    value: "12333"\n')
      .replace('本指南适用于{{locality.name}}。', '本指南适用于{{locality.name}}（热线{{vars.hotline}}）。'),
  );
  writeFileSync(join(root, OTHER_OVERRIDE), OVERRIDE);
  // `hotline`: other-guide declares it; `local_hotline`: only the text Testville's override of other-guide adds uses it.
  edit(root, PROFILE, (t) => t.replace('vars:\n', 'vars:\n  hotline: {value: "12345"}\n  local_hotline: {value: "54321"}\n'));
  return root;
}

export function edit(root: string, file: string, change: (text: string) => string): void {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit of ${file} changed nothing`);
  writeFileSync(path, after);
}
