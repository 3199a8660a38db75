import { REGION_TIME_ZONE_NAMES, REGION_TIME_ZONES, type TRegionTimeZone } from '@inovda/domain';
import { z } from 'zod';

/** Messages are keys of the `admin` namespace; the form translates them where they are shown. */
export const ZRegionForm = z.object({
  name: z.string().trim().min(2, 'form.tooShort').max(200, 'form.tooLong'),
  timeZone: z.enum(REGION_TIME_ZONE_NAMES as [TRegionTimeZone, ...TRegionTimeZone[]], {
    error: 'form.required',
  }),
});
export type TRegionForm = z.infer<typeof ZRegionForm>;

/** The select's options: 'WIB — Asia/Jakarta (UTC+7)', west to east. */
export function listTimeZoneOptions(): { value: TRegionTimeZone; label: string }[] {
  return REGION_TIME_ZONES.map(({ zone, abbreviation, utcOffsetHours }) => ({
    value: zone,
    label: `${abbreviation} — ${zone} (UTC+${utcOffsetHours})`,
  }));
}

/** 'WIB', 'WITA', 'WIT' for Indonesia's zones; any other name as it is. */
export function zoneAbbreviation(zone: string): string {
  return REGION_TIME_ZONES.find((z) => z.zone === zone)?.abbreviation ?? zone;
}

/** Only what changed, so an unchanged form saves nothing (the server then writes no audit row either). */
export function toRegionUpdate(
  values: TRegionForm,
  current: { name: string; timeZone: string; version: number },
): { version: number; name?: string; timeZone?: TRegionTimeZone } {
  return {
    version: current.version,
    ...(values.name.trim() === current.name ? {} : { name: values.name.trim() }),
    ...(values.timeZone === current.timeZone ? {} : { timeZone: values.timeZone }),
  };
}
