// The fixed words every format prints around the content (title page, sources, checklists, callouts).
import type { Lang } from '../../model/types.js';

export type Wording = Record<Lang, string>;

export const wording = {
  locality: { zh: '适用地区', en: 'Locality' },
  edition: { zh: '版本', en: 'Edition' },
  sources: { zh: '资料来源', en: 'Sources' },
  checklistItem: { zh: '检查项', en: 'Item' },
  answers: [
    { zh: '是', en: 'Yes' },
    { zh: '否', en: 'No' },
    { zh: '需改进', en: 'Needs improvement' },
  ],
  remarks: { zh: '备注', en: 'Remarks' },
  caseStudy: { zh: '案例：', en: 'Case study: ' },
  caseStudyAlone: { zh: '案例', en: 'Case study' },
} satisfies Record<string, Wording | Wording[]>;

/** `适用地区：湖州`, `Locality: Huzhou`. */
export function labelled(label: string, value: string, lang: 'zh' | 'en' | 'bilingual'): string {
  return lang === 'en' ? `${label}: ${value}` : `${label}：${value}`;
}
