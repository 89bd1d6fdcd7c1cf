// A callout as data: its GitHub alert type and its title. A case study is a NOTE whose title begins
// with 案例： / Case study: , so that it reads as one wherever the Markdown is shown.
import type { GuideNode, OutputLang } from '../../model/types.js';
import type { Say } from '../markdown/language.js';
import { wording } from './wording.js';

/** The five alert types GitHub documents. */
export const ALERT_TYPES = ['NOTE', 'TIP', 'IMPORTANT', 'WARNING', 'CAUTION'] as const;
export type AlertType = (typeof ALERT_TYPES)[number];

export interface CalloutView {
  alert: AlertType;
  /** The guide's kind (`tip`, `note`, `case-study`), for formats that style them apart. */
  kind: string;
  title: string;
}

const ALERT_OF: { [kind: string]: AlertType } = { tip: 'TIP', note: 'NOTE', 'case-study': 'NOTE' };

function caseStudyTitle(node: GuideNode, lang: OutputLang, say: Say): string {
  const label = (l: 'zh' | 'en', title: string) => {
    if (title === '') return wording.caseStudyAlone[l];
    return title.startsWith(wording.caseStudy[l].trim()) ? title : wording.caseStudy[l] + title;
  };
  if (lang !== 'bilingual') return label(lang, say.inline(node, 'title'));
  const [zh, en] = say.inlinePair(node, 'title');
  return en === undefined ? label('zh', zh) : `${label('zh', zh)} / ${label('en', en)}`;
}

export function calloutView(node: GuideNode, lang: OutputLang, say: Say): CalloutView {
  const kind = String(node.fields.kind ?? 'note');
  const title = kind === 'case-study' ? caseStudyTitle(node, lang, say) : say.inline(node, 'title');
  return { alert: ALERT_OF[kind] ?? 'NOTE', kind, title };
}
