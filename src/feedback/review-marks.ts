// Walks a DOCX body and its comments part (saxes) and says, per bookmark, what the reviewers did: the text of each
// field bookmark before and after their tracked changes, and each comment with its anchor and the bookmarks around it.
import { SaxesParser, type SaxesTagNS } from 'saxes';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface FieldText {
  /** The bookmark's name (`ag_…`). */
  bookmark: string;
  /** Paragraphs apart by a blank line, as Markdown writes them. */
  original: string;
  proposed: string;
  /** Whether a tracked change touched it; who made them and when (the latest). */
  changed: boolean;
  authors: string[];
  date?: string;
  /** Where its first tracked change is in word/document.xml. */
  line: number;
  col: number;
}

export interface CommentMark {
  id: string;
  author?: string;
  date?: string;
  text: string;
  /** The text it is anchored to. */
  quote: string;
  /** Names of the bookmarks open at both ends of its anchor, outermost first; undefined: no anchor in the body. */
  around?: string[];
  line: number;
  col: number;
}

/** A problem of the body: a tracked change across two bookmarked texts, or outside any, or XML that does not parse. */
export interface MarkProblem {
  kind: 'spans-fields' | 'outside-fields' | 'malformed';
  part: string;
  line: number;
  col: number;
  detail?: string;
}

export interface ReviewMarks {
  fields: Map<string, FieldText>;
  comments: CommentMark[];
  problems: MarkProblem[];
}

/**
 * `isField(name)`: whether a bookmark is a field bookmark of the map (text goes to the innermost open one);
 * other bookmarks (nodes, Word's own `_GoBack`, `_Toc…`) only count as anchors around comments.
 */
export function readReviewMarks(documentXml: string, commentsXml: string | undefined, isField: (name: string) => boolean, isOurs: (name: string) => boolean): ReviewMarks {
  const marks: ReviewMarks = { fields: new Map(), comments: [], problems: [] };
  const commentTexts = commentsXml ? readComments(commentsXml, marks.problems) : new Map<string, { author?: string; date?: string; text: string }>();
  const parser = new SaxesParser({ xmlns: true, position: true });
  const names = new Map<string, string>();
  /** Open bookmarks, in the order they started (ours only). */
  const open: string[] = [];
  /** Per comment: the bookmarks open around all of its anchored text (at its start, narrowed at each text), its quote. */
  const anchors = new Map<string, { around?: string[]; quote: string; open: boolean; line: number; col: number }>();
  let change: { kind: 'ins' | 'del'; author?: string; date?: string; field?: string; line: number; col: number } | undefined;
  let inText: 'text' | 'delText' | undefined;
  let inParagraphProps = 0;
  let paragraphMark: 'ins' | 'del' | undefined;
  /** Per field bookmark, a paragraph break still to add before its next text (original, proposed). */
  const pendingBreak = new Map<string, [boolean, boolean]>();
  let endedInParagraph = false;

  const field = (): string | undefined => {
    for (let i = open.length - 1; i >= 0; i--) if (isField(open[i])) return open[i];
    return undefined;
  };
  const textOf = (name: string): FieldText => {
    let t = marks.fields.get(name);
    if (!t) marks.fields.set(name, (t = { bookmark: name, original: '', proposed: '', changed: false, authors: [], line: 0, col: 0 }));
    return t;
  };
  const problem = (kind: MarkProblem['kind'], detail?: string) => {
    if (!marks.problems.some((p) => p.kind === kind && p.line === parser.line)) marks.problems.push({ kind, part: 'word/document.xml', line: parser.line, col: parser.column, ...(detail ? { detail } : {}) });
  };
  const addText = (text: string) => {
    const name = field();
    const inOriginal = change?.kind !== 'ins';
    const inProposed = change?.kind !== 'del';
    for (const a of anchors.values()) {
      if (!a.open) continue;
      a.quote += text;
      // A writer may close a bookmark just before the comment's end (LibreOffice does): what counts is the text inside.
      a.around = a.around?.filter((n) => open.includes(n));
    }
    if (!name) {
      if (change) problem('outside-fields');
      return;
    }
    if (change) {
      if (change.field !== undefined && change.field !== name) problem('spans-fields');
      change.field = name;
    }
    const t = textOf(name);
    const pending = pendingBreak.get(name);
    if (pending) {
      if (pending[0] && t.original !== '') t.original += '\n\n';
      if (pending[1] && t.proposed !== '') t.proposed += '\n\n';
      pendingBreak.delete(name);
    }
    if (inOriginal) t.original += text;
    if (inProposed) t.proposed += text;
    if (change) {
      if (!t.changed) [t.line, t.col] = [change.line, change.col];
      t.changed = true;
      if (change.author && !t.authors.includes(change.author)) t.authors.push(change.author);
      if (change.date && (!t.date || change.date > t.date)) t.date = change.date;
    }
  };
  const attr = (tag: SaxesTagNS, local: string) => tag.attributes[`w:${local}`]?.value ?? Object.values(tag.attributes).find((a) => a.local === local && a.uri === W)?.value;

  parser.on('error', (e) => problem('malformed', e.message));
  parser.on('opentag', (tag) => {
    if (tag.uri !== W) return;
    switch (tag.local) {
      case 'p':
        paragraphMark = undefined;
        endedInParagraph = false;
        return;
      case 'pPr':
        inParagraphProps++;
        return;
      case 'bookmarkStart': {
        const name = attr(tag, 'name') ?? '';
        const id = attr(tag, 'id') ?? '';
        if (!isOurs(name)) return;
        names.set(id, name);
        if (change && isField(name)) problem('spans-fields');
        open.push(name);
        return;
      }
      case 'bookmarkEnd': {
        const name = names.get(attr(tag, 'id') ?? '');
        if (!name) return;
        if (change && isField(name)) problem('spans-fields');
        const at = open.lastIndexOf(name);
        if (at >= 0) open.splice(at, 1);
        if (isField(name)) endedInParagraph = true;
        return;
      }
      case 'ins':
      case 'del':
      case 'moveTo':
      case 'moveFrom': {
        const kind = tag.local === 'ins' || tag.local === 'moveTo' ? 'ins' : 'del';
        // Inside a paragraph's properties, w:ins / w:del mark the paragraph mark itself as inserted or deleted.
        if (inParagraphProps > 0) {
          paragraphMark = kind;
          return;
        }
        change = { kind, author: attr(tag, 'author'), date: attr(tag, 'date'), line: parser.line, col: parser.column };
        return;
      }
      case 't':
        inText = 'text';
        return;
      case 'delText':
        inText = 'delText';
        return;
      case 'tab':
        if (inParagraphProps === 0) addText('\t');
        return;
      case 'br':
      case 'cr':
        addText('\n');
        return;
      case 'commentRangeStart': {
        const id = attr(tag, 'id') ?? '';
        anchors.set(id, { around: [...open], quote: '', open: true, line: parser.line, col: parser.column });
        return;
      }
      case 'commentRangeEnd': {
        const a = anchors.get(attr(tag, 'id') ?? '');
        if (a) a.open = false;
        return;
      }
      case 'commentReference': {
        const id = attr(tag, 'id') ?? '';
        // A comment on a point (no range): anchored where its reference is.
        if (!anchors.has(id)) anchors.set(id, { around: [...open], quote: '', open: false, line: parser.line, col: parser.column });
        return;
      }
    }
  });
  parser.on('text', (text) => {
    if (inText === 'text' && change?.kind !== 'del') addText(text);
    else if (inText === 'delText' || (inText === 'text' && change?.kind === 'del')) addText(text);
  });
  parser.on('closetag', (tag) => {
    if (tag.uri !== W) return;
    switch (tag.local) {
      case 'pPr':
        inParagraphProps--;
        return;
      case 't':
      case 'delText':
        inText = undefined;
        return;
      case 'ins':
      case 'del':
      case 'moveTo':
      case 'moveFrom':
        if (inParagraphProps === 0) change = undefined;
        return;
      case 'p': {
        // Two texts joined by deleting the mark between them: a change across two bookmarked texts.
        if (paragraphMark === 'del' && endedInParagraph) problem('spans-fields', 'a deleted paragraph mark');
        const name = field();
        if (name) {
          const [o, p] = pendingBreak.get(name) ?? [false, false];
          pendingBreak.set(name, [o || paragraphMark !== 'ins', p || paragraphMark !== 'del']);
          if (paragraphMark) {
            const t = textOf(name);
            t.changed = true;
          }
        }
        return;
      }
    }
  });
  try {
    parser.write(documentXml).close();
  } catch (e) {
    problem('malformed', e instanceof Error ? e.message : String(e));
  }

  for (const [id, c] of commentTexts) {
    const a = anchors.get(id);
    const around = a?.around;
    marks.comments.push({ id, ...(c.author ? { author: c.author } : {}), ...(c.date ? { date: c.date } : {}), text: c.text, quote: a?.quote.trim() ?? '', ...(around ? { around } : {}), line: a?.line ?? 0, col: a?.col ?? 0 });
  }
  return marks;
}

