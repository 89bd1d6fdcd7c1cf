// A command that runs for a second or two spends more on V8's optimizing compiler than it gets back:
// on a machine with two cores the compiler's background work takes the core the run's own garbage
// collection and baseline compilation use. Measured on the 2-vCPU machine of the benchmarks (bench/):
// `adapt-guide pdf` on the clreq corpus ~8 % faster without it, a cold `build --all --format md`
// ~10 %, a city's four guides as Markdown and PDF ~10 %; only the long runs (`build --all` with PDFs,
// `--watch`) are faster with it. So short runs on small machines leave it off.
// ADAPT_GUIDE_JIT=full keeps it on for any run.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';

/** A Markdown file above this size makes `pdf` a long run. */
const LONG_PDF_BYTES = 1024 * 1024;

export function isShortRun(argv: readonly string[], env: NodeJS.ProcessEnv, cores = availableParallelism()): boolean {
  if (env.ADAPT_GUIDE_JIT === 'full' || cores > 2) return false;
  if (argv.includes('--watch')) return false;
  const command = argv.find((a) => !a.startsWith('-'));
  if (command === 'pdf') {
    const file = argv[argv.indexOf('pdf') + 1];
    try {
      return !file || statSync(file).size <= LONG_PDF_BYTES;
    } catch {
      return true;
    }
  }
  if (argv.includes('--all')) {
    // Every guide of every variant: with PDFs that is dozens of documents.
    const i = argv.findIndex((a) => a === '--format' || a.startsWith('--format='));
    const formats = i < 0 ? 'md,pdf' : argv[i].includes('=') ? argv[i].split('=')[1]! : (argv[i + 1] ?? '');
    return !formats.split(',').includes('pdf');
  }
  return true;
}

/** Turns V8's optimizing compiler off for this process when the run is short (see above). */
export function tuneForShortRun(argv: readonly string[], env: NodeJS.ProcessEnv): void {
  if (isShortRun(argv, env)) setFlagsFromString('--no-opt');
}
