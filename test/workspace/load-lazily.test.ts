// loadWorkspaceLazily, the CLI's load: the same result as loadWorkspace, whatever the cache holds, and the
// YAML parser and model builders (src/workspace/load-file.ts) loaded only when a file is not in the load
// cache. Whether the module was loaded is seen by the factory of a pass-through mock, which runs on the
// module's first import after the modules are reset (each load below starts as a new process would).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it, vi } from 'vitest';

const imported = { parser: 0 };
const { edit, OTHER_OVERRIDE, twoGuides } = await import('../support/two-guides.js');
/** The load with modules imported afresh, as a new process would. */
async function freshLoad(root: string, env: NodeJS.ProcessEnv) {
  vi.resetModules();
  vi.doMock('../../src/workspace/load-file.js', async (importOriginal) => {
    imported.parser++;
    return importOriginal();
  });
  const { loadWorkspaceLazily } = await import('../../src/workspace/load-workspace-lazily.js');
  return loadWorkspaceLazily(root, env, { guides: ['demo-guide'], texts: false });
}

it('loads the parser only for a file the cache does not hold, and gives what loadWorkspace gives', async () => {
  const root = twoGuides();
  edit(root, OTHER_OVERRIDE, (t) => `${t}vars:\n  hotlnie: {value: "1"}\n`);
  const env = { ADAPT_GUIDE_CACHE_DIR: mkdtempSync(join(tmpdir(), 'ag-lazily-')) };
  const { loadWorkspace } = await import('../../src/workspace/load-workspace.js');
  const direct = loadWorkspace(root, { ADAPT_GUIDE_CACHE: 'off' }, { guides: ['demo-guide'], texts: false });
  const before = imported.parser;

  const cold = await freshLoad(root, env);
  expect(imported.parser).toBe(before + 1);
  expect(cold).toEqual(direct);
  expect(cold.diagnostics.map((d) => d.rule)).toContain('misspelt-variable');

  // Every file in the cache: the parser is not loaded, and the result is the same.
  const warm = await freshLoad(root, env);
  expect(imported.parser).toBe(before + 1);
  expect(warm).toEqual(direct);

  // One file changed: it is.
  edit(root, OTHER_OVERRIDE, (t) => t.replace('hotlnie', 'hotline'));
  const edited = await freshLoad(root, env);
  expect(imported.parser).toBe(before + 2);
  expect(edited).toEqual(loadWorkspace(root, { ADAPT_GUIDE_CACHE: 'off' }, { guides: ['demo-guide'], texts: false }));
  expect(edited.diagnostics.map((d) => d.rule)).not.toContain('misspelt-variable');
});
