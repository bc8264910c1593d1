import { I18nProvider } from '@lingui/react';
import { useEffect, useState, type ReactNode } from 'react';
import { loadCatalog, roomI18n, type RendererLocale } from './catalogs';

/**
 * Everything inside speaks the workshop's language, whatever the facilitator's interface language is:
 * wrap the projector, the in-room pages and the console's projector thumbnail in it. Renders nothing
 * for the moment a language's catalog takes to load the first time (never English, which is in the bundle).
 */
export function RoomI18n({ locale, children }: { locale: RendererLocale; children: ReactNode }) {
  const [, setLoaded] = useState<RendererLocale | null>(null);
  const i18n = roomI18n(locale);
  useEffect(() => {
    if (i18n) return;
    let live = true;
    void loadCatalog(locale).then(() => live && setLoaded(locale));
    return () => {
      live = false;
    };
  }, [i18n, locale]);
  return i18n ? <I18nProvider i18n={i18n}>{children}</I18nProvider> : null;
}
