// Extracts a PDF's text with positions (pdfjs-dist, as a reader's tools would) and groups it into
// lines; page furniture marked as artifacts is kept apart from the content.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface TextLine {
  page: number; // 0-based
  /** Baseline, in PDF coordinates (from the bottom). */
  y: number;
  left: number;
  right: number;
  size: number;
  text: string;
  artifact: boolean;
  /** The structure element (tagged PDF) the line's text belongs to, on this page; its role. */
  block?: object;
  role?: string;
  /** That element's object number: the same on every page the element spans (a paragraph that
   * continues on the next page), from the PDF's parent tree. */
  element?: number;
  /** The object number of the Table element holding the line (a cell's text), if any. */
  table?: number;
}

export interface PdfText {
  pages: number;
  lines: TextLine[];
  /** Named destinations' pages (0-based), for link checks. */
  outline: { title: string; page: number }[];
}

/** Structure types that sit inside a line rather than make a block of their own. */
const INLINE = new Set(['Link', 'Span', 'Reference', 'Note']);

interface Item {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

export async function extractPdf(bytes: Uint8Array): Promise<PdfText> {
  const { elementOf, tableOf } = structureElements(bytes);
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise;
  const lines: TextLine[] = [];
  for (let p = 0; p < pdf.numPages; p++) {
    const page = await pdf.getPage(p + 1);
    const content = await page.getTextContent({ includeMarkedContent: true });
    // Marked-content ids → the block-level structure element holding them (one object per element
    // and page): text of an inline element (a Link) counts as text of its paragraph, cell or entry.
    const owner = new Map<string, { node: object; role: string }>();
    const walk = (node: { role?: string; children?: unknown[]; type?: string; id?: string }, block?: { role?: string }) => {
      if (node.type === 'content' && node.id && block) owner.set(node.id, { node: block, role: block.role ?? '' });
      const inner = node.role !== undefined && !INLINE.has(node.role) ? node : block;
      for (const c of node.children ?? []) walk(c as never, inner);
    };
    const tree = await page.getStructTree();
    if (tree) walk(tree as never);
    const stack: { artifact: boolean; id?: string }[] = [];
    const raw: (Item & { artifact: boolean; id?: string })[] = [];
    for (const it of content.items as (Item | { type: string; tag?: string; id?: string })[]) {
      if ('type' in it) {
        if (it.type === 'beginMarkedContent' || it.type === 'beginMarkedContentProps') stack.push({ artifact: it.tag === 'Artifact' || stack.some((s) => s.artifact), id: it.id ?? stack[stack.length - 1]?.id });
        else if (it.type === 'endMarkedContent') stack.pop();
        continue;
      }
      if (!it.str) continue;
      const top = stack[stack.length - 1];
      raw.push({ ...it, artifact: stack.some((s) => s.artifact), ...(top?.id ? { id: top.id } : {}) });
    }
    // One line = the items sharing a baseline, artifact status and structure element, left to right.
    const blockIds = new Map<object, number>();
    const keyOf = (it: (typeof raw)[number]) => {
      const o = it.id ? owner.get(it.id) : undefined;
      if (o && !blockIds.has(o.node)) blockIds.set(o.node, blockIds.size);
      return `${Math.round(it.transform[5] * 10)}|${it.artifact}|${o ? blockIds.get(o.node) : ''}`;
    };
    const byLine = new Map<string, (Item & { artifact: boolean; id?: string })[]>();
    for (const it of raw) {
      const key = keyOf(it);
      let list = byLine.get(key);
      if (!list) byLine.set(key, (list = []));
      list.push(it);
    }
    const pageLines: TextLine[] = [];
    for (const items of byLine.values()) {
      items.sort((a, b) => a.transform[4] - b.transform[4]);
      const text = items.map((i) => i.str).join('');
      const o = items[0].id ? owner.get(items[0].id) : undefined;
      const element = items[0].id ? elementOf(items[0].id) : undefined;
      const table = items[0].id ? tableOf(items[0].id) : undefined;
      pageLines.push({
        page: p,
        y: items[0].transform[5],
        left: items[0].transform[4],
        right: Math.max(...items.map((i) => i.transform[4] + i.width)),
        size: Math.max(...items.map((i) => Math.abs(i.transform[3]))),
        text,
        artifact: items[0].artifact,
        ...(o ? { block: o.node, role: o.role } : {}),
        ...(element !== undefined ? { element } : {}),
        ...(table !== undefined ? { table } : {}),
      });
    }
    pageLines.sort((a, b) => b.y - a.y || a.left - b.left);
    lines.push(...pageLines);
  }
  const outline: { title: string; page: number }[] = [];
  const walk = async (items: { title: string; dest: unknown; items: unknown[] }[] | null) => {
    for (const o of items ?? []) {
      const dest = (typeof o.dest === 'string' ? await pdf.getDestination(o.dest) : o.dest) as unknown[] | null;
      if (dest && dest[0]) outline.push({ title: o.title, page: await pdf.getPageIndex(dest[0] as never) });
      await walk(o.items as never);
    }
  };
  await walk((await pdf.getOutline()) as never);
  const pages = pdf.numPages;
  await pdf.destroy();
  return { pages, lines, outline };
}

/**
 * pdf.js serialises the structure tree page by page, without object identities, so an element that
 * spans two pages looks like two. The parent tree has the identities: page → marked-content id →
 * element object. Read from the objects as pdfkit writes them (plain dictionaries, no object
 * streams); a marked-content id pdf.js reports (`p26R_mc3`) → the object number of the block-level
 * element holding it (inline elements such as Link count as their parent), or undefined.
 */
function structureElements(bytes: Uint8Array): { elementOf: (mcId: string) => number | undefined; tableOf: (mcId: string) => number | undefined } {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const elements = new Map<number, { type: string; parent?: number }>();
  const pageKey = new Map<number, number>();
  let nums = '';
  for (const m of raw.matchAll(/(?:^|\n)(\d+) 0 obj\n<<\n([\s\S]*?)\n>>\n(?:endobj|stream)/g)) {
    const n = Number(m[1]);
    const dict = m[2];
    const type = /^\/S \/(\w+)$/m.exec(dict);
    const parent = /^\/P (\d+) 0 R$/m.exec(dict);
    if (type) elements.set(n, parent ? { type: type[1], parent: Number(parent[1]) } : { type: type[1] });
    const key = /^\/StructParents (\d+)$/m.exec(dict);
    if (key && /^\/Type \/Page$/m.test(dict)) pageKey.set(n, Number(key[1]));
    if (/^\/Type \/StructTreeRoot$/m.test(dict)) nums = /\/Nums \[([\s\S]*?)\n\s*\]/.exec(dict)?.[1] ?? '';
  }
  const marked = new Map<number, (number | null)[]>();
  for (const m of nums.matchAll(/^\s*(\d+) \[([^\]]*)\]$/gm)) {
    marked.set(Number(m[1]), [...m[2].matchAll(/(\d+) 0 R|null/g)].map((r) => (r[1] ? Number(r[1]) : null)));
  }
  const leaf = (mcId: string) => {
    const m = /^p(\d+)R_mc(\d+)$/.exec(mcId);
    if (!m) return undefined;
    const key = pageKey.get(Number(m[1]));
    return key === undefined ? undefined : marked.get(key)?.[Number(m[2])] ?? undefined;
  };
  const elementOf = (mcId: string) => {
    let el = leaf(mcId);
    while (el !== undefined && INLINE.has(elements.get(el)?.type ?? '')) el = elements.get(el)?.parent;
    return el;
  };
  const tableOf = (mcId: string) => {
    let el = leaf(mcId);
    while (el !== undefined && elements.get(el)?.type !== 'Table') el = elements.get(el)?.parent;
    return el;
  };
  return { elementOf, tableOf };
}
