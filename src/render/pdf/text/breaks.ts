// Where a line may break (L1–L3). UAX #14 (`linebreak`) decides inside non-ASCII, non-CJK text; at CJK
// boundaries the clreq rules decide, because linebreak's UAX #14 (pre-15.1) forbids breaking
// around “ ” even between Han characters.
import { isAlnum, isCjkKind, isDigit, Kind, noEnd, noStart } from './chars.js';
import { loadLineBreaker } from './cjs.js';
import type { Shaped } from './shape.js';

const HYPHENS = new Set([0x2d, 0x2010, 0x2013]);
const CURRENCY = new Set([0x24, 0xa3, 0xa5, 0x20ac, 0xffe5, 0xffe0, 0xffe1, 0x23, 0xff03]);

/** breaks[i] = 1 when a line may end before character i, 2 inside a URL (after a / or a .). */
export function breakOpportunities(s: Shaped): Uint8Array {
  const { n, cps, kinds } = s;
  const out = new Uint8Array(n + 1);
  out[n] = 1;
  let uax: Set<number> | undefined; // UTF-16 offsets, computed only when Latin hyphens need them
  for (let i = 1; i < n; i++) {
    const kp = kinds[i - 1] as Kind;
    const kc = kinds[i] as Kind;
    const cp = cps[i];
    const pp = cps[i - 1];
    if (kc === Kind.Space) continue; // break after the spaces, never before them
    if (noStart(cp) || noEnd(pp)) continue; // L1, L2
    if (kp === Kind.Space) {
      let k = i - 1;
      while (k > 0 && kinds[k] === Kind.Space) k--;
      if (!noEnd(cps[k])) out[i] = 1; // L2 across a space: 〔 3014
      continue;
    }
    if (kp === Kind.Dash && kc === Kind.Dash && pp === cp) continue; // L3: —— and ……
    if (isDigit(pp) && kc === Kind.Han) continue; // L3: 2023年, 50 元
    if (CURRENCY.has(pp) && (isDigit(cp) || kc === Kind.Latin)) continue; // L3: ￥100
    if (isCjkKind(kp) || isCjkKind(kc)) {
      out[i] = 1;
      continue;
    }
    // Latin next to Latin: a word, a number or a URL (L3). In Latin script (below U+0370: letters,
    // modifiers and combining marks are all UAX #14 AL/CM, unbreakable) only a hyphen between
    // letters may end a line (UAX #14 LB21/LB25, decided here so linebreak's tables need not load);
    // letters of other scripts ask linebreak, outside URLs; symbols stick to their neighbours.
    if ((pp === 0x2f || pp === 0x2e) && cp !== 0x2f && isAlnum(cp) && isUrlAround(s, i)) {
      out[i] = 2; // inside a URL: after a / or a . (at a cost)
    } else if (pp < 0x370 && cp < 0x370) {
      if (HYPHENS.has(pp) && i >= 2 && isLetter(cps[i - 2]) && isLetter(cp) && !isUrlAround(s, i)) out[i] = 1;
    } else if ((LETTER.test(String.fromCodePoint(pp)) || LETTER.test(String.fromCodePoint(cp))) && !isUrlAround(s, i)) {
      uax ??= uaxBreaks(s.text);
      if (uax.has(s.offsets[i])) out[i] = 1;
    }
  }
  return out;
}

const LETTER = /\p{L}/u;
const isLetter = (cp: number) => (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a) || (cp >= 0xc0 && cp < 0x370 && cp !== 0xd7 && cp !== 0xf7);

function uaxBreaks(text: string): Set<number> {
  const LineBreaker = loadLineBreaker();
  const breaker = new LineBreaker(text);
  const set = new Set<number>();
  for (let b = breaker.nextBreak(); b; b = breaker.nextBreak()) set.add(b.position);
  return set;
}

/** Is character i inside a run that looks like a URL or an e-mail address (L3)? */
function isUrlAround(s: Shaped, i: number): boolean {
  let a = i;
  while (a > 0 && s.kinds[a - 1] === Kind.Latin) a--;
  let b = i;
  while (b < s.n && s.kinds[b] === Kind.Latin) b++;
  const word = s.text.slice(s.offsets[a], b < s.n ? s.offsets[b] : undefined);
  return /:\/\/|^www\.|@|\//.test(word);
}
