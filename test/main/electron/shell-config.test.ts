import { describe, expect, it } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../../src/main/electron/constants';
import { menuTemplate } from '../../../src/main/electron/menu-template';
import { secureWebPreferences } from '../../../src/main/electron/web-preferences';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('CONTENT_SECURITY_POLICY', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);
  it('allows scripts only from the app itself', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|\*/);
  });
  it('limits images to the app and data URLs and connections to the app', () => {
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });
  it('uses unsafe-inline only for styles', () => {
    for (const [name, values] of csp) {
      if (values.includes("'unsafe-inline'")) expect(name).toBe('style-src');
    }
  });
});

describe('secureWebPreferences', () => {
  it('turns on isolation and the sandbox and turns off Node', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs', false);
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
  });
  it('allows dev tools only in development', () => {
    expect(secureWebPreferences('/p', true).devTools).toBe(true);
  });
});

const roles = (items: MenuItemConstructorOptions[] | undefined): string[] =>
  (items ?? []).flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...roles(Array.isArray(item.submenu) ? (item.submenu as MenuItemConstructorOptions[]) : undefined),
  ]);

describe('menuTemplate', () => {
  const prod = menuTemplate({ isMac: false, isDev: false, appName: 'Common Ground' });
  const dev = menuTemplate({ isMac: false, isDev: true, appName: 'Common Ground' });
  it('has the standard edit roles', () => {
    const edit = prod.find((m) => m.label === 'Edit');
    expect(roles(edit?.submenu as MenuItemConstructorOptions[])).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });
  it('offers reload and dev tools only in development', () => {
    expect(roles(prod)).not.toContain('reload');
    expect(roles(prod)).not.toContain('forceReload');
    expect(roles(prod)).not.toContain('toggleDevTools');
    expect(roles(dev)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });
  it('always has fullscreen, zoom, a window menu and about', () => {
    for (const t of [prod, dev]) {
      expect(roles(t)).toEqual(expect.arrayContaining(['togglefullscreen', 'resetZoom', 'zoomIn', 'zoomOut', 'windowMenu', 'about']));
    }
  });
  it('adds the macOS app menu only on macOS', () => {
    expect(roles(prod)).not.toContain('appMenu');
    expect(roles(menuTemplate({ isMac: true, isDev: false, appName: 'Common Ground' }))[0]).toBe('appMenu');
  });
});
