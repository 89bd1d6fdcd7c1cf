// The visible marks a reader sees in the output: unfilled slots and texts shown in the other language.
import type { Lang } from '../../model/types.js';

export function slotPlaceholder(todo: string, lang: Lang): string {
  return lang === 'zh' ? `【待补充：${todo}】` : `[To be completed: ${todo}]`;
}

/** Put before a text shown in `shown` because the `wanted` language is missing. */
export function fallbackMarker(wanted: Lang): string {
  return wanted === 'zh' ? '〔英文原文〕' : '[Chinese original] ';
}
