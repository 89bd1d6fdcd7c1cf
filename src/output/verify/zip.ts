// Checks that bytes are a whole zip (DOCX, XLSX: Office Open XML packages) holding the named parts:
// the end-of-central-directory record, a central directory where it says, and each part listed in it.
// Enough to know a reader can open the package; the parts' XML is the writer library's business.

export function zipProblem(bytes: Uint8Array, parts: readonly string[]): string | undefined {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length < 22 || b.readUInt32LE(0) !== 0x04034b50) return 'not a zip file';
  // The end record is in the last 22 + 65,535 bytes (its comment is at most that long).
  let end = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return 'no end of central directory (the file was cut off)';
  const count = b.readUInt16LE(end + 10);
  const size = b.readUInt32LE(end + 12);
  let at = b.readUInt32LE(end + 16);
  if (at + size > end) return 'the central directory lies outside the file';
  const names = new Set<string>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || b.readUInt32LE(at) !== 0x02014b50) return `central directory entry ${n + 1} is damaged`;
    const nameLength = b.readUInt16LE(at + 28);
    const extra = b.readUInt16LE(at + 30);
    const comment = b.readUInt16LE(at + 32);
    const local = b.readUInt32LE(at + 42);
    if (local + 4 > b.length || b.readUInt32LE(local) !== 0x04034b50) return `entry ${n + 1} points at no local header`;
    names.add(b.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extra + comment;
  }
  const missing = parts.find((p) => !names.has(p));
  return missing ? `no part ${missing}` : undefined;
}
