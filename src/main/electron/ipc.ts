// IPC registration: one invoke channel into the core, one event channel out.
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Core } from '../core/types';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './constants';
import { guardedInvoke } from './ipc-guard';
import { isTrustedUrl } from './policy';

/** The sender frame's URL, or undefined when the frame is gone (reading a disposed frame throws). */
function senderUrl(event: IpcMainInvokeEvent): string | undefined {
  try {
    return event.senderFrame?.url;
  } catch {
    return undefined;
  }
}

/** Returns a function that removes the handler and the event subscription. */
export function registerIpc(core: Core, origins: readonly string[]): () => void {
  ipcMain.handle(INVOKE_CHANNEL, (event, op: unknown, input: unknown) =>
    guardedInvoke(core, senderUrl(event), op, input, origins),
  );
  const unsubscribe = core.subscribe((name, payload) => {
    for (const win of BrowserWindow.getAllWindows()) {
      const contents = win.webContents;
      if (win.isDestroyed() || contents.isDestroyed()) continue;
      if (!isTrustedUrl(contents.getURL(), origins)) continue;
      contents.send(EVENT_CHANNEL, name, payload);
    }
  });
  return () => {
    unsubscribe();
    ipcMain.removeHandler(INVOKE_CHANNEL);
  };
}
