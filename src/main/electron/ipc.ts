import { requestLocale, type Locale } from '../../shared/locale';
// IPC registration: one invoke channel into the core, one event channel out.
import { BrowserWindow, ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Backend } from '../backend';
import { coalescer } from '../server/coalesce';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../shared/api/bridge';
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
export function registerIpc(backend: Backend, origins: readonly string[]): () => void {
  const dispatcher = { dispatch: (op: unknown, input: unknown, locale: Locale) => backend.invoke(op, input, locale) };
  ipcMain.handle(INVOKE_CHANNEL, (event, op: unknown, input: unknown, locale: unknown) =>
    guardedInvoke(dispatcher, senderUrl(event), op, input, origins, requestLocale(locale)),
  );
  // A burst of votes becomes a few pushes per window, not one per vote.
  const events = coalescer<[string, unknown]>(
    ([name, payload]) => broadcast(name, payload),
    ([n, p]) => `${n}:${JSON.stringify(p)}`,
  );
  const unsubscribe = backend.subscribe((name, payload) => events.push([name, payload]));
  function broadcast(name: string, payload: unknown) {
    for (const win of BrowserWindow.getAllWindows()) {
      const contents = win.webContents;
      if (win.isDestroyed() || contents.isDestroyed()) continue;
      if (!isTrustedUrl(contents.getURL(), origins)) continue;
      contents.send(EVENT_CHANNEL, name, payload);
    }
  }
  return () => {
    unsubscribe();
    events.dispose();
    ipcMain.removeHandler(INVOKE_CHANNEL);
  };
}
