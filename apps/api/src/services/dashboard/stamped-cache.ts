// Per-process caches of region aggregates, each entry tagged with the region's stamp (region-stamp.ts). A hit
// costs one indexed count on the audit log and is served only when the region is unchanged, so replicas
// sharing one database never serve each other's stale data. Bounded (LRU); one cache per database client.
import type { PrismaClient } from '@inovda/db';
import { LRUCache } from 'lru-cache';
import { isRegionStampCurrent, readRegionStamp, type RegionStamp } from './region-stamp.ts';

/**
 * Entries per cache. An entry is one period's aggregate of one region (about 20 KB for 60 units; the rule pack
 * is shared), so at most about 20 MB. A Pemda needs a handful; 1,024 also holds the national benchmark's 546
 * regions, which a smaller LRU would evict in rotation before their next request.
 */
const STAMPED_CACHE_MAX = 1024;

interface Entry<T> {
  stamp: RegionStamp;
  value: T;
}

export class StampedCache<T extends object> {
  private readonly entries = new LRUCache<string, Entry<T>>({ max: STAMPED_CACHE_MAX });

  /**
   * The value for `key` of `regionId`: the cached one while the region is unchanged, else `load()` (stored
   * when it resolves). `key` must contain everything the value depends on besides the region's data (the
   * period, the caller's scope, options); `load` must throw for callers who may not see it.
   */
  async get(prisma: PrismaClient, regionId: string, key: string, load: () => Promise<T>): Promise<T> {
    const fullKey = `${regionId}\u0000${key}`;
    const hit = this.entries.get(fullKey);
    if (hit && (await isRegionStampCurrent(prisma, regionId, hit.stamp))) return hit.value;
    const stamp = await readRegionStamp(prisma, regionId);
    const value = await load();
    this.entries.set(fullKey, { stamp, value });
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** One StampedCache per database client (tests with several databases in one process never share entries). */
export function createStampedCaches<T extends object>(): (prisma: PrismaClient) => StampedCache<T> {
  const caches = new WeakMap<PrismaClient, StampedCache<T>>();
  return (prisma) => {
    let cache = caches.get(prisma);
    if (!cache) caches.set(prisma, (cache = new StampedCache<T>()));
    return cache;
  };
}
