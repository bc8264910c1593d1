import { cleanup } from '@testing-library/react';
import type * as TestingLibrary from '@testing-library/react';
import { activateLocale } from '../../src/renderer/phone/i18n';
import { afterEach, vi } from 'vitest';

// Every component speaks through Lingui: render in English unless a test passes its own wrapper
// (test/helpers/i18n.tsx has `inLocale('de')`).
vi.mock('@testing-library/react', async (importOriginal) => {
  const actual = await importOriginal<typeof TestingLibrary>();
  const { English } = await import('./i18n');
  return {
    ...actual,
    render: ((ui: Parameters<typeof actual.render>[0], options?: Parameters<typeof actual.render>[1]) =>
      actual.render(ui, { wrapper: English, ...options })) as typeof actual.render,
    renderHook: ((hook: Parameters<typeof actual.renderHook>[0], options?: Parameters<typeof actual.renderHook>[1]) =>
      actual.renderHook(hook, { wrapper: English, ...options })) as typeof actual.renderHook,
  };
});

// The phone's pages start in English (in the built page main.tsx fetches the catalog before the first render).
await activateLocale('en');

// What jsdom lacks and the app touches.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};
if (!('ResizeObserver' in window)) {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
  window.location.hash = '';
});
