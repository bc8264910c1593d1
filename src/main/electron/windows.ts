// The facilitator's main window and the presenter window (projector).
import { BrowserWindow, screen } from 'electron';
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

export function getMainWindow(): BrowserWindow | null {
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
}

export function createMainWindow(options: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Common Ground',
    backgroundColor: '#0B1020',
    ...(options.icon ? { icon: options.icon } : {}),
    webPreferences: secureWebPreferences(PRELOAD_PATH, options.isDev),
  });
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
  const win = new BrowserWindow({
    ...placement.bounds,
    show: false,
    title: 'Common Ground — Presenter',
    backgroundColor: '#0B1020',
    autoHideMenuBar: true,
    ...(options.icon ? { icon: options.icon } : {}),
    webPreferences: secureWebPreferences(PRELOAD_PATH, options.isDev),
  });
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
