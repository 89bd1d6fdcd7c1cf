// Bundle shim for commander's `node:child_process` (scripts/bundle.mjs): commander loads it for
// executable subcommands, which adapt-guide has none of; loading it (with net and dgram) at every
// start costs a few ms. It is loaded on first use instead.
module.exports = new Proxy({}, { get: (_target, key) => require('node:child_process')[key] });
