// A .po catalog imported by the phone page: compiled by @lingui/vite-plugin at build time.
declare module '*.po' {
  import type { Messages } from '@lingui/core';
  export const messages: Messages;
}
