#!/usr/bin/env node
// Entry point: the compiled and bundled CLI lives in lib/bundle/ (built by `npm install` through the
// prepare script: tsc, then scripts/compile-schemas.mjs and scripts/bundle.mjs).
import { main } from '../lib/bundle/main.js';

// A closed pipe (`adapt-guide --help | head`) is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => {
    // Only reached on a bug: every user error is a diagnostic with an exit code.
    process.stderr.write(`adapt-guide: internal error: ${error && error.message ? error.message : error}\n`);
    if (process.argv.includes('--debug') && error && error.stack) process.stderr.write(error.stack + '\n');
    process.exitCode = 70;
  },
);
