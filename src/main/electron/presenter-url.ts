import { APP_INDEX_URL } from './constants';

/** The presenter route for a workshop; null when the id is not a plausible id (1–64 chars). */
export function presenterUrl(workshopId: unknown): string | null {
  if (typeof workshopId !== 'string' || workshopId.length < 1 || workshopId.length > 64) return null;
  return `${APP_INDEX_URL}#/present/${encodeURIComponent(workshopId)}`;
}
