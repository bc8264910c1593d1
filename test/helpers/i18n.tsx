import { I18nProvider } from '@lingui/react';
import type { ReactNode } from 'react';
import { loadCatalog, roomI18n, type RendererLocale } from '../../src/renderer/i18n/catalogs';

// Components speak through Lingui, which needs a provider: jsdom tests render in English by default
// (jsdom-setup.ts wraps testing-library's render), and a test of another language wraps its tree in
// `await inLocale('de')`.

/** A wrapper that renders its children in a language (its catalog loaded first). */
export async function inLocale(locale: RendererLocale): Promise<(props: { children: ReactNode }) => ReactNode> {
  await loadCatalog(locale);
  const i18n = roomI18n(locale)!;
  return function InLocale({ children }: { children: ReactNode }) {
    return <I18nProvider i18n={i18n}>{children}</I18nProvider>;
  };
}

export function English({ children }: { children: ReactNode }) {
  return <I18nProvider i18n={roomI18n('en')!}>{children}</I18nProvider>;
}
