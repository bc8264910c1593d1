import { defineConfig } from '@lingui/conf';
import { formatter } from '@lingui/format-po';

// Message catalogs (docs/i18n.md). English is the source, written in the code with Lingui's macros;
// `npm run i18n:extract` brings the .po files up to date, translators fill in msgstr, and vite (the
// app's and the phone's builds, vitest) compiles a catalog when it is imported (@lingui/vite-plugin);
// scripts run with tsx do the same through scripts/lingui-hooks.mjs.
//
// Two catalogs:
// - phone: what a participant's phone says (its own screens and the activities' Participant views);
//   kept small, because the phone page has a bundle budget and fetches one language.
// - app: everything else, the facilitator's screens, the projector, the report, the server's
//   messages and the exports. Node and the renderer load the same compiled catalog.
//
// "pseudo" is a pseudo-locale (accented, 40 % longer, bracketed): the layout checks run in it so
// longer German and French words cannot clip unseen. It is generated, never translated.
/** The kit's views that phones show: in the phone catalog too (each also in the app catalog, for the in-room page). */
const PHONE_KIT = [
  'answers.tsx',
  'CardNoteForm.tsx',
  'compose-focus.tsx',
  'dnd.ts',
  'DraggableCard.tsx',
  'OneCardReview.tsx',
  'OneCardSort.tsx',
  'one-card-model.ts',
  'SaveFeedback.tsx',
  'sort-mode.tsx',
];

export default defineConfig({
  sourceLocale: 'en',
  locales: ['en', 'de', 'fr', 'es', 'pseudo'],
  pseudoLocale: { locale: 'pseudo', prepend: '⟦', append: '⟧', extend: 0.4 },
  fallbackLocales: { default: 'en' },
  // No source lines in the catalogs: they would change with every edit and make merges conflict.
  format: formatter({ origins: false }),
  orderBy: 'message',
  catalogs: [
    {
      path: '<rootDir>/src/renderer/phone/locales/{locale}',
      include: [
        '<rootDir>/src/renderer/phone',
        '<rootDir>/src/activities/*/Participant*.tsx',
        '<rootDir>/src/activities/*/phone/**',
        // Shared with the in-room page.
        '<rootDir>/src/renderer/components/run/RosterPicker.tsx',
        '<rootDir>/src/renderer/components/run/PrivacyLine.tsx',
        '<rootDir>/src/shared/team-words.ts',
        // The shared kit's parts that phones show (test/renderer/phone-bundle.test.ts checks every module of the
        // phone's bundle that speaks through Lingui is listed here, so a phone never shows a message id).
        ...PHONE_KIT.map((file) => `<rootDir>/src/activities/kit/views/${file}`),
      ],
      exclude: ['**/vite.config.ts', '**/locales/**', '**/*.test.*'],
    },
    {
      path: '<rootDir>/src/shared/locales/{locale}',
      include: ['<rootDir>/src/renderer', '<rootDir>/src/ui', '<rootDir>/src/activities', '<rootDir>/src/shared', '<rootDir>/src/main'],
      exclude: ['<rootDir>/src/renderer/phone', '**/locales/**', '**/*.test.*', '**/vite.config.ts'],
    },
  ],
});
