// How the exported documents write dates for people (Indonesian), beside the domain's number writing.

/** A calendar date of the profile ('2025-02-01', a day without a time) in words: '1 Februari 2025'. */
export function formatIsoDayId(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeZone: 'UTC' }).format(day);
}

/** The same day as a spreadsheet date (UTC midnight, so every zone reads the same day), or '' for none. */
export function isoDayToDate(iso: string | null | undefined): Date | '' {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : '';
}
