// A small reader of a PDF's objects, independent of the code that wrote them and of pdf.js: the
// PDF/UA checker reads dictionaries, streams and content streams as a validator would. Objects are
// found by scanning for `N G obj` (stream bodies skipped by their length), so a file whose offsets a
// test has disturbed still reads. Filters: FlateDecode only (what pdfkit and qpdf write).
import { inflateSync } from 'node:zlib';

export class Name {
  constructor(readonly name: string) {}
}

export class PdfString {
  constructor(readonly bytes: Buffer) {}
  /** Text strings: UTF-16BE after a byte-order mark, else PDFDocEncoding (read as Latin-1). */
  text(): string {
    const b = this.bytes;
    if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) {
      const swapped = Buffer.from(b.subarray(2));
      swapped.swap16();
      return swapped.toString('utf16le');
    }
    return b.toString('latin1');
  }
}

export class Ref {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

export class Dict {
  constructor(readonly entries: Map<string, PdfValue> = new Map()) {}
  get(key: string): PdfValue | undefined {
    return this.entries.get(key);
  }
  has(key: string): boolean {
    return this.entries.has(key);
  }
}

export class Stream {
  constructor(
    readonly dict: Dict,
    readonly raw: Buffer,
  ) {}
  /** The decoded bytes (FlateDecode applied; other filters left as they are). */
  data(): Buffer {
    const f = this.dict.get('Filter');
    const filters = f instanceof Name ? [f.name] : Array.isArray(f) ? f.map((x) => (x instanceof Name ? x.name : '')) : [];
    let out = this.raw;
    for (const name of filters) if (name === 'FlateDecode') out = inflateSync(out);
    return out;
  }
}

/** An operator in a content stream. */
export class Op {
  constructor(readonly op: string) {}
}

export type PdfValue = null | boolean | number | Name | PdfString | Ref | Dict | Stream | PdfValue[];

const WS = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIM = new Set('()<>[]{}/%'.split('').map((c) => c.charCodeAt(0)));

/** Reads PDF values (and, in content streams, operators) from a byte buffer. */
export class Lexer {
  pos: number;
  constructor(
    readonly buf: Buffer,
    pos = 0,
  ) {
    this.pos = pos;
  }

