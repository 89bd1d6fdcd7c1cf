// The shipped templates are precompiled when the package is built (scripts/precompile-templates.mjs): each
// specification must be exactly what compiling the template at run time makes, and is used only for that
// very source.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { COMPILE, TEMPLATE_SUFFIX, compileTemplates } from '../../src/render/markdown/templates.js';
import { loadTemplates, SHIPPED_TEMPLATES } from '../../src/render/markdown/load-templates.js';

const GENERATED = join(SHIPPED_TEMPLATES, '../lib/render/markdown/shipped-templates.cjs');
const shipped = createRequire(import.meta.url)(GENERATED) as { handlebars: string; templates: Record<string, { source: string }> };

describe('precompiled shipped templates', () => {
  const names = readdirSync(SHIPPED_TEMPLATES).filter((n) => n.endsWith(TEMPLATE_SUFFIX));

  it('hold every shipped template, from its current source, by this Handlebars', () => {
    expect(shipped.handlebars).toBe(Handlebars.VERSION);
    expect(Object.keys(shipped.templates).sort()).toEqual(names.map((n) => n.slice(0, -TEMPLATE_SUFFIX.length)).sort());
    for (const name of names) expect(shipped.templates[name.slice(0, -TEMPLATE_SUFFIX.length)].source, name).toBe(readFileSync(join(SHIPPED_TEMPLATES, name), 'utf8'));
  });

  it('are exactly what compiling each template at run time makes', () => {
    const generated = readFileSync(GENERATED, 'utf8');
    for (const name of names) {
      const spec = Handlebars.precompile(readFileSync(join(SHIPPED_TEMPLATES, name), 'utf8'), COMPILE) as unknown as string;
      expect(generated.includes(`spec: ${spec} },`), name).toBe(true);
    }
  });

  it('are not used for a template whose source differs: an edited layout is compiled and rendered as edited', () => {
    const sources = loadTemplates();
    const edited = { ...sources, guide: { ...sources.guide, source: `EDITED\n${sources.guide.source}` } };
    const view = { frontMatter: '---', furniture: { title: 'T', subtitle: '', localityLine: '', editionLine: '', attributionBlock: '' }, chapters: [], sources: { heading: '', entries: [] } };
    const plain = compileTemplates(sources).templates!.render(view);
    const changed = compileTemplates(edited).templates!.render(view);
    expect(plain.markdown).toContain('# T');
    expect(changed.markdown).toBe(`EDITED\n${plain.markdown}`);
  });
});
