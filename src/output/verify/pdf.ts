// Checks that PDF bytes are a whole document a reader can open: header, `startxref` pointing at a
// cross-reference table whose every entry points at its object, and a trailer naming the catalogue.
// Undefined when whole, else the reason (in English: it goes into a catalogue message as data).

const latin1 = (bytes: Uint8Array, from: number, to: number) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1', from, to);

export function pdfProblem(bytes: Uint8Array): string | undefined {
  if (bytes.byteLength < 64 || latin1(bytes, 0, 5) !== '%PDF-') return 'no %PDF header';
  const tail = latin1(bytes, Math.max(0, bytes.byteLength - 1024), bytes.byteLength);
  const end = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!end) return 'no startxref and %%EOF at the end (the file was cut off)';
  const xrefAt = Number(end[1]);
  if (xrefAt >= bytes.byteLength) return 'startxref points past the end';
  const rest = latin1(bytes, xrefAt, bytes.byteLength);
  if (!rest.startsWith('xref')) return 'startxref does not point at a cross-reference table';
  const trailerAt = rest.indexOf('trailer');
  if (trailerAt < 0) return 'no trailer';
  if (!/\/Root\s+\d+\s+\d+\s+R/.test(rest.slice(trailerAt, trailerAt + 4096))) return 'the trailer names no /Root';
  return entriesProblem(bytes, rest.slice(4, trailerAt));
}

/** Every in-use entry of the table must point at `N G obj`. */
function entriesProblem(bytes: Uint8Array, table: string): string | undefined {
  const lines = table.split(/\r?\n|\r/).map((l) => l.trim()).filter((l) => l !== '');
  let number = 0;
  for (const line of lines) {
    const section = /^(\d+)\s+(\d+)$/.exec(line);
    if (section) {
      number = Number(section[1]);
      continue;
    }
    const entry = /^(\d{10})\s+(\d{5})\s+([nf])$/.exec(line);
    if (!entry) return `unreadable cross-reference entry "${line.slice(0, 40)}"`;
    if (entry[3] === 'n') {
      const offset = Number(entry[1]);
      const head = `${number} ${Number(entry[2])} obj`;
      if (latin1(bytes, offset, offset + head.length) !== head) return `object ${number} is not where the cross-reference table says`;
    }
    number++;
  }
  return undefined;
}
