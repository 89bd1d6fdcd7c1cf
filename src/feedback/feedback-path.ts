// Where a locality keeps its feedback: one YAML file per guide.
import type { LocalityKind } from '../model/types.js';

/** `guides/cities/huzhou/feedback/core-skills.yaml`. */
export function feedbackPath(kind: LocalityKind, locality: string, guide: string): string {
  return `${feedbackFolder(kind, locality)}${guide}.yaml`;
}

/** `guides/cities/huzhou/feedback/`. */
export function feedbackFolder(kind: LocalityKind, locality: string): string {
  return `guides/${kind === 'city' ? 'cities' : 'sectors'}/${locality}/feedback/`;
}
