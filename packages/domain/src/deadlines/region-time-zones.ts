/**
 * Indonesia's three time zones, west to east, with the abbreviation people use and the UTC offset in hours
 * (none of them observes daylight saving time). A region's deadlines are counted in one of these.
 */
export const REGION_TIME_ZONES = [
  { zone: 'Asia/Jakarta', abbreviation: 'WIB', utcOffsetHours: 7 },
  { zone: 'Asia/Makassar', abbreviation: 'WITA', utcOffsetHours: 8 },
  { zone: 'Asia/Jayapura', abbreviation: 'WIT', utcOffsetHours: 9 },
] as const;

export type TRegionTimeZone = (typeof REGION_TIME_ZONES)[number]['zone'];

/** The IANA names alone, for enums and selects. */
export const REGION_TIME_ZONE_NAMES: readonly TRegionTimeZone[] = REGION_TIME_ZONES.map((z) => z.zone);

/** True for one of Indonesia's three zones (`Asia/Makassar`), false for any other text. */
export function isRegionTimeZone(value: unknown): value is TRegionTimeZone {
  return typeof value === 'string' && (REGION_TIME_ZONE_NAMES as readonly string[]).includes(value);
}
