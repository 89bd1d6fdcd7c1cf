// Puts the named destinations of a finished PDF in the order ISO 32000-1 (7.9.6) requires: a name
// tree lists its keys sorted by the bytes of the encoded strings, so a reader can binary-search them.
// pdfkit 0.20 sorts them with localeCompare (docs/pdf.md, "pdfkit and us"), which puts Chinese heading
// anchors in locale order; a reader then fails to find some of them. This reads the document's own
// cross-reference table and rewrites only the catalog's /Dests tree, with the offsets after it.

/** `bytes` with its /Dests name tree in byte order (unchanged when it already is, or has none). */
export function sortNameTrees(bytes: Buffer): Buffer {
  const xref = readXref(bytes);
  if (!xref) return bytes;
  const names = objectNumber(objectText(bytes, xref.offsets, xref.root), '/Names');
  if (names === undefined) return bytes;
  const start = xref.offsets[names];
  if (start === undefined) return bytes;
  const text = objectText(bytes, xref.offsets, names);
  const sorted = sortDests(text);
  if (sorted === text) return bytes;
  const delta = sorted.length - text.length;
  const tail = bytes.subarray(start + text.length, xref.at);
  const table = xref.offsets.map((o, i) => (i === 0 ? '0000000000 65535 f ' : `${String(o > start ? o + delta : o).padStart(10, '0')} 00000 n `));
  return Buffer.concat([
    bytes.subarray(0, start),
    Buffer.from(sorted, 'latin1'),
    tail,
    Buffer.from(`xref\n0 ${table.length}\n${table.join('\n')}\n`, 'latin1'),
    Buffer.from(xref.trailer.replace(/startxref\n\d+/, `startxref\n${xref.at + delta}`), 'latin1'),
  ]);
}

interface Xref {
  /** Where the `xref` keyword starts. */
  at: number;
  /** Byte offset of each object by number (entry 0 is the free head). */
  offsets: number[];
  root: number;
  /** From `trailer` to the end of the file. */
  trailer: string;
}

/** The classic cross-reference table pdfkit writes (one section from object 0), or undefined. */
function readXref(bytes: Buffer): Xref | undefined {
  const end = bytes.subarray(Math.max(0, bytes.length - 1024)).toString('latin1');
  const startxref = /startxref\n(\d+)\n%%EOF\n?$/.exec(end);
  if (!startxref) return undefined;
  const at = Number(startxref[1]);
  const rest = bytes.subarray(at).toString('latin1');
  const head = /^xref\n0 (\d+)\n/.exec(rest);
  if (!head) return undefined;
  const count = Number(head[1]);
  const offsets: number[] = [];
  for (let i = 0; i < count; i++) {
    const entry = rest.slice(head[0].length + i * 20, head[0].length + i * 20 + 20);
    if (!/^\d{10} \d{5} [nf] \n$/.test(entry)) return undefined;
    offsets.push(Number(entry.slice(0, 10)));
  }
  const trailer = rest.slice(head[0].length + count * 20);
  const root = /\/Root (\d+) 0 R/.exec(trailer);
  if (!trailer.startsWith('trailer') || !root) return undefined;
  return { at, offsets, root: Number(root[1]), trailer };
}

/** An object's text from `N 0 obj` to its `endobj` line (empty when it is not where the table says). */
function objectText(bytes: Buffer, offsets: number[], n: number): string {
  const start = offsets[n];
  if (start === undefined) return '';
  const head = bytes.subarray(start, start + 32).toString('latin1');
  if (!head.startsWith(`${n} 0 obj\n`)) return '';
  const end = bytes.indexOf('\nendobj\n', start, 'latin1');
  return end < 0 ? '' : bytes.subarray(start, end + 8).toString('latin1');
}

function objectNumber(text: string, key: string): number | undefined {
  const m = new RegExp(`\\n${key} (\\d+) 0 R\\n`).exec(text);
  return m ? Number(m[1]) : undefined;
}

/**
 * The object with its /Dests tree's entries sorted and its /Limits set from them. pdfkit writes a tree
 * as `/Dests <<`, an optional `  /Limits [(first) (last)]`, `  /Names [`, one `    (key) value` line per
 * entry (a literal string escapes its line breaks), `]`, `>>`; anything else is left as it is.
 */
function sortDests(text: string): string {
  const open = text.indexOf('\n/Dests <<\n');
  if (open < 0) return text;
  const from = open + '\n/Dests <<\n'.length;
  const close = text.indexOf('\n]\n>>', from);
  if (close < 0) return text;
  const lines = text.slice(from, close).split('\n');
  const hasLimits = lines[0].startsWith('  /Limits [');
  const namesAt = hasLimits ? 1 : 0;
  if (lines[namesAt] !== '  /Names [') return text;
  const entries = lines.slice(namesAt + 1).map((line) => ({ line, key: keyOf(line) }));
  if (entries.some((e) => !e.key)) return text;
  entries.sort((a, b) => Buffer.compare(a.key!.bytes, b.key!.bytes));
  const out = entries.map((e) => e.line);
  if (hasLimits && entries.length > 1) out.unshift(`  /Limits [${entries[0].key!.literal} ${entries[entries.length - 1].key!.literal}]`, '  /Names [');
  else out.unshift(...lines.slice(0, namesAt + 1));
  return text.slice(0, from) + out.join('\n') + text.slice(close);
}

const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12 };

/** The literal-string key at the start of an entry line, as written and as bytes (ISO 32000-1, 7.3.4.2). */
function keyOf(line: string): { literal: string; bytes: Buffer } | undefined {
  if (!line.startsWith('    (')) return undefined;
  const out: number[] = [];
  let depth = 1;
  let i = 5;
  for (; i < line.length && depth > 0; i++) {
    const c = line[i];
    if (c === '\\') {
      const n = line[++i] ?? '';
      const octal = /^[0-7]{1,3}/.exec(line.slice(i));
      if (octal) {
        out.push(parseInt(octal[0], 8) & 0xff);
        i += octal[0].length - 1;
      } else out.push(ESCAPES[n] ?? n.charCodeAt(0));
    } else if (c === '(') {
      depth++;
      out.push(40);
    } else if (c === ')') {
      if (--depth > 0) out.push(41);
    } else out.push(c.charCodeAt(0));
  }
  return depth === 0 ? { literal: line.slice(4, i), bytes: Buffer.from(out) } : undefined;
}
