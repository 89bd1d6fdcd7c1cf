// What `{{locality.*}}`, `{{city.*}}`, `{{sector.*}}` and `{{vars.*}}` mean for one adapted guide.
import { isSlot, slotDescription, type Json, type Lang, type Profile } from '../../model/types.js';
import type { AdaptedGuide } from '../../localise/types.js';
import { fallbackMarker, slotPlaceholder } from './markers.js';

/**
 * The locality of the international variant. Its `bureau` is generic wording (not a guess at a
 * local fact), so international texts can say "contact {{locality.bureau}}" and read right everywhere.
 */
export const INTERNATIONAL_LOCALITY: { [key: string]: Json } = {
  id: 'international',
  name: { zh: '国际通用版', en: 'International edition' },
  full_name: { zh: '国际通用版', en: 'International edition' },
  adapter: { zh: '优质学徒制培训与终身学习项目', en: 'the Quality Apprenticeship and Lifelong Learning project' },
  bureau: { zh: '当地人力资源和社会保障部门', en: 'the local human resources and social security bureau' },
};

export type VariableContext = { [key: string]: Json };

function profileData(profile: Profile): { [key: string]: Json } {
  // A profile without its own adapter is adapted within the project, as the international edition is.
  return { id: profile.id, adapter: INTERNATIONAL_LOCALITY.adapter, ...profile.data, name: profile.name as Json };
}

/**
 * The raw context, slots and bilingual texts untouched: `locality` is the city if there is one,
 * else the last sector given, else the international edition; `sector` is the last sector given.
 */
export function rawContext(adapted: AdaptedGuide): VariableContext {
  const profiles = adapted.layers.flatMap((layer) => (layer.profile ? [layer.profile] : []));
  const city = profiles.find((p) => p.kind === 'city');
  const sector = profiles.filter((p) => p.kind === 'sector').at(-1);
  const locality = city ?? sector;
  const vars: { [name: string]: Json } = {};
  for (const [name, resolved] of Object.entries(adapted.vars)) vars[name] = resolved.value;
  const context: VariableContext = { locality: locality ? profileData(locality) : INTERNATIONAL_LOCALITY, vars };
  if (city) context.city = profileData(city);
  if (sector) context.sector = profileData(sector);
  return context;
}

function isBilingual(value: { [key: string]: Json }): boolean {
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => k === 'en' || k === 'zh' || k === 'reviewed') && (typeof value.en === 'string' || typeof value.zh === 'string');
}

/** The context as texts in `lang` see it: bilingual values pick the language, slots become placeholders. */
export function contextIn(value: Json, lang: Lang): Json {
  if (Array.isArray(value)) return value.map((v) => contextIn(v, lang));
  if (typeof value !== 'object' || value === null) return value;
  if (isSlot(value)) return slotPlaceholder(slotDescription(value.todo, lang), lang);
  if (isBilingual(value)) {
    const other: Lang = lang === 'zh' ? 'en' : 'zh';
    // A value in one language only reads in the other with the same mark as an untranslated text.
    return typeof value[lang] === 'string' ? (value[lang] as string) : fallbackMarker(lang) + (value[other] as string);
  }
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(value)) out[k] = contextIn(v, lang);
  return out;
}
