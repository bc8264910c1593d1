// The facilitator's main window and the presenter window (projector).
import { BrowserWindow, screen, type BrowserWindowConstructorOptions } from 'electron';
import { APP_INDEX_URL } from './constants';
import { choosePresenterPlacement } from './displays';
import { PRELOAD_PATH } from './paths';
import { presenterUrl } from './presenter-url';
import { secureWebPreferences } from './web-preferences';

let mainWindow: BrowserWindow | null = null;
let presenterWindow: BrowserWindow | null = null;

export interface WindowOptions {
  isDev: boolean;
  /** electron-vite's dev server URL in development; otherwise app://common-ground. */
  devRendererUrl?: string | undefined;
  icon?: string | undefined;
}

function entryUrl(options: WindowOptions, hash = ''): string {
  const base = options.devRendererUrl ? options.devRendererUrl.replace(/\/?$/, '/') : APP_INDEX_URL;
  return `${base}${hash}`;
}

/**
 * Every window of the app is made here, with the unit-tested secure
 * webPreferences (contextIsolation, sandbox, no Node, no webviews, no
 * auxclick). Static analysers cannot see through the function call, hence
 * the reviewed exceptions on the constructor line.
 */
function createAppWindow(options: WindowOptions, window: BrowserWindowConstructorOptions): BrowserWindow {
  // Electronegativity reads its annotation on the constructor's own line.
  // prettier-ignore
  const win = new BrowserWindow({ // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
    show: false,
    backgroundColor: '#0B1020',
    ...(options.icon ? { icon: options.icon } : {}),
    ...window,
    webPreferences: secureWebPreferences(PRELOAD_PATH, options.isDev),
  });
  return win;
}

export function getMainWindow(): BrowserWindow | null {
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
}

export function createMainWindow(options: WindowOptions): BrowserWindow {
  const win = createAppWindow(options, { width: 1440, height: 900, minWidth: 960, minHeight: 600, title: 'Common Ground' });
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  mainWindow = win;
  void win.loadURL(entryUrl(options));
  return win;
}

/** Bring the main window to the front (second instance, dock click). */
export function focusMainWindow(): void {
  const win = getMainWindow();
  if (!win) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

/**
 * Open (or retarget) the presenter view of a workshop: fullscreen on an
 * external display when there is one, else a normal second window.
 * Returns null for an implausible workshop id.
 */
export function openPresenterWindow(workshopId: string, options: WindowOptions): BrowserWindow | null {
  const url = presenterUrl(workshopId);
  if (!url) return null;
  const hash = url.slice(url.indexOf('#'));

  if (presenterWindow && !presenterWindow.isDestroyed()) {
    void presenterWindow.loadURL(entryUrl(options, hash));
    presenterWindow.focus();
    return presenterWindow;
  }

  const main = getMainWindow();
  const placement = choosePresenterPlacement(
    screen.getAllDisplays(),
    screen.getPrimaryDisplay().id,
    main ? screen.getDisplayMatching(main.getBounds()).id : undefined,
  );
  const win = createAppWindow(options, { ...placement.bounds, title: 'Common Ground — Presenter', autoHideMenuBar: true });
  win.once('ready-to-show', () => {
    win.show();
    if (placement.fullscreen) win.setFullScreen(true);
  });
  win.on('closed', () => {
    if (presenterWindow === win) presenterWindow = null;
  });
  presenterWindow = win;
  void win.loadURL(entryUrl(options, hash));
  return win;
}