function readComments(xml: string, problems: MarkProblem[]): Map<string, { author?: string; date?: string; text: string }> {
  const out = new Map<string, { author?: string; date?: string; text: string }>();
  const parser = new SaxesParser({ xmlns: true, position: true });
  let current: { id: string; author?: string; date?: string; paragraphs: string[] } | undefined;
  let inText = false;
  parser.on('error', (e) => problems.push({ kind: 'malformed', part: 'word/comments.xml', line: parser.line, col: parser.column, detail: e.message }));
  parser.on('opentag', (tag) => {
    if (tag.uri !== W) return;
    const attr = (local: string) => Object.values(tag.attributes).find((a) => a.local === local && a.uri === W)?.value;
    if (tag.local === 'comment') current = { id: attr('id') ?? '', author: attr('author'), date: attr('date'), paragraphs: [] };
    else if (tag.local === 'p' && current) current.paragraphs.push('');
    else if (tag.local === 't') inText = true;
  });
  parser.on('text', (text) => {
    if (inText && current && current.paragraphs.length > 0) current.paragraphs[current.paragraphs.length - 1] += text;
  });
  parser.on('closetag', (tag) => {
    if (tag.uri !== W) return;
    if (tag.local === 't') inText = false;
    if (tag.local === 'comment' && current) {
      out.set(current.id, { ...(current.author ? { author: current.author } : {}), ...(current.date ? { date: current.date } : {}), text: current.paragraphs.join('\n').trim() });
      current = undefined;
    }
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    problems.push({ kind: 'malformed', part: 'word/comments.xml', line: parser.line, col: parser.column, detail: e instanceof Error ? e.message : String(e) });
  }
  return out;
}
