// Property: random perturbations of the shipped workspace (a byte changed, a line dropped or doubled, text
// that YAML, Handlebars or Markdown read specially put in) never make `validate` or a build crash:
// the exit code is 0, 1 or 2, never 70, and no stack trace is printed. fast-check, fixed seed.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/cli.js';
import { runAsync } from './support.js';

const SHIPPED = join(REPO, 'guides');
const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : []));
const FILES = yamlFiles(SHIPPED).map((f) => relative(REPO, f));

/** Text each reader takes specially: YAML syntax, Handlebars, Markdown, HTML, links, numbers, odd characters. */
const SPECIAL = ['{{', '}}', '{{locality}}', '{{lookup vars "x"}}', '{{#each vars}}', ': ', '：', '- ', '\t', '&a', '*a', '!!js/function', '"', "'", '[', '{', '<img src=x onerror=alert(1)>', '[x](javascript:alert(1))', '`', '0571', '.inf', '\u0000', '\ufeff', '\r', '\u202e', '🙂', 'id: x'];

type Perturbation = { file: number; at: number; kind: 'insert' | 'byte' | 'drop-line' | 'double-line' | 'truncate'; text: number; byte: number };

const perturbation: fc.Arbitrary<Perturbation> = fc.record({
  file: fc.nat({ max: FILES.length - 1 }),
  at: fc.nat({ max: 1_000_000 }),
  kind: fc.constantFrom('insert', 'byte', 'drop-line', 'double-line', 'truncate'),
  text: fc.nat({ max: SPECIAL.length - 1 }),
  byte: fc.nat({ max: 255 }),
});

function apply(text: Buffer, p: Perturbation): Buffer {
  const at = p.at % Math.max(1, text.length);
  if (p.kind === 'insert') return Buffer.concat([text.subarray(0, at), Buffer.from(SPECIAL[p.text]!), text.subarray(at)]);
  if (p.kind === 'byte') return Buffer.concat([text.subarray(0, at), Buffer.from([p.byte]), text.subarray(at + 1)]);
  if (p.kind === 'truncate') return text.subarray(0, at);
  const lines = text.toString('latin1').split('\n');
  const line = at % lines.length;
  if (p.kind === 'drop-line') lines.splice(line, 1);
  else lines.splice(line, 0, lines[line]!);
  return Buffer.from(lines.join('\n'), 'latin1');
}

describe('random perturbations of the shipped workspace', () => {
  // Async spawns: a long synchronous one would block the vitest worker past its RPC timeout.
  it('never crash validate or a build (exit 0, 1 or 2; never 70)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(perturbation, { minLength: 1, maxLength: 3 }), async (ps) => {
        const root = mkdtempSync(join(tmpdir(), 'ag-perturb-'));
        cpSync(SHIPPED, join(root, 'guides'), { recursive: true });
        for (const p of ps) {
          const file = join(root, FILES[p.file]!);
          writeFileSync(file, apply(readFileSync(file), p));
        }
        const city = FILES[ps[0]!.file]!.match(/guides\/cities\/([^/]+)\//)?.[1];
        const guide = FILES[ps[0]!.file]!.match(/guides\/(?:international\/([^/]+)\/guide|cities\/[^/]+\/([^/]+))\.yaml$/);
        const only = guide?.[1] ?? guide?.[2];
        for (const args of [['validate'], ['build', '--format', 'md', ...(city ? ['--city', city] : []), ...(only && only !== 'profile' ? ['--guide', only] : [])]]) {
          const run = await runAsync(args, { cwd: root, timeoutMs: 120_000 });
          const shown = `${args.join(' ')} after ${JSON.stringify(ps)}\n${run.stderr.slice(0, 2000)}`;
          expect([0, 1, 2], shown).toContain(run.code);
          expect(run.stderr, shown).not.toMatch(/internal error|\n\s+at .+:\d+:\d+\)?$/m);
        }
      }),
      // Few runs: each spawns two bins (a few seconds each on a loaded machine); the seed keeps them the same.
      // PERTURB_RUNS and PERTURB_SEED widen a sweep by hand.
      { seed: Number(process.env.PERTURB_SEED ?? 17), numRuns: Number(process.env.PERTURB_RUNS ?? 6), endOnFailure: true },
    );
  }, Math.max(600_000, Number(process.env.PERTURB_RUNS ?? 6) * 40_000));
});
