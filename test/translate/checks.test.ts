// Fingerprints, staleness and glossary checks: the small pure parts of the translator workflow.
import { describe, expect, it } from 'vitest';
import type { Glossary } from '../../src/model/types.js';
import { fingerprint } from '../../src/translate/fingerprint.js';
import { checkGlossary } from '../../src/translate/glossary-check.js';
import { overrideState, translationState } from '../../src/translate/staleness.js';

describe('fingerprint', () => {
  it('is 8 hex digits of the sha256 of the text', () => {
    // sha256("Introduction") starts with b605350b.
    expect(fingerprint('Introduction')).toBe('b605350b');
  });
  it('ignores re-wrapping and line endings, not words', () => {
    expect(fingerprint('one two\nthree\n')).toBe(fingerprint('one  two three'));
    expect(fingerprint('one\r\ntwo')).toBe(fingerprint('one\ntwo'));
    expect(fingerprint('one two')).not.toBe(fingerprint('one three'));
    expect(fingerprint('**one**')).not.toBe(fingerprint('one'));
  });
});

describe('translationState', () => {
  const fp = fingerprint('Hello');
  it('tells missing, unreviewed, stale and reviewed apart', () => {
    expect(translationState('Hello', undefined, undefined)).toBe('missing');
    expect(translationState('Hello', '  ', fp)).toBe('missing');
    expect(translationState('Hello', '你好', undefined)).toBe('unreviewed');
    expect(translationState('Hello!', '你好', fp)).toBe('stale');
    expect(translationState('Hello', '你好', fp)).toBe('reviewed');
  });
  it('judges an override by the international en it was based on', () => {
    expect(overrideState('Hello', undefined)).toBe('unreviewed');
    expect(overrideState('Hello', fp)).toBe('reviewed');
    expect(overrideState('Hello again', fp)).toBe('stale');
    expect(overrideState(undefined, undefined)).toBe('reviewed');
  });
});

describe('checkGlossary', () => {
  const at = { file: 'guides/glossary.yaml', line: 1, col: 1 };
  const glossary: Glossary = {
    file: 'guides/glossary.yaml',
    terms: [
      { id: 'apprenticeship', en: 'apprenticeship', zh: '学徒制', forbidden: ['学徒制度'], at },
      { id: 'quality-apprenticeship', en: 'quality apprenticeship', zh: '优质学徒制', forbidden: ['高质量学徒制'], at },
      { id: 'on-the-job', en: 'on-the-job training', zh: '在岗培训', forbidden: [], at },
      { id: 'mentor', en: 'enterprise mentor', zh: '企业导师', forbidden: [], accepted: ['师傅'], at },
    ],
  };
  const rules = (en: string | undefined, zh: string) => checkGlossary(glossary, en, zh).map((f) => `${f.rule}:${f.term.id}`);

  it('finds an en term whose zh lacks the preferred term, plural and case aside', () => {
    expect(rules('Apprenticeships work.', '学徒很好。')).toEqual(['glossary-term:apprenticeship']);
    expect(rules('On-the-job training matters.', '在岗培训很重要。')).toEqual([]);
  });
  it('checks the longest term first and does not report the shorter one inside it', () => {
    expect(rules('A quality apprenticeship.', '优质学徒制。')).toEqual([]);
    expect(rules('A quality apprenticeship.', '好的学徒制。')).toEqual(['glossary-term:quality-apprenticeship']);
  });
  it('does not match a term inside another word', () => {
    expect(rules('Preapprenticeship', '预备')).toEqual([]);
  });
  it('finds a forbidden zh variant even when it contains the preferred term', () => {
    expect(rules('apprenticeship', '学徒制度')).toEqual(['glossary-forbidden:apprenticeship']);
    expect(rules(undefined, '高质量学徒制')).toEqual(['glossary-forbidden:quality-apprenticeship']);
  });
  it('accepts the other renderings a term lists, and a zh that is the en on purpose', () => {
    expect(rules('An enterprise mentor helps.', '师傅带徒弟。')).toEqual([]);
    expect(rules('An enterprise mentor helps.', '老师带徒弟。')).toEqual(['glossary-term:mentor']);
    expect(rules('enterprise mentor', 'enterprise mentor')).toEqual([]);
  });
  it('says nothing without a glossary or a zh', () => {
    expect(checkGlossary(undefined, 'apprenticeship', '学徒')).toEqual([]);
    expect(checkGlossary(glossary, 'apprenticeship', undefined)).toEqual([]);
  });
});
