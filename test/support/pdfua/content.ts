// Walks a page's content (and the form XObjects it draws) as a PDF/UA validator does: what is
// painted — text with its character codes and font, paths, images, shadings — and which marked
// content (tags with their MCID or properties, artifacts) is open around each piece.
import { readFont, type FontInfo } from './fonts.js';
import { Dict, Name, PdfFile, PdfString, Ref, Stream, isName, nameOf, operations, type PdfValue } from './objects.js';

export interface Marked {
  tag: string;
  mcid?: number;
  props?: Dict;
}

export interface Painted {
  kind: 'text' | 'path' | 'image' | 'shading' | 'inline-image';
  /** Page index, 0-based. */
  page: number;
  /** Marked content open around it, outermost first. */
  stack: Marked[];
  /** The StructParents key its MCIDs belong to (the page's, or a form's own). */
  owner: number | undefined;
  font?: FontInfo;
  codes?: number[];
  /** Text render mode 3 (neither filled nor stroked). */
  invisible?: boolean;
}

export interface McidUse {
  page: number;
  owner: number | undefined;
  mcid: number;
}

export interface PageContent {
  painted: Painted[];
  mcids: McidUse[];
  /** Marked content opened inside the wrong kind: an artifact inside tagged content, or the reverse. */
  nesting: { page: number; inner: 'artifact' | 'tagged'; tag: string }[];
  /** Form XObjects drawn: object number → times drawn, and whether they hold MCIDs. */
  forms: Map<number, { uses: number; mcids: boolean }>;
  /** Reference XObjects (a form with /Ref). */
  references: number[];
}

const PAINT = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const SHOW = new Set(['Tj', 'TJ', "'", '"']);

export function walkContent(file: PdfFile, pageIndex: number, page: Dict, fonts: Map<Dict, FontInfo>, out: PageContent): void {
  const pageKey = page.get('StructParents');
  const walk = (data: Buffer, resources: Dict | undefined, stack: Marked[], owner: number | undefined, depth: number) => {
    const state: { font?: FontInfo; render: number }[] = [{ render: 0 }];
    const font = (name: string): FontInfo | undefined => {
      const dict = file.dict(file.dict(resources?.get('Font'))?.get(name));
      if (!dict) return undefined;
      let f = fonts.get(dict);
      if (!f) fonts.set(dict, (f = readFont(file, dict)));
      return f;
    };
    const inArtifact = () => stack.some((m) => m.tag === 'Artifact');
    const inTagged = () => stack.some((m) => m.mcid !== undefined);
    const paint = (kind: Painted['kind'], extra: Partial<Painted> = {}) => out.painted.push({ kind, page: pageIndex, stack: [...stack], owner, ...extra });
    for (const { op, operands, lex } of operations(data)) {
      const top = state[state.length - 1];
      if (op === 'BDC' || op === 'BMC') {
        const tag = nameOf(operands[0] as PdfValue) ?? '';
        const p = operands[1];
        const props = p instanceof Dict ? p : p instanceof Name ? file.dict(file.dict(resources?.get('Properties'))?.get(p.name)) : undefined;
        const mcid = props?.get('MCID');
        const marked: Marked = { tag, ...(typeof mcid === 'number' ? { mcid } : {}), ...(props ? { props } : {}) };
        if (tag === 'Artifact' && inTagged()) out.nesting.push({ page: pageIndex, inner: 'artifact', tag });
        if (marked.mcid !== undefined && inArtifact()) out.nesting.push({ page: pageIndex, inner: 'tagged', tag });
        if (marked.mcid !== undefined) out.mcids.push({ page: pageIndex, owner, mcid: marked.mcid });
        stack.push(marked);
      } else if (op === 'EMC') stack.pop();
      else if (op === 'q') state.push({ ...top });
      else if (op === 'Q') {
        if (state.length > 1) state.pop();
      } else if (op === 'Tf') {
        const f = font(nameOf(operands[0] as PdfValue) ?? '');
        if (f) top.font = f;
        else delete top.font;
      } else if (op === 'Tr') top.render = Number(operands[0]) || 0;
      else if (SHOW.has(op)) {
        const strings = (op === 'TJ' ? (operands[0] as PdfValue[]) ?? [] : [operands[operands.length - 1]]).filter((s): s is PdfString => s instanceof PdfString);
        const codes: number[] = [];
        const width = top.font?.bytesPerCode ?? 1;
        for (const s of strings) for (let i = 0; i + width <= s.bytes.length; i += width) codes.push(width === 2 ? s.bytes.readUInt16BE(i) : s.bytes[i]);
        paint('text', { codes, ...(top.font ? { font: top.font } : {}), invisible: top.render === 3 });
      } else if (PAINT.has(op)) paint('path');
      else if (op === 'sh') paint('shading');
      else if (op === 'BI') {
        // An inline image: its data runs from ID to EI.
        const end = lex.buf.indexOf('EI', lex.buf.indexOf('ID', lex.pos) + 3);
        lex.pos = end < 0 ? lex.buf.length : end + 2;
        paint('inline-image');
      } else if (op === 'Do') {
        const ref = file.dict(resources?.get('XObject'))?.get(nameOf(operands[0] as PdfValue) ?? '');
        const x = file.resolve(ref);
        if (x instanceof Stream && isName(x.dict.get('Subtype'), 'Image')) paint('image');
        else if (x instanceof Stream && isName(x.dict.get('Subtype'), 'Form') && depth < 8) {
          const num = ref instanceof Ref ? ref.num : -1;
          if (x.dict.has('Ref')) out.references.push(num);
          const before = out.mcids.length;
          const formKey = x.dict.get('StructParents');
          walk(x.data(), file.dict(x.dict.get('Resources')) ?? resources, stack, typeof formKey === 'number' ? formKey : owner, depth + 1);
          const use = out.forms.get(num) ?? { uses: 0, mcids: false };
          use.uses++;
          use.mcids ||= out.mcids.length > before;
          out.forms.set(num, use);
        }
      }
    }
  };
  const contents = file.array(page.get('Contents')).map((c) => file.resolve(c)).filter((s): s is Stream => s instanceof Stream);
  const data = Buffer.concat(contents.flatMap((s) => [s.data(), Buffer.from('\n')]));
  walk(data, file.dict(page.get('Resources')), [], typeof pageKey === 'number' ? pageKey : undefined, 0);
}
