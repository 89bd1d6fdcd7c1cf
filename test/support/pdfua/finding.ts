// One PDF/UA finding: the Matterhorn Protocol 1.1 failure condition it is (or, for a rule the
// protocol gives no machine test, the clause it comes from), where, and what was found.
export interface UaFinding {
  /** The Matterhorn failure condition ("01-005"), or "UA1 7.1" style for a clause without one. */
  checkpoint: string;
  /** The ISO 14289-1 (PDF/UA-1) clause, as the protocol lists it. */
  clause: string;
  /** 1-based page, where the finding is on one. */
  page?: number;
  /** The object concerned (element, annotation, font), where there is one. */
  object?: number;
  message: string;
}

export type Report = (f: UaFinding) => void;

/** A BCP 47 language tag as /Lang must hold (ISO 32000-1 14.9.2.1): not empty, letters and subtags. */
export const isLanguageTag = (s: string | undefined): s is string => s !== undefined && /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/.test(s);
