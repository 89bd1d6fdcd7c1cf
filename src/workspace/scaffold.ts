// The files `init city|sector` writes: a profile with every unknown value a slot, and override files that change nothing.
import type { LocalityKind } from '../model/types.js';

export interface LocalityNames {
  zh?: string;
  en?: string;
  province?: string;
}

const q = (s: string) => JSON.stringify(s);

export function profileYaml(kind: LocalityKind, id: string, names: LocalityNames): string {
  const name = names.zh && names.en ? `{zh: ${q(names.zh)}, en: ${q(names.en)}}` : names.zh || names.en ? `{${names.zh ? `zh: ${q(names.zh)}` : `en: ${q(names.en!)}`}}` : `{todo: ${q(`${id} 的中英文名称`)}}`;
  const zh = names.zh ?? id;
  const lines = [
    '# yaml-language-server: $schema=../../../schemas/profile.schema.json',
    `# ${kind === 'city' ? 'City' : 'Sector'} profile made by \`adapt-guide init ${kind} ${id}\`: replace each {todo: ...} when the value is known.`,
    `name: ${name}`,
  ];
  if (kind === 'city') {
    lines.push(`full_name: {todo: ${q(`${zh}的全称（如：××市）`)}}`);
    lines.push(names.province ? `province: ${q(names.province)}` : `province: {todo: ${q(`${zh}所在省份`)}}`);
    lines.push(`bureau: {todo: ${q(`${zh}人力资源和社会保障局全称`)}}`);
    lines.push(`adapter: {todo: ${q(`${zh}指南改编单位`)}}`);
  } else {
    lines.push(`full_name: {todo: ${q(`${zh}的全称`)}}`);
    lines.push(`adapter: {todo: ${q(`${zh}指南改编单位`)}}`);
  }
  lines.push(
    'institutions:',
    `  - name: {todo: ${q(`${zh}试点院校名称`)}}`,
    'contacts:',
    '  - role: {zh: 项目联系人, en: Project contact}',
    `    name: {todo: ${q(`${zh}项目联系人姓名`)}}`,
    `    phone: {todo: ${q(`${zh}项目联系人电话`)}}`,
    `    email: {todo: ${q(`${zh}项目联系人邮箱`)}}`,
  );
  if (kind === 'city') lines.push('sectors: []   # sectors combined with this city in `build --all`, e.g. [petroleum]');
  return lines.join('\n') + '\n';
}

export function emptyOverrideYaml(guideId: string, exampleTarget: string | undefined): string {
  const target = exampleTarget ?? 'some-section-id';
  return [
    '# yaml-language-server: $schema=../../../schemas/override.schema.json',
    `# Overrides of the guide \`${guideId}\` for this locality. It changes nothing yet.`,
    '# Each operation changes one node by its id (see docs/format.md). For example:',
    '#',
    `#   - change: ${target}`,
    '#     set:',
    '#       title: {zh: 本地标题}',
    '#   - add:',
    '#       - id: local-note',
    '#         type: callout',
    '#         kind: note',
    '#         body: {zh: 本地说明。}',
    `#     after: ${target}`,
    `#   - remove: ${target}`,
    `guide: ${guideId}`,
    'operations: []',
    '',
  ].join('\n');
}

/**
 * The package.json of a workspace kept in its own repository: it depends on adapt-guide by `spec` (a tarball
 * path, `file:` spec or URL), so `npm install` and `npx adapt-guide` work there and CI can run `npm ci`.
 */
export function workspacePackageJson(folderName: string, spec: string, nodeRange: string): string {
  const slug = folderName.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'guides';
  const manifest = {
    name: slug,
    private: true,
    description: 'Guides adapted with adapt-guide: the workspace (guides/, templates/, schemas/) and its CI.',
    scripts: {
      validate: 'adapt-guide validate',
      status: 'adapt-guide status',
      build: 'adapt-guide build --all',
    },
    dependencies: { 'adapt-guide': spec },
    engines: { node: nodeRange },
  };
  return JSON.stringify(manifest, null, 2) + '\n';
}

export const WORKSPACE_GITIGNORE = ['node_modules/', 'dist/', '.adapt-guide-cache/', ''].join('\n');
