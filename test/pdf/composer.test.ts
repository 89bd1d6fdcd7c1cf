// The line composer, rule by rule (TYPOGRAPHY.md), on measured lines without a PDF.
import { describe, expect, it } from 'vitest';
import { compose, lineText, type Composed } from '../../src/render/pdf/text/compose.js';
import { faceFor } from '../../src/render/pdf/text/fonts.js';
import { corpusParagraphs } from '../support/corpus.js';
import { defaultTheme } from '../support/render.js';

const theme = await defaultTheme();
const face = faceFor(theme.fonts.regular);
const style = { face, color: '#000000' };
const SIZE = 10;
const set = (text: string, measure: number, justify = true, firstIndent = 0): Composed =>
  compose([{ text, style }], { size: SIZE, measure, justify, firstIndent, onMissing: () => undefined });
const texts = (c: Composed) => c.lines.map((l) => lineText(c, l));
const L1 = [...'、，。．；：！？”’）］｝】》〉」』〕〗·‧％'];
const L2 = [...'“‘（［｛【《〈「『〔〖'];
const paragraphs = corpusParagraphs(false);
const MEASURES = [97, 150.5, 203, 333.3];

describe('line breaking', () => {
  for (const measure of MEASURES) {
    it(`L1/L2/L3: no prohibited line start or end, no split ——/…… at ${measure} pt`, () => {
      for (const p of paragraphs) {
        const lines = texts(set(p, measure));
        lines.forEach((t, k) => {
          expect(L1, `line starts with a no-start mark: ${t}`).not.toContain(t[0]);
          if (k < lines.length - 1) expect(L2, `line ends with a no-end mark: ${t}`).not.toContain(t[t.length - 1]);
          if (k > 0) {
            const prev = lines[k - 1];
            expect(prev.endsWith('—') && t.startsWith('—')).toBe(false);
            expect(prev.endsWith('…') && t.startsWith('…')).toBe(false);
          }
        });
      }
    });
  }

  it('L3: numbers with their unit or sign and Latin words stay whole; URLs break only after / or .', () => {
    const text = '经费增长50%以后，补贴￥100元，自2023年起实行，详见https://www.ilo.org/apprenticeship网站和Quality Apprenticeship工具包。'.repeat(3);
    for (let m = 60; m < 300; m += 7) {
      const c = set(text, m);
      const lines = texts(c);
      lines.forEach((t, k) => {
        const next = lines[k + 1] ?? '';
        if (c.lines[k].forced || c.lines[k + 1]?.forced) return; // L4: a word longer than the line
        const joint = t.slice(-1) + next.slice(0, 1);
        expect(['0%', '￥1', '3年'].includes(joint), `split ${joint} at ${m}`).toBe(false);
        const atSpace = c.lines[k + 1] && c.shaped.cps[c.lines[k + 1].start - 1] === 0x20;
        // Inside the URL a line may end after a / or a . (and before a letter or digit), nowhere else.
        const url = /https:\/\/[\w./-]+/g;
        const at = c.lines[k + 1] ? c.shaped.offsets[c.lines[k + 1].start] : -1;
        const inUrl = [...c.shaped.text.matchAll(url)].some((u) => at > u.index && at < u.index + u[0].length);
        if (inUrl) expect(/[/.]$/.test(t) && /^[A-Za-z0-9]/.test(next), `URL split at ${m}: ${t} | ${next}`).toBe(true);
        else expect(!atSpace && /[A-Za-z0-9/.:]$/.test(t) && /^[A-Za-z0-9/.:]/.test(next), `word split at ${m}: ${t} | ${next}`).toBe(false);
      });
    }
  });

  it('UAX #14 (linebreak) decides inside other scripts; a hyphen between letters may end a line', () => {
    const cyr = set('северо-западный северо-западный северо-западный', 60, false);
    expect(texts(cyr)).toContain('северо-');
    const en = set('a well-known, well-documented approach', 50, false);
    expect(texts(en).some((t) => t.endsWith('-'))).toBe(true);
    expect(texts(set('see https://a-b.example.org/x-y now', 40, false)).some((t) => /-$/.test(t))).toBe(false);
  });

  it('L4: a 5,000-character word is cut between characters, every line within the measure', () => {
    const c = set('x'.repeat(5000), 200);
    expect(c.lines.length).toBeGreaterThan(10);
    expect(c.lines.every((l) => l.right <= 200.01)).toBe(true);
    expect(c.lines.some((l) => l.forced)).toBe(true);
    expect(texts(c).join('')).toBe('x'.repeat(5000));
  });
});

