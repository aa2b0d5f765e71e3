/** The connected shop's active locations, read once per connection (Push Log names, the Settings select). */
import { create } from 'zustand';
import type { ShopLocation } from '../../shared/connection';
import { api, errorMessage } from '../api';

interface ShopLocationsState {
  locations: ShopLocation[] | null;
  failure: string | null;
  /** The shop they were read for: another shop means reading them again. */
  shop: string | null;
  load(shop: string): Promise<void>;
}

export const useShopLocations = create<ShopLocationsState>()((set, get) => ({
  locations: null,
  failure: null,
  shop: null,
  async load(shop) {
    if (get().shop === shop && get().locations !== null) return;
    set({ shop, failure: null });
    try {
      const locations = await api.listLocations({});
      if (get().shop === shop) set({ locations });
    } catch (error) {
      if (get().shop === shop) set({ failure: errorMessage(error) });
    }
  },
}));

/** "Main warehouse", or the id's number when the location is not (or no longer) among the shop's. */
export function locationName(locations: readonly ShopLocation[] | null, id: string): string {
  return locations?.find((l) => l.id === id)?.name ?? (id.split('/').pop() || id);
}
