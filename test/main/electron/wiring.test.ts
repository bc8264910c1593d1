// The Electron-facing modules, with 'electron' replaced by a fake: checks that
// the handlers are wired to the pure decisions. The real electron package is
// never loaded.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => {
  type Handler = (...args: never[]) => unknown;
  const state = {
    ipcHandlers: new Map<string, Handler>(),
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    appListeners: new Map<string, Handler>(),
    permissionRequest: null as null | Handler,
    permissionCheck: null as null | Handler,
    windows: [] as unknown[],
    openExternal: vi.fn(async (_url: string) => {}),
  };
  return state;
});

vi.mock('electron', () => ({
  app: { on: (name: string, fn: never) => fake.appListeners.set(name, fn) },
  shell: { openExternal: fake.openExternal },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (fn: never) => (fake.permissionRequest = fn),
      setPermissionCheckHandler: (fn: never) => (fake.permissionCheck = fn),
    },
  },
  ipcMain: {
    handle: (channel: string, fn: never) => fake.ipcHandlers.set(channel, fn),
    removeHandler: (channel: string) => fake.ipcHandlers.delete(channel),
  },
  BrowserWindow: { getAllWindows: () => fake.windows },
  protocol: {
    handle: (scheme: string, fn: never) => fake.protocolHandlers.set(scheme, fn),
    registerSchemesAsPrivileged: vi.fn(),
  },
}));

const { applySecurity } = await import('../../../src/main/electron/security');
const { registerIpc } = await import('../../../src/main/electron/ipc');
const { handleAppProtocol } = await import('../../../src/main/electron/protocol');
const { ok } = await import('../../../src/shared/api/result');

const APP = ['app://common-ground'];

function fakeContents() {
  const listeners = new Map<string, (event: { url: string; preventDefault: () => void }) => void>();
  let openHandler: ((details: { url: string }) => { action: string }) | null = null;
  return {
    on: (name: string, fn: never) => listeners.set(name, fn),
    setWindowOpenHandler: (fn: never) => (openHandler = fn),
    fire(name: string, url = '') {
      const event = { url, preventDefault: vi.fn() };
      listeners.get(name)!(event);
      return event.preventDefault;
    },
    open: (url: string) => openHandler!({ url }),
  };
}

beforeEach(() => fake.openExternal.mockClear());

describe('security wiring', () => {
  applySecurity(APP);
  const contents = fakeContents();
  (fake.appListeners.get('web-contents-created') as (e: unknown, c: unknown) => void)({}, contents);

  it('lets in-app navigation through and blocks the rest', () => {
    expect(contents.fire('will-navigate', 'app://common-ground/index.html#/x')).not.toHaveBeenCalled();
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toHaveBeenCalled();
    expect(contents.fire('will-redirect', 'https://example.com/')).toHaveBeenCalled();
    expect(fake.openExternal).not.toHaveBeenCalledWith('file:///etc/passwd');
  });
  it('hands https navigation to the system browser, nothing else', () => {
    expect(contents.fire('will-navigate', 'https://example.com/help')).toHaveBeenCalled();
    expect(fake.openExternal).toHaveBeenCalledWith('https://example.com/help');
    contents.fire('will-navigate', 'http://example.com/');
    expect(fake.openExternal).toHaveBeenCalledTimes(1);
  });
  it('denies every new window and opens only https links externally', () => {
    expect(contents.open('https://example.com/')).toEqual({ action: 'deny' });
    expect(contents.open('app://common-ground/index.html')).toEqual({ action: 'deny' });
    expect(contents.open('javascript:alert(1)')).toEqual({ action: 'deny' });
    expect(fake.openExternal.mock.calls).toEqual([['https://example.com/']]);
  });
  it('blocks webviews', () => {
    expect(contents.fire('will-attach-webview')).toHaveBeenCalled();
  });
  it('grants fullscreen to the app only', () => {
    const cb = vi.fn();
    const request = fake.permissionRequest as unknown as (...a: unknown[]) => void;
    request({}, 'fullscreen', cb, { requestingUrl: 'app://common-ground/index.html' });
    request({}, 'media', cb, { requestingUrl: 'app://common-ground/index.html' });
    request({}, 'fullscreen', cb, { requestingUrl: 'https://evil.example/' });
    expect(cb.mock.calls).toEqual([[true], [false], [false]]);
    const check = fake.permissionCheck as unknown as (...a: unknown[]) => boolean;
    expect(check({}, 'fullscreen', 'app://common-ground', {})).toBe(true);
    expect(check({}, 'geolocation', 'app://common-ground', {})).toBe(false);
  });
});

