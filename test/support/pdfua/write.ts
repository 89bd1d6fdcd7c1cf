// Writes a PdfFile's objects back as a PDF (streams uncompressed, a fresh cross-reference table):
// the PDF/UA checker's tests break a real file on purpose — drop a key, retag an element, edit a
// content stream — and check that the finding they expect comes out.
import { Dict, Name, PdfFile, PdfString, Ref, Stream, type PdfValue } from './objects.js';

export function serialise(v: PdfValue | undefined): string {
  if (v === undefined || v === null) return 'null';
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  if (v instanceof Name) return `/${v.name.replace(/[^!-~]|[#()<>[\]{}/%]/g, (c) => `#${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}`;
  if (v instanceof PdfString) return `<${v.bytes.toString('hex')}>`;
  if (v instanceof Ref) return `${v.num} ${v.gen} R`;
  if (Array.isArray(v)) return `[${v.map(serialise).join(' ')}]`;
  if (v instanceof Dict) return `<<${[...v.entries].map(([k, x]) => `${serialise(new Name(k))} ${serialise(x)}`).join(' ')}>>`;
  return serialise(v.dict);
}

export function writePdf(file: PdfFile): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0].length;
  const offsets = new Map<number, number>();
  const max = Math.max(0, ...file.objects.keys());
  for (const [num, v] of [...file.objects].sort((a, b) => a[0] - b[0])) {
    offsets.set(num, offset);
    let chunk: Buffer;
    if (v instanceof Stream) {
      const data = v.data();
      const dict = new Dict(new Map(v.dict.entries));
      dict.entries.delete('Filter');
      dict.entries.delete('DecodeParms');
      dict.entries.set('Length', data.length);
      chunk = Buffer.concat([Buffer.from(`${num} 0 obj\n${serialise(dict)}\nstream\n`, 'latin1'), data, Buffer.from('\nendstream\nendobj\n', 'latin1')]);
    } else chunk = Buffer.from(`${num} 0 obj\n${serialise(v)}\nendobj\n`, 'latin1');
    parts.push(chunk);
    offset += chunk.length;
  }
  const xref = [`xref\n0 ${max + 1}\n0000000000 65535 f \n`];
  for (let n = 1; n <= max; n++) xref.push(offsets.has(n) ? `${String(offsets.get(n)).padStart(10, '0')} 00000 n \n` : '0000000000 65535 f \n');
  const trailer = new Dict(new Map([...file.trailer.entries].filter(([k]) => ['Root', 'Info', 'Encrypt', 'ID'].includes(k))));
  trailer.entries.set('Size', max + 1);
  parts.push(Buffer.from(`${xref.join('')}trailer\n${serialise(trailer)}\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

/** Replaces a stream's data (kept uncompressed). */
export function setStreamData(file: PdfFile, num: number, data: string | Buffer): void {
  const s = file.objects.get(num);
  if (!(s instanceof Stream)) throw new Error(`object ${num} is not a stream`);
  const dict = new Dict(new Map(s.dict.entries));
  dict.entries.delete('Filter');
  file.objects.set(num, new Stream(dict, Buffer.isBuffer(data) ? data : Buffer.from(data, 'latin1')));
}

/** A new object number. */
export function addObject(file: PdfFile, v: PdfValue): Ref {
  const num = Math.max(0, ...file.objects.keys()) + 1;
  file.objects.set(num, v);
  return new Ref(num, 0);
}