  skipSpace(): void {
    const b = this.buf;
    while (this.pos < b.length) {
      const c = b[this.pos];
      if (WS.has(c)) this.pos++;
      else if (c === 0x25 /* % */) while (this.pos < b.length && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++;
      else break;
    }
  }

  atEnd(): boolean {
    this.skipSpace();
    return this.pos >= this.buf.length;
  }

  private word(): string {
    const start = this.pos;
    while (this.pos < this.buf.length && !WS.has(this.buf[this.pos]) && !DELIM.has(this.buf[this.pos])) this.pos++;
    return this.buf.toString('latin1', start, this.pos);
  }

  /** The next value or operator; `R` after two integers makes a reference. */
  next(): PdfValue | Op {
    this.skipSpace();
    const b = this.buf;
    const c = b[this.pos];
    if (c === undefined) throw new Error('unexpected end of data');
    if (c === 0x2f /* / */) {
      this.pos++;
      return new Name(this.word().replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
    }
    if (c === 0x3c /* < */ && b[this.pos + 1] === 0x3c) {
      this.pos += 2;
      return this.dict();
    }
    if (c === 0x3c) return this.hexString();
    if (c === 0x28 /* ( */) return this.literalString();
    if (c === 0x5b /* [ */) {
      this.pos++;
      const arr: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (b[this.pos] === 0x5d) {
          this.pos++;
          return arr;
        }
        arr.push(this.value());
      }
    }
    if (c === 0x5d || c === 0x3e || c === 0x7b || c === 0x7d || c === 0x29) {
      this.pos++;
      return new Op(String.fromCharCode(c));
    }
    const w = this.word();
    if (w === '') throw new Error(`unexpected byte ${c} at ${this.pos}`);
    if (/^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(w)) {
      const n = Number(w);
      // A reference: two non-negative integers followed by R.
      if (/^\d+$/.test(w)) {
        const save = this.pos;
        this.skipSpace();
        const g = this.word();
        if (/^\d+$/.test(g)) {
          this.skipSpace();
          if (this.buf[this.pos] === 0x52 /* R */ && (this.pos + 1 >= b.length || WS.has(b[this.pos + 1]) || DELIM.has(b[this.pos + 1]))) {
            this.pos++;
            return new Ref(n, Number(g));
          }
        }
        this.pos = save;
      }
      return n;
    }
    if (w === 'true') return true;
    if (w === 'false') return false;
    if (w === 'null') return null;
    return new Op(w);
  }

  /** A value (an operator here is an error). */
  value(): PdfValue {
    const v = this.next();
    if (v instanceof Op) throw new Error(`unexpected \`${v.op}\` at ${this.pos}`);
    return v;
  }

  private dict(): Dict {
    const d = new Dict();
    for (;;) {
      this.skipSpace();
      if (this.buf[this.pos] === 0x3e && this.buf[this.pos + 1] === 0x3e) {
        this.pos += 2;
        return d;
      }
      const key = this.value();
      if (!(key instanceof Name)) throw new Error(`dictionary key is not a name at ${this.pos}`);
      d.entries.set(key.name, this.value());
    }
  }

  private hexString(): PdfString {
    const end = this.buf.indexOf(0x3e, this.pos);
    const hex = this.buf.toString('latin1', this.pos + 1, end).replace(/\s+/g, '');
    this.pos = end + 1;
    return new PdfString(Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex'));
  }

  private literalString(): PdfString {
    const b = this.buf;
    const out: number[] = [];
    let depth = 0;
    this.pos++;
    for (;;) {
      const c = b[this.pos++];
      if (c === undefined) break;
      if (c === 0x29 /* ) */) {
        if (depth === 0) break;
        depth--;
      } else if (c === 0x28) depth++;
      else if (c === 0x5c /* \ */) {
        const e = b[this.pos++];
        const map: Record<number, number> = { 0x6e: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12 };
        if (e in map) out.push(map[e]);
        else if (e >= 0x30 && e <= 0x37) {
          let oct = e - 0x30;
          for (let i = 0; i < 2 && b[this.pos] >= 0x30 && b[this.pos] <= 0x37; i++) oct = oct * 8 + (b[this.pos++] - 0x30);
          out.push(oct & 0xff);
        } else if (e === 0x0d) {
          if (b[this.pos] === 0x0a) this.pos++;
        } else if (e !== 0x0a) out.push(e);
        continue;
      }
      out.push(c);
    }
    return new PdfString(Buffer.from(out));
  }
}

/** The file's objects by number, and its trailer. */
export class PdfFile {
  readonly objects = new Map<number, PdfValue>();
  readonly trailer: Dict;

  constructor(bytes: Uint8Array) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const text = buf.toString('latin1');
    const header = /(\d+)\s+(\d+)\s+obj\b/g;
    let trailer: Dict | undefined;
    for (let m = header.exec(text); m; m = header.exec(text)) {
      // An object header starts a line (or the file).
      if (m.index > 0 && !WS.has(buf[m.index - 1])) continue;
      const lex = new Lexer(buf, m.index + m[0].length);
      let value: PdfValue;
      try {
        value = lex.value();
      } catch {
        continue;
      }
      lex.skipSpace();
      if (value instanceof Dict && text.startsWith('stream', lex.pos)) {
        let start = lex.pos + 6;
        if (buf[start] === 0x0d) start++;
        if (buf[start] === 0x0a) start++;
        const len = value.get('Length');
        let end = typeof len === 'number' && text.startsWith('endstream', skipWs(buf, start + len)) ? start + len : text.indexOf('endstream', start);
        if (end !== start + (typeof len === 'number' ? len : -1)) while (end > start && (buf[end - 1] === 0x0a || buf[end - 1] === 0x0d)) end--;
        value = new Stream(value, buf.subarray(start, end));
        header.lastIndex = text.indexOf('endstream', end) + 9;
      } else header.lastIndex = lex.pos;
      this.objects.set(Number(m[1]), value);
    }
    // The last trailer dictionary (or, for a cross-reference stream, its dictionary) names the catalog.
    const at = text.lastIndexOf('trailer');
    if (at >= 0) {
      try {
        const v = new Lexer(buf, at + 7).value();
        if (v instanceof Dict) trailer = v;
      } catch {
        /* no readable trailer: found below */
      }
    }
    if (!trailer) {
      for (const v of this.objects.values()) if (v instanceof Stream && isName(v.dict.get('Type'), 'XRef')) trailer = v.dict;
    }
    if (!trailer) {
      const root = [...this.objects.entries()].find(([, v]) => v instanceof Dict && isName(v.get('Type'), 'Catalog'));
      trailer = new Dict(new Map(root ? [['Root', new Ref(root[0], 0) as PdfValue]] : []));
    }
    this.trailer = trailer;
  }

  /** Follows references. */
  resolve(v: PdfValue | undefined): PdfValue | undefined {
    let seen = 0;
    while (v instanceof Ref && seen++ < 32) v = this.objects.get(v.num);
    return v;
  }

  dict(v: PdfValue | undefined): Dict | undefined {
    const r = this.resolve(v);
    return r instanceof Dict ? r : r instanceof Stream ? r.dict : undefined;
  }

  array(v: PdfValue | undefined): PdfValue[] {
    const r = this.resolve(v);
    return Array.isArray(r) ? r : r === undefined || r === null ? [] : [r];
  }

  get catalog(): Dict | undefined {
    return this.dict(this.trailer.get('Root'));
  }

  /** The pages in order, each with its object number. */
  pages(): { num: number; dict: Dict }[] {
    const out: { num: number; dict: Dict }[] = [];
    const walk = (v: PdfValue | undefined, depth: number) => {
      const d = this.dict(v);
      if (!d || depth > 64) return;
      if (isName(d.get('Type'), 'Page')) {
        if (v instanceof Ref) out.push({ num: v.num, dict: d });
        return;
      }
      for (const k of this.array(d.get('Kids'))) walk(k, depth + 1);
    };
    walk(this.catalog?.get('Pages'), 0);
    return out;
  }

  /** A number tree's entries (the parent tree). */
  numberTree(v: PdfValue | undefined): Map<number, PdfValue> {
    const out = new Map<number, PdfValue>();
    const walk = (node: PdfValue | undefined, depth: number) => {
      const d = this.dict(node);
      if (!d || depth > 32) return;
      const nums = this.array(d.get('Nums'));
      for (let i = 0; i + 1 < nums.length; i += 2) if (typeof nums[i] === 'number') out.set(nums[i] as number, nums[i + 1]);
      for (const k of this.array(d.get('Kids'))) walk(k, depth + 1);
    };
    walk(v, 0);
    return out;
  }
}

function skipWs(buf: Buffer, pos: number): number {
  while (pos < buf.length && WS.has(buf[pos])) pos++;
  return pos;
}

/**
 * A content stream's (or a CMap's) operators in order, each with the operands before it. A byte the
 * lexer cannot read is skipped. The lexer is given too: a caller may move it past inline image data.
 */
export function* operations(data: Buffer): Generator<{ op: string; operands: PdfValue[]; lex: Lexer }> {
  const lex = new Lexer(data);
  let operands: PdfValue[] = [];
  while (!lex.atEnd()) {
    let t: PdfValue | Op;
    try {
      t = lex.next();
    } catch {
      lex.pos++;
      continue;
    }
    if (!(t instanceof Op)) {
      operands.push(t);
      continue;
    }
    yield { op: t.op, operands, lex };
    operands = [];
  }
}

export const isName = (v: PdfValue | undefined, name?: string): v is Name => v instanceof Name && (name === undefined || v.name === name);

export const nameOf = (v: PdfValue | undefined): string | undefined => (v instanceof Name ? v.name : undefined);

export const textOf = (v: PdfValue | undefined): string | undefined => (v instanceof PdfString ? v.text() : undefined);
