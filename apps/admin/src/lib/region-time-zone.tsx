import { isRegionTimeZone } from '@inovda/domain';
import { createContext, useContext, type ReactNode } from 'react';
import { DEFAULT_REGION_TIME_ZONE } from './format';
import { useSession } from './use-session';

/**
 * The region's time zone (IANA), in which every date and "days left" is shown. Outside a provider, and before
 * the session has loaded, it is the default (WIB), so components also render in tests without a server.
 */
export const RegionTimeZoneContext = createContext<string>(DEFAULT_REGION_TIME_ZONE);

/** The zone of the signed-in user's region (`auth.me`); an unknown value falls back to the default. */
export function RegionTimeZoneProvider({ children }: { children: ReactNode }) {
  const { user } = useSession();
  const zone = user?.region.timeZone;
  return (
    <RegionTimeZoneContext.Provider value={isRegionTimeZone(zone) ? zone : DEFAULT_REGION_TIME_ZONE}>
      {children}
    </RegionTimeZoneContext.Provider>
  );
}

export function useRegionTimeZone(): string {
  return useContext(RegionTimeZoneContext);
}
