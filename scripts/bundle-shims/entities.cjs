// Bundle shim for markdown-it's `entities` (scripts/bundle.mjs): the HTML entity tables are built only
// when a text first has an entity to decode (`&amp;`, `&#x4e2d;`), not every time a PDF starts.
let decode;
const load = () => (decode ??= require('entities/lib/decode.js'));
exports.decodeHTML = (text) => load().decodeHTML(text);
exports.decodeHTMLStrict = (text) => load().decodeHTMLStrict(text);
