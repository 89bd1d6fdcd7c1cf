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
  (code) => {
    process.exitCode = code;
    // Every command has finished its work here (files written, workers stopped). Leave at once once
    // what was printed has gone out: tearing down the heap of a large build takes tens of ms more.
    if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
  },
  (error) => {
    // Only reached on a bug: every user error is a diagnostic with an exit code.
    process.stderr.write(`adapt-guide: internal error: ${error && error.message ? error.message : error}\n`);
    if (process.argv.includes('--debug') && error && error.stack) process.stderr.write(error.stack + '\n');
    process.exitCode = 70;
  },
);