describe('spacing and punctuation', () => {
  it('P1: two adjacent full-width marks take 1.5 em', () => {
    const c = set('他说：“好。”（注）', 500, false);
    const i = c.shaped.text.indexOf('。');
    const xs = c.lines[0].xs;
    expect(xs[i + 1] - xs[i]).toBeCloseTo(SIZE / 2, 3); // 。” : the full stop's blank half taken
    const j = c.shaped.text.indexOf('：');
    expect(xs[j + 1] - xs[j]).toBeCloseTo(SIZE / 2, 3); // ：“
  });

  it('P2: a full-width mark at the line end is set half-width, flush with the measure', () => {
    // 7 Han characters and a comma in an 7.5 em measure: fits only with the comma half-width.
    const c = set('一二三四五六七，八九十', 75);
    expect(lineText(c, c.lines[0])).toBe('一二三四五六七，');
    expect(c.lines[0].right).toBeCloseTo(75, 3);
  });

  it('S1: a ¼ em gap between Han and Latin letters or digits, none beside punctuation', () => {
    const c = set('使用W3C标准（W3C）', 500, false);
    const xs = c.lines[0].xs;
    const t = c.shaped.text;
    const w = t.indexOf('W');
    expect(xs[w] - (xs[w - 1] + SIZE)).toBeCloseTo(SIZE / 4, 3);
    const han = t.indexOf('标');
    expect(xs[han] - xs[han - 1] - face.advance(0x43) * SIZE).toBeCloseTo(SIZE / 4, 3);
    const paren = t.indexOf('（') + 1;
    expect(xs[paren] - xs[paren - 1]).toBeCloseTo(SIZE, 3); // （W: no gap
  });
});

describe('justification and paragraphs', () => {
  for (const measure of MEASURES) {
    it(`J1: every line but the last ends exactly at the measure (${measure} pt)`, () => {
      for (const p of paragraphs) {
        const c = set(p, measure, true, 2 * SIZE);
        c.lines.slice(0, -1).forEach((l, k) => expect(Math.abs(l.right - (k === 0 ? measure - 2 * SIZE : measure))).toBeLessThan(0.01));
      }
    });
  }

  it('J1: never stretches inside a Latin word or a number, spaces stretch before Han gaps', () => {
    const c = set('这是一个关于Apprenticeship和2024年计划的很长的句子，用来测试两端对齐时的字距分配是否正确合理。', 180);
    for (const l of c.lines.slice(0, -1)) {
      for (let i = l.start + 1; i < l.end; i++) {
        const a = c.shaped.cps[i - 1];
        const b = c.shaped.cps[i];
        const latin = (cp: number) => (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x7a);
        // The natural advance and the font's kerning of the pair, nothing more.
        if (latin(a) && latin(b)) expect(l.xs[i - l.start] - l.xs[i - 1 - l.start]).toBeCloseTo(c.shaped.adv[i - 1] + c.shaped.gap[i], 6);
      }
    }
  });

  it('G2: no single Han character alone on a paragraph\'s last line', () => {
    // 21 characters in a 10 em measure would leave one alone on the third line.
    const c = set('一二三四五六七八九十一二三四五六七八九十终', 100);
    const last = texts(c).at(-1)!;
    expect([...last.replace(/[。，]/g, '')].length).toBeGreaterThan(1);
    const withStop = set('一二三四五六七八九十一二三四五六七八九十终。', 100);
    expect([...texts(withStop).at(-1)!.replace(/[。，]/g, '')].length).toBeGreaterThan(1);
  });
});
