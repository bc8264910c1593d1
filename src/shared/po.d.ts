// A .po catalog: compiled when imported, by @lingui/vite-plugin (vite builds, vitest) or scripts/lingui-hooks.mjs (tsx scripts).
declare module '*.po' {
  import type { Messages } from '@lingui/core';
  export const messages: Messages;
}
