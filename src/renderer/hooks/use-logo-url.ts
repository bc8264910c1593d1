import { useEffect } from 'react';
import type { LogoInfo } from '../../shared/branding';
import { useApp } from '../app/store-context';

/** A workshop's logo as a data: URL for an <img>, fetched once per picture (by its hash); null while there is none or it is on its way. */
export function useLogoUrl(workshopId: string | null | undefined, logo: LogoInfo | null | undefined): string | null {
  const hash = logo?.hash;
  const url = useApp((s) => (hash ? (s.logos[hash] ?? null) : null));
  const load = useApp((s) => s.loadLogo);
  useEffect(() => {
    if (workshopId && hash && !url) void load(workshopId, hash);
  }, [workshopId, hash, url, load]);
  return url;
}
