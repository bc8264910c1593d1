import { defineConfig } from '@lingui/conf';

// The phone page's message catalogs (docs/i18n.md). English is the source, written in the code with
// Lingui's macros; `npx lingui extract --clean` brings the .po files up to date, translators fill in
// msgstr, and the phone's vite build compiles the catalog it imports (@lingui/vite-plugin).
export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'de', 'fr', 'es'],
  fallbackLocales: { default: 'en' },
  catalogs: [
    {
      path: '<rootDir>/src/renderer/phone/locales/{locale}',
      include: ['<rootDir>/src/renderer/phone'],
      exclude: ['**/vite.config.ts', '**/locales/**'],
    },
  ],
});
