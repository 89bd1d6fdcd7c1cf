// Turns the content of an XLIFF source or target back into Markdown: each inline code becomes the source
// syntax it stands for; a target that drops, adds, renames or unpairs a code is a problem.
import type { SourceRef } from '../model/types.js';
import { mayDrop, shownCode, type Code } from './inline.js';
import type { ReadElement, ReadNode } from './read-xliff.js';
import { badCharacter } from './check-characters.js';

export interface CodeProblem {
  rule: 'xliff-code-missing' | 'xliff-code-added' | 'xliff-code-changed' | 'xliff-code-unpaired' | 'xliff-inline-unknown' | 'xliff-typed-braces' | 'xliff-bad-character';
  code: string;
  at: SourceRef;
}

export interface Resolved {
  markdown: string;
  problems: CodeProblem[];
}

/**
 * `codes`: the codes of the current en, by id. For a target every code must be one of them, once; the
 * syntax comes from them. For a source (`ownSyntax`), a code's own disp/equiv are used where present, so a
 * changed variable shows as a changed source.
 */
export function resolveCodes(nodes: readonly ReadNode[], codes: ReadonlyMap<string, Code>, at: SourceRef, ownSyntax = false): Resolved {
  const problems: CodeProblem[] = [];
  const uses = new Map<string, number>();
  /** Ranges of the Markdown that codes put there: `{{` inside them is not typed by the translator. */
  const inserted: [number, number][] = [];
  const open: { id: string; code?: Code; at: SourceRef }[] = [];
  let out = '';
  const problem = (rule: CodeProblem['rule'], code: string, where: SourceRef) => problems.push({ rule, code, at: where });
  const insert = (s: string) => {
    inserted.push([out.length, out.length + s.length]);
    out += s;
  };
  const lookup = (el: ReadElement, kind: Code['kind'], id = el.attrs.id ?? ''): Code | undefined => {
    const code = codes.get(id);
    const shown = el.attrs.disp ?? el.attrs.equiv ?? (el.attrs.dispStart !== undefined ? `${el.attrs.dispStart}…${el.attrs.dispEnd ?? ''}` : `<${el.name} id="${id}">`);
    if (!code) {
      problem('xliff-code-added', shown, el.at);
      return undefined;
    }
    uses.set(id, (uses.get(id) ?? 0) + 1);
    if (code.kind !== kind || !sameSyntax(el, code)) problem('xliff-code-changed', `${shownCode(code)} → ${shown}`, el.at);
    return code;
  };
  const walk = (list: readonly ReadNode[]) => {
    for (const n of list) {
      if (typeof n === 'string') {
        out += n;
        continue;
      }
      switch (n.name) {
        case 'ph': {
          const code = lookup(n, 'ph');
          const own = ownSyntax ? (n.attrs.equiv ?? n.attrs.disp) : undefined;
          insert(own ?? (code?.kind === 'ph' ? code.original : ''));
          break;
        }
        case 'pc': {
          const code = lookup(n, 'pc');
          const pc = code?.kind === 'pc' ? code : undefined;
          insert((ownSyntax ? (n.attrs.equivStart ?? n.attrs.dispStart) : undefined) ?? pc?.start ?? '');
          walk(n.children);
          insert((ownSyntax ? (n.attrs.equivEnd ?? n.attrs.dispEnd) : undefined) ?? pc?.end ?? '');
          break;
        }
        case 'sc': {
          if (n.attrs.isolated === 'yes') problem('xliff-code-unpaired', `<sc id="${n.attrs.id ?? ''}">`, n.at);
          const code = lookup(n, 'pc');
          const pc = code?.kind === 'pc' ? code : undefined;
          open.push({ id: n.attrs.id ?? '', ...(pc ? { code: pc } : {}), at: n.at });
          insert((ownSyntax ? (n.attrs.equivStart ?? n.attrs.dispStart) : undefined) ?? pc?.start ?? '');
          break;
        }
        case 'ec': {
          const ref = n.attrs.startRef;
          const top = open[open.length - 1];
          if (n.attrs.isolated === 'yes' || ref === undefined || !top || top.id !== ref) {
            problem('xliff-code-unpaired', `<ec startRef="${ref ?? ''}">`, n.at);
            break;
          }
          open.pop();
          const pc = top.code?.kind === 'pc' ? top.code : undefined;
          insert((ownSyntax ? (n.attrs.equivEnd ?? n.attrs.dispEnd) : undefined) ?? pc?.end ?? '');
          break;
        }
        // Annotations (terms, comments a CAT tool marks) hold text of the unit: keep the text.
        case 'mrk':
          walk(n.children);
          break;
        case 'sm':
        case 'em':
          break;
        case 'cp': {
          const cp = Number.parseInt(n.attrs.hex ?? '', 16);
          const ch = Number.isFinite(cp) && cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\u0000';
          const bad = badCharacter(ch);
          if (bad) problem('xliff-bad-character', bad, n.at);
          else out += ch;
          break;
        }
        default:
          problem('xliff-inline-unknown', `<${n.name}>`, n.at);
      }
    }
  };
  walk(nodes);
  for (const o of open) problem('xliff-code-unpaired', `<sc id="${o.id}">`, o.at);
  if (!ownSyntax) {
    for (const [id, code] of codes) {
      const n = uses.get(id) ?? 0;
      if (n === 0 && !mayDrop(code)) problem('xliff-code-missing', shownCode(code), at);
      else if (n > 1) problem('xliff-code-added', shownCode(code), at);
    }
    if (typedBraces(out, inserted)) problem('xliff-typed-braces', '{{ }}', at);
  }
  return { markdown: out, problems };
}

/**
 * A code's disp/equiv, where the file still has them, must show what the source's code stands for; an
 * empty one (some tools blank the plain-text equivalent of formatting) says nothing.
 */
function sameSyntax(el: ReadElement, code: Code): boolean {
  const a = el.attrs;
  const shows = (values: (string | undefined)[], want: string) => values.every((v) => !v || v === want);
  if (code.kind === 'ph') return shows([a.disp, a.equiv], code.original);
  return shows([a.dispStart, a.equivStart], code.start) && shows([a.dispEnd, a.equivEnd], code.end);
}

/** `{{` or `}}` the translator typed (not put there by a code) would become a Handlebars expression. */
function typedBraces(text: string, inserted: [number, number][]): boolean {
  const inside = (i: number) => inserted.some(([s, e]) => i >= s && i + 2 <= e);
  for (const pair of ['{{', '}}']) {
    for (let i = text.indexOf(pair); i >= 0; i = text.indexOf(pair, i + 1)) if (!inside(i)) return true;
  }
  return false;
}
