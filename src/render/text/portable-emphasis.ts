// Places `*`/`_` emphasis delimiters so every CommonMark renderer reads them as the writer meant.
// Writers (and our PDF, through markdown-it-cjk-friendly) pair delimiters by the CJK-friendly rules;
// plain CommonMark does not take `**普遍适用。**无论` as bold, because a closer after punctuation must be
// followed by whitespace or punctuation. So the pairs are found by the CJK-friendly rules, and where a
// delimiter run of a pair fails plain CommonMark's flanking rules, the punctuation inside it moves
// outside (`**普遍适用**。无论`, `“**强调**”`): bold punctuation looks the same, and the text is unchanged.

type Cls = 'ws' | 'punct' | 'symbol' | 'other';

interface Unit {
  text: string;
  cls: Cls;
  /** The class of its first and last character, where they differ (atoms). */
  first?: Cls;
  last?: Cls;
  /** Punctuation a delimiter may step over: a character, an escape or an entity; never markup. */
  movable: boolean;
  run?: Run;
}

interface Run {
  ch: '*' | '_';
  length: number;
  remaining: number;
  canOpen: boolean;
  canClose: boolean;
  opened: number;
  closed: number;
  dead: boolean;
  /** The runs it was paired with. */
  partners: Run[];
}

const WS = /^[\t\n\f\r\p{Zs}]$/u;
const PUNCT = /^\p{P}$/u;
const SYMBOL = /^\p{S}$/u;
// CJK characters of the CJK-friendly amendment (East Asian Width W, F or H; Hangul), approximated by block.
const CJK = /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Bopomofo}\u2E80-\u2FFF\u3000-\u303F\u31C0-\u31EF\u3200-\u33FF\uFE10-\uFE1F\uFE30-\uFE4F\uFF01-\uFF60\uFFE0-\uFFE6]$/u;
const ASCII_PUNCT = /^[!-/:-@[-`{-~]$/;
/** Characters a delimiter never steps over: they may be Markdown syntax. */
const MARKUP = new Set(['*', '_', '[', ']', '!', '`', '\\', '<', '>', '&', '(', ')', '|', '~', '#']);

// Characters repeat: each one's class is found once (four Unicode property tests).
const classes = new Map<string, Cls>();

function classOf(ch: string): Cls {
  let cls = classes.get(ch);
  if (cls === undefined) {
    cls = WS.test(ch) ? 'ws' : PUNCT.test(ch) || ASCII_PUNCT.test(ch) ? 'punct' : SYMBOL.test(ch) ? 'symbol' : 'other';
    classes.set(ch, cls);
  }
  return cls;
}

// Sticky: each is tried at one offset of the text (`lastIndex`), without copying the rest of it.
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const AUTOLINK = /<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)>/y;
const LINK_TAIL = /\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/y;

function matchAt(pattern: RegExp, text: string, offset: number): string | undefined {
  pattern.lastIndex = offset;
  return pattern.exec(text)?.[0];
}

/** Splits one inline scope into characters, delimiter runs and atoms (code spans, escapes, entities, autolinks). */
function unitsOf(text: string): Unit[] {
  const units: Unit[] = [];
  const chars = Array.from(text);
  let i = 0;
  /** The offset in `text` of `chars[i]` (a character outside the BMP is two code units). */
  let at = 0;
  const take = (unit: Unit, count: number, length: number) => {
    units.push(unit);
    i += count;
    at += length;
  };
  while (i < chars.length) {
    const ch = chars[i];
    if (ch === '*' || ch === '_') {
      let n = 1;
      while (chars[i + n] === ch) n++;
      take({ text: ch.repeat(n), cls: 'punct', movable: false, run: { ch, length: n, remaining: n, canOpen: false, canClose: false, opened: 0, closed: 0, dead: false, partners: [] } }, n, n);
      continue;
    }
    if (ch === '\\' && chars[i + 1] !== undefined && ASCII_PUNCT.test(chars[i + 1])) {
      take({ text: ch + chars[i + 1], cls: 'punct', movable: true }, 2, 2);
      continue;
    }
    if (ch === '`') {
      let n = 1;
      while (chars[i + n] === '`') n++;
      const fence = '`'.repeat(n);
      const tail = text.slice(at + n);
      const close = new RegExp(`(?<!\`)${fence}(?!\`)`).exec(tail);
      if (close) {
        const span = fence + tail.slice(0, close.index + n);
        take({ text: span, cls: 'punct', movable: false }, Array.from(span).length, span.length);
        continue;
      }
      take({ text: fence, cls: 'punct', movable: false }, n, n);
      continue;
    }
    if (ch === '&' || ch === '<' || ch === ']') {
      const m = matchAt(ch === '&' ? ENTITY : ch === '<' ? AUTOLINK : LINK_TAIL, text, at);
      if (m) {
        take({ text: m, cls: 'punct', movable: ch === '&' }, Array.from(m).length, m.length);
        continue;
      }
    }
    const cls = classOf(ch);
    const before = units[units.length - 1];
    // Letters and ideographs in a row are one unit: only their outer characters ever touch a delimiter,
    // and none of them moves. (Only plain characters are of class `other`: atoms are punctuation.)
    if (cls === 'other' && before?.cls === 'other') {
      before.text += ch;
      i++;
      at += ch.length;
      continue;
    }
    take({ text: ch, cls, movable: (cls === 'punct' || cls === 'symbol') && !MARKUP.has(ch) }, 1, ch.length);
  }
  return units;
}

const edge = (u: Unit | undefined, side: 'first' | 'last'): Cls => (u ? (u[side] ?? u.cls) : 'ws');
const cjk = new Map<string, boolean>();
const isCjk = (u: Unit | undefined, side: 'first' | 'last'): boolean => {
  if (!u) return false;
  const ch = side === 'first' ? firstChar(u.text) : lastChar(u.text);
  let is = cjk.get(ch);
  if (is === undefined) cjk.set(ch, (is = CJK.test(ch)));
  return is;
};
/** The first and last character (code point) of a text, without splitting all of it. */
const firstChar = (text: string): string => String.fromCodePoint(text.codePointAt(0)!);
function lastChar(text: string): string {
  const low = text.charCodeAt(text.length - 1);
  const pair = text.length > 1 && low >= 0xdc00 && low <= 0xdfff && (text.charCodeAt(text.length - 2) & 0xfc00) === 0xd800;
  return text.slice(pair ? -2 : -1);
}
const punctLike = (c: Cls) => c === 'punct' || c === 'symbol';
/** Punctuation outside the CJK set (the amendment's "non-CJK punctuation"). */
const nonCjkPunct = (u: Unit | undefined, side: 'first' | 'last') => punctLike(edge(u, side)) && !isCjk(u, side);

/** Flanking by the CJK-friendly amendment: how the writer (and our PDF) pairs the delimiters. */
function flankIntended(units: Unit[], k: number): { left: boolean; right: boolean } {
  const before = units[k - 1];
  const after = units[k + 1];
  const b = edge(before, 'last');
  const a = edge(after, 'first');
  const left = a !== 'ws' && (!nonCjkPunct(after, 'first') || b === 'ws' || nonCjkPunct(before, 'last') || isCjk(before, 'last'));
  const right = b !== 'ws' && (!nonCjkPunct(before, 'last') || a === 'ws' || nonCjkPunct(after, 'first') || isCjk(after, 'first'));
  return { left, right };
}

/** CommonMark's "process emphasis", on the intended flanking: which runs open and close how much. */
function pairRuns(units: Unit[]): void {
  const runs: Run[] = [];
  units.forEach((u, k) => {
    if (!u.run) return;
    const { left, right } = flankIntended(units, k);
    const r = u.run;
    const punctBefore = punctLike(edge(units[k - 1], 'last'));
    const punctAfter = punctLike(edge(units[k + 1], 'first'));
    r.canOpen = r.ch === '*' ? left : left && (!right || punctBefore);
    r.canClose = r.ch === '*' ? right : right && (!left || punctAfter);
    runs.push(r);
  });
  for (let c = 0; c < runs.length; c++) {
    const closer = runs[c];
    while (closer.canClose && !closer.dead && closer.remaining > 0) {
      let o = c - 1;
      for (; o >= 0; o--) {
        const opener = runs[o];
        if (opener.dead || !opener.canOpen || opener.remaining === 0 || opener.ch !== closer.ch) continue;
        const odd = (closer.canOpen || opener.canClose) && (opener.length + closer.length) % 3 === 0 && !(opener.length % 3 === 0 && closer.length % 3 === 0);
        if (!odd) break;
      }
      if (o < 0) break;
      const opener = runs[o];
      const use = opener.remaining >= 2 && closer.remaining >= 2 ? 2 : 1;
      opener.remaining -= use;
      opener.opened += use;
      closer.remaining -= use;
      closer.closed += use;
      opener.partners.push(closer);
      closer.partners.push(opener);
      for (let k = o + 1; k < c; k++) runs[k].dead = true;
    }
  }
}

/** Whether the delimiter at `k` flanks as it must in every CommonMark renderer (Unicode punctuation with or without symbols). */
function needsMove(units: Unit[], k: number, role: 'open' | 'close'): boolean {
  if (role === 'close') {
    const inner = edge(units[k - 1], 'last');
    const outer = edge(units[k + 1], 'first');
    return punctLike(inner) && outer !== 'ws' && outer !== 'punct';
  }
  const inner = edge(units[k + 1], 'first');
  const outer = edge(units[k - 1], 'last');
  return punctLike(inner) && outer !== 'ws' && outer !== 'punct';
}

/** Moves the punctuation next to each pure opener or closer outside it. */
function placeDelimiters(units: Unit[]): void {
  for (const run of units.filter((u) => u.run).map((u) => u.run!)) {
    const role = roleOf(run);
    if (!role) continue;
    let k = units.findIndex((u) => u.run === run);
    const step = role === 'close' ? -1 : 1;
    while (needsMove(units, k, role)) {
      const inner = units[k + step];
      const beyond = units[k + 2 * step];
      // The punctuation must be plain, and something must stay inside the emphasis.
      if (!inner.movable || !beyond || beyond.run) break;
      units[k + step] = units[k];
      units[k] = inner;
      k += step;
    }
  }
}

const roleOf = (run: Run): 'open' | 'close' | undefined =>
  run.opened === run.length && run.closed === 0 ? 'open' : run.closed === run.length && run.opened === 0 ? 'close' : undefined;

const BRACKETS: Record<string, string> = { '（': '）', '《': '》', '“': '”', '‘': '’', '「': '」', '『': '』', '【': '】', '〔': '〕', '〈': '〉', '〖': '〗', '［': '］', '｛': '｝' };

/** A bracket whose partner was moved out of the emphasis follows it out: `**（注）**说明` → `（**注**）说明`. */
function balanceBrackets(units: Unit[]): void {
  for (const run of units.filter((u) => u.run).map((u) => u.run!)) {
    if (roleOf(run) !== 'open' || run.partners.length !== 1 || roleOf(run.partners[0]) !== 'close' || run.partners[0].partners.length !== 1) continue;
    let o = units.findIndex((u) => u.run === run);
    let c = units.findIndex((u) => u.run === run.partners[0]);
    for (;;) {
      const first = units[o + 1];
      const last = units[c - 1];
      if (c - o > 2 && first.movable && BRACKETS[first.text] && units[c + 1]?.text === BRACKETS[first.text]) {
        units[o + 1] = units[o];
        units[o++] = first;
      } else if (c - o > 2 && last.movable && units[o - 1] && BRACKETS[units[o - 1].text] === last.text) {
        units[c - 1] = units[c];
        units[c--] = last;
      } else break;
    }
  }
}

/** CommonMark's flanking with or without symbols counted as punctuation (renderers differ: 0.30 vs 0.31). */
function flanksEverywhere(units: Unit[], k: number, role: 'open' | 'close'): boolean {
  return [false, true].every((symbols) => {
    const p = (c: Cls) => c === 'punct' || (symbols && c === 'symbol');
    const b = edge(units[k - 1], 'last');
    const a = edge(units[k + 1], 'first');
    if (role === 'open') return a !== 'ws' && (!p(a) || b === 'ws' || p(b));
    return b !== 'ws' && (!p(b) || a === 'ws' || p(a));
  });
}

/** Runs of a pair that still fail plain CommonMark's flanking rules. */
function countUnportable(units: Unit[]): number {
  let n = 0;
  units.forEach((u, k) => {
    const r = u.run;
    if (!r || (r.opened === 0 && r.closed === 0)) return;
    if ((r.opened > 0 && !flanksEverywhere(units, k, 'open')) || (r.closed > 0 && !flanksEverywhere(units, k, 'close'))) n++;
  });
  return n;
}

/** One inline scope (a paragraph, a heading, a list item's line run). */
function portableScope(text: string): { text: string; unfixed: number } {
  if (!text.includes('*') && !text.includes('_')) return { text, unfixed: 0 };
  const units = unitsOf(text);
  if (!units.some((u) => u.run)) return { text, unfixed: 0 };
  pairRuns(units);
  placeDelimiters(units);
  balanceBrackets(units);
  return { text: units.map((u) => u.text).join(''), unfixed: countUnportable(units) };
}

// Block prefixes that start an inline scope of their own: list markers, block quotes, headings.
const BLOCK_PREFIX = /^( {0,3}(?:>[ \t]?)*(?:[-+*][ \t]+|\d{1,9}[.)][ \t]+|#{1,6}[ \t]+)?)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The Markdown text with every emphasis pair placed for plain CommonMark, and how many pairs could not
 * be (a delimiter next to markup such as a code span or link: the writer rephrases).
 */
export function portableEmphasis(markdown: string): { text: string; unfixed: number } {
  if (!markdown.includes('*') && !markdown.includes('_')) return { text: markdown, unfixed: 0 };
  const lines = markdown.split('\n');
  const out: string[] = [];
  let unfixed = 0;
  let fence: string | undefined;
  let scope: { prefixes: string[]; bodies: string[] } | undefined;
  const flush = () => {
    if (!scope) return;
    const placed = portableScope(scope.bodies.join('\n'));
    unfixed += placed.unfixed;
    placed.text.split('\n').forEach((body, i) => out.push(scope!.prefixes[i] + body));
    scope = undefined;
  };
  for (const line of lines) {
    const opener = FENCE.exec(line);
    if (fence || opener || line.trim() === '') {
      flush();
      if (fence && opener && opener[1][0] === fence[0] && opener[1].length >= fence.length) fence = undefined;
      else if (!fence && opener) fence = opener[1];
      out.push(line);
      continue;
    }
    const prefix = BLOCK_PREFIX.exec(line)![1];
    // A list marker or heading starts a new scope; a quote marker alone continues the paragraph.
    if (/[-+*#\d]/.test(prefix)) flush();
    scope ??= { prefixes: [], bodies: [] };
    scope.prefixes.push(prefix);
    scope.bodies.push(line.slice(prefix.length));
  }
  flush();
  return { text: out.join('\n'), unfixed };
}
