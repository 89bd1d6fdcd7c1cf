// The one date a built file carries (PDF metadata, DOCX properties and zip entries): SOURCE_DATE_EPOCH
// when given, else the guide's edition (2024, 2024-03, 2024年3月), else a fixed date. Never the clock.

export function editionDate(edition: string | undefined, sourceDateEpoch?: Date): Date {
  if (sourceDateEpoch && !Number.isNaN(sourceDateEpoch.getTime())) return sourceDateEpoch;
  const m = /(\d{4})(?:\s*[-./年]\s*(\d{1,2}))?(?:\s*[-./月]\s*(\d{1,2}))?/.exec(edition ?? '');
  if (m) return new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1));
  return new Date(Date.UTC(2000, 0, 1));
}

/** SOURCE_DATE_EPOCH (seconds) as a date, when it is a number. */
export function epochDate(sourceDateEpoch: string | undefined): Date | undefined {
  const epoch = Number(sourceDateEpoch);
  return sourceDateEpoch && Number.isFinite(epoch) ? new Date(epoch * 1000) : undefined;
}