describe('IPC wiring', () => {
  const listeners: Array<(event: string, payload: unknown) => void> = [];
  const backend = {
    invoke: vi.fn(async () => ok('done')),
    subscribe: vi.fn((fn: (event: string, payload: unknown) => void) => {
      listeners.push(fn);
      return () => listeners.splice(listeners.indexOf(fn), 1);
    }),
    emit: vi.fn(),
  };
  const dispose = registerIpc(backend as never, APP);
  const invoke = fake.ipcHandlers.get('cg:invoke') as unknown as (e: unknown, op: unknown, input: unknown) => unknown;

  it('checks the sender frame before dispatching', async () => {
    expect(await invoke({ senderFrame: { url: 'app://common-ground/index.html' } }, 'app:info', undefined)).toEqual(ok('done'));
    expect(invoke({ senderFrame: null }, 'app:info', undefined)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(invoke({ senderFrame: { url: 'https://evil.example/' } }, 'app:info', undefined)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHORIZED' },
    });
    const disposed = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(invoke(disposed, 'app:info', undefined)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(invoke({ senderFrame: { url: 'app://common-ground/' } }, 'nope', undefined)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(backend.invoke).toHaveBeenCalledTimes(1);
  });

  it('forwards core events to live app windows only', () => {
    const win = (url: string, destroyed = false) => ({
      isDestroyed: () => destroyed,
      webContents: { isDestroyed: () => destroyed, getURL: () => url, send: vi.fn() },
    });
    const appWin = win('app://common-ground/index.html');
    const gone = win('app://common-ground/index.html', true);
    const foreign = win('https://evil.example/');
    fake.windows = [appWin, gone, foreign];
    listeners[0]!('workshop:changed', { id: 'w1' });
    expect(appWin.webContents.send).toHaveBeenCalledWith('cg:event', 'workshop:changed', { id: 'w1' });
    expect(gone.webContents.send).not.toHaveBeenCalled();
    expect(foreign.webContents.send).not.toHaveBeenCalled();
  });

  it('disposes the handler and the subscription', () => {
    dispose();
    expect(fake.ipcHandlers.has('cg:invoke')).toBe(false);
    expect(listeners).toHaveLength(0);
  });
});

describe('app:// protocol handler', () => {
  const root = mkdtempSync(join(tmpdir(), 'cg-protocol-'));
  const renderer = join(root, 'renderer');
  mkdirSync(join(renderer, 'assets'), { recursive: true });
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'secret.txt'), 'do not serve');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  handleAppProtocol(renderer);
  const handle = fake.protocolHandlers.get('app')!;
  const get = (url: string, method = 'GET') => handle(new Request(url, { method }));

  it('serves files with their type and the CSP', async () => {
    const res = await get('app://common-ground/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>x</title>');
    const js = await get('app://common-ground/assets/app.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });
  it('answers 404 for missing files, folders and escapes, with the CSP', async () => {
    for (const url of ['app://common-ground/missing.js', 'app://common-ground/assets', 'app://common-ground/%2e%2e/secret.txt', 'app://other/index.html']) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(res.headers.get('content-security-policy')).toBeTruthy();
    }
  });
  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://common-ground/index.html', 'POST')).status).toBe(405);
    const head = await get('app://common-ground/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
