import type { EventName, RoomOpName } from '../shared/api/names';
import { isExportOpName, isRoomOpName, isShellOpName } from '../shared/api/names';
import { DomainError, fail, ok, type Result } from '../shared/api/result';
import { parseOpInput } from '../shared/api/validate';
import type { Core } from './core/types';
import type { RoomController } from './server/room';
import { createExporter, type Exporter, type PreparedFile } from './export/exporter';

export type EventListener = (event: EventName, payload: unknown) => void;

/**
 * What a transport talks to: the core's operations plus the room for phones
 * (which opens a network server, so it is asynchronous and lives outside the
 * core). Same contract, same validation, same results.
 */
export interface Backend {
  invoke(op: unknown, input: unknown): Promise<Result<unknown>>;
  subscribe(listener: EventListener): () => void;
  emit(event: EventName, payload: unknown): void;
  readonly core: Core;
  /** Prepared export files (the report PDF, CSV, JSON, .ics), for download or the save dialog. */
  readonly exports: Exporter;
}

/** What only the desktop shell can do. Browser mode has none of it. */
export interface Shell {
  openPresenter(workshopId: string): 'external' | 'window';
  /** Save a prepared export with the native save dialog; null path when cancelled. */
  saveExport?(file: PreparedFile): Promise<string | null>;
}

export function createBackend(core: Core, room?: () => RoomController | undefined, shell?: Shell): Backend {
  const listeners = new Set<EventListener>();
  core.subscribe((event, payload) => listeners.forEach((l) => l(event, payload)));

  async function invokeRoom(op: string, input: unknown): Promise<Result<unknown>> {
    const parsed = parseOpInput(op as RoomOpName, input);
    if (!parsed.ok) return parsed;
    const controller = room?.();
    if (!controller) return fail('UNAVAILABLE', 'Phones can only join when Common Ground runs with its network server.');
    try {
      const args = parsed.data as { workshopId: string; host?: string; allowSelfAdd?: boolean };
      if (op === 'room:open') return ok(await controller.open(args));
      if (op === 'room:close') return ok(await controller.close());
      if (op === 'room:hosts') return ok(controller.hosts());
      return ok(controller.status());
    } catch (error) {
      if (error instanceof DomainError) return { ok: false, error: { code: error.code, message: error.message } };
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE' || code === 'EADDRNOTAVAIL' || code === 'EACCES') {
        return fail('UNAVAILABLE', 'Could not open the room on that network address. Pick another address or check the Wi-Fi.');
      }
      console.error('[room]', error);
      return fail('INTERNAL', 'Could not open the room for phones. Try again.');
    }
  }

  const exports = createExporter(core);

  async function invokeExport(input: unknown): Promise<Result<unknown>> {
    const parsed = parseOpInput('export:prepare', input);
    if (!parsed.ok) return parsed;
    return exports.prepare(parsed.data);
  }

  async function saveExport(input: unknown): Promise<Result<unknown>> {
    const parsed = parseOpInput('export:save', input);
    if (!parsed.ok) return parsed;
    if (!shell?.saveExport) return fail('UNAVAILABLE', 'Download the file from your browser instead.');
    const file = exports.get(parsed.data.exportId);
    if (!file) return fail('NOT_FOUND', 'That export has expired. Make it again.');
    try {
      const path = await shell.saveExport(file);
      return ok({ saved: path !== null, path });
    } catch (error) {
      console.error('[export] save failed:', error);
      return fail('INTERNAL', 'Could not save the file there. Pick another folder and try again.');
    }
  }

  async function invokeShell(op: string, input: unknown): Promise<Result<unknown>> {
    if (op === 'export:save') return saveExport(input);
    const parsed = parseOpInput('window:openPresenter', input);
    if (!parsed.ok) return parsed;
    if (!shell) return fail('UNAVAILABLE', 'Open the presenter view from your browser instead.');
    const found = core.dispatch('workshop:get', { id: parsed.data.workshopId });
    if (!found.ok) return found;
    return ok({ display: shell.openPresenter(parsed.data.workshopId) });
  }

  return {
    core,
    exports,
    invoke: async (op, input) =>
      isRoomOpName(op)
        ? invokeRoom(op, input)
        : isShellOpName(op)
          ? invokeShell(op, input)
          : isExportOpName(op)
            ? invokeExport(input)
            : core.dispatch(op, input),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit: (event, payload) => listeners.forEach((l) => l(event, payload)),
  };
}
