import { i18n } from '@lingui/core';
import { I18nProvider } from '@lingui/react';
import type { ReactNode } from 'react';

/**
 * The facilitator's screens speak the interface language: Lingui's global instance, activated
 * before the first render (main.tsx) and switched by the app bar's language menu
 * (interface-language.ts). A switch draws everything under it again in the new language.
 */
export function InterfaceI18n({ children }: { children: ReactNode }) {
  return <I18nProvider i18n={i18n}>{children}</I18nProvider>;
}
