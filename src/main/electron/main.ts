// Electron entry: lifecycle, protocol, security, core, IPC, menu, windows.
// Everything that can be decided without Electron lives in pure modules.
import { app, dialog, screen } from 'electron';
import { homedir } from 'node:os';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openCoreOrRecover } from './recovery';
import type { Core } from '../core/types';
import { createBackend } from '../backend';
import { createRoomController, type RoomController } from '../server/room';
import { resolveDataDir } from '../data-dir';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { PARTICIPANT_DIR, RENDERER_DIR } from './paths';
import { trustedOrigins } from './policy';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { applySecurity } from './security';
import { createMainWindow, focusMainWindow, getMainWindow, openPresenterWindow, type WindowOptions } from './windows';

const isDev = !app.isPackaged;
const devRendererUrl = isDev ? process.env.ELECTRON_RENDERER_URL : undefined;
const origins = trustedOrigins(devRendererUrl);
const windowOptions: WindowOptions = { isDev, devRendererUrl };

let core: Core | null = null;
let disposeIpc: (() => void) | null = null;
let room: RoomController | null = null;

function shutdownCore(): void {
  disposeIpc?.();
  disposeIpc = null;
  void room?.close();
  room = null;
  const open = core;
  core = null;
  try {
    open?.close();
  } catch (error) {
    console.error('Closing the database failed:', error);
  }
}

async function start(): Promise<void> {
  await app.whenReady();
  handleAppProtocol(RENDERER_DIR);
  applySecurity(origins);
  app.setAboutPanelOptions({
    applicationName: 'Common Ground',
    applicationVersion: app.getVersion(),
    copyright: 'Sales–marketing alignment workshops, offline.',
  });
  installMenu({ isMac: process.platform === 'darwin', isDev, appName: 'Common Ground' });

  try {
    const dataDir = resolveDataDir({
      argv: process.argv,
      env: process.env,
      platform: process.platform,
      home: homedir(),
    });
    core = await openCoreOrRecover(dataDir, app.getVersion());
    if (!core) return app.exit(1); // the recovery dialog's Quit
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox('Common Ground could not open its data', detail);
    app.exit(1);
    return;
  }
  const opened = core;
  const backend = createBackend(opened, () => room ?? undefined, {
    openPresenter(workshopId) {
      openPresenterWindow(workshopId, windowOptions);
      return screen.getAllDisplays().length > 1 ? 'external' : 'window';
    },
    async saveExport(file) {
      const ext = file.fileName.slice(file.fileName.lastIndexOf('.') + 1);
      const options = { defaultPath: join(app.getPath('documents'), file.fileName), filters: [{ name: ext.toUpperCase(), extensions: [ext] }] };
      const win = getMainWindow();
      const chosen = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (chosen.canceled || !chosen.filePath) return null;
      await writeFile(chosen.filePath, file.body);
      return chosen.filePath;
    },
  });
  room = createRoomController({ core: opened, pageDir: PARTICIPANT_DIR, onChange: () => backend.emit('room:changed', {}) });
  disposeIpc = registerIpc(backend, origins);
  createMainWindow(windowOptions);
}

registerAppScheme();
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => focusMainWindow());
  app.on('activate', () => {
    if (core && !getMainWindow()) createMainWindow(windowOptions);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', shutdownCore);
  start().catch((error: unknown) => {
    console.error('Common Ground failed to start:', error);
    app.exit(1);
  });
}
