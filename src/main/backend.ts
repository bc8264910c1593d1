import type { I18n } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { i18nFor } from './i18n';
import { withI18n } from '../shared/api/say';
import { requestLocale, type Locale } from '../shared/locale';
import type { OpOutput, OpParsedInput } from '../shared/api/contract';
import type { EventName, ExportOpName, OpName, RoomOpName, ShellOpName } from '../shared/api/names';
import { isExportOpName, isRoomOpName, isShellOpName } from '../shared/api/names';
import { DomainError, fail, ok, type Result } from '../shared/api/result';
import { parseOpInput } from '../shared/api/validate';
import type { Core } from './core/types';
import type { RoomController } from './server/room';
import { createExporter, type Exporter, type PreparedFile } from './export/exporter';

/** The language an I18n instance of i18nFor speaks. */
const localeOf = (i18n: I18n): Locale => requestLocale(i18n.locale);

export type EventListener = (event: EventName, payload: unknown) => void;

/**
 * What a transport talks to: the core's operations plus the room for phones
 * (which opens a network server, so it is asynchronous and lives outside the
 * core). Same contract, same validation, same results.
 */
export interface Backend {
  /** One operation; its messages in `locale`, the caller's interface language (default English). */
  invoke(op: unknown, input: unknown, locale?: Locale): Promise<Result<unknown>>;
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

/** One operation answered beside the core: its input is already checked against the contract. */
type Handler<K extends OpName> = (input: OpParsedInput<K>, i18n: I18n) => Promise<Result<OpOutput<K>>>;
/** A handler for every name of a group: a missing or extra one does not compile. */
type HandlerMap<N extends OpName> = { [K in N]: Handler<K> };

/** Check the input against the operation's own schema, then run the operation's own handler. */
async function run<N extends OpName>(handlers: HandlerMap<N>, op: N, input: unknown, i18n: I18n): Promise<Result<unknown>> {
  const handler: Handler<N> | undefined = Object.hasOwn(handlers, op) ? handlers[op] : undefined;
  if (!handler) {
    const name = op.slice(0, 60);
    return fail('NOT_FOUND', i18n._(msg`There is no operation called "${name}".`));
  }
  const parsed = withI18n(i18n, () => parseOpInput(op, input));
  if (!parsed.ok) return parsed;
  return handler(parsed.data, i18n);
}

function roomFailure(error: unknown, i18n: I18n): Result<never> {
  if (error instanceof DomainError) return { ok: false, error: { code: error.code, message: error.message } };
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE' || code === 'EADDRNOTAVAIL' || code === 'EACCES') {
    return fail('UNAVAILABLE', i18n._(msg`Could not open the room on that network address. Pick another address or check the Wi-Fi.`));
  }
  console.error('[room]', error);
  return fail('INTERNAL', i18n._(msg`Could not open the room for phones. Try again.`));
}

export function createBackend(core: Core, room?: () => RoomController | undefined, shell?: Shell): Backend {
  const listeners = new Set<EventListener>();
  core.subscribe((event, payload) => listeners.forEach((l) => l(event, payload)));

  /** A room operation needs the network server; its failures become results a person can read. */
  const withRoom =
    <K extends RoomOpName>(act: (controller: RoomController, input: OpParsedInput<K>, i18n: I18n) => OpOutput<K> | Promise<OpOutput<K>>): Handler<K> =>
    async (input, i18n) => {
      const controller = room?.();
      if (!controller) return fail('UNAVAILABLE', i18n._(msg`Phones can only join when Common Ground runs with its network server.`));
      try {
        return ok(await act(controller, input, i18n));
      } catch (error) {
        return roomFailure(error, i18n);
      }
    };

  const roomHandlers = {
    'room:open': withRoom((controller, input, i18n) => controller.open(input, localeOf(i18n))),
    'room:close': withRoom((controller) => controller.close()),
    'room:status': withRoom((controller) => controller.status()),
    'room:hosts': withRoom((controller) => controller.hosts()),
  } satisfies HandlerMap<RoomOpName>;

  const exports = createExporter(core);

  const exportHandlers = {
    'export:prepare': (request, i18n) => exports.prepareFile(request, localeOf(i18n)),
  } satisfies HandlerMap<ExportOpName>;

  const shellHandlers = {
    'window:openPresenter': async ({ workshopId }, i18n) => {
      if (!shell) return fail('UNAVAILABLE', i18n._(msg`Open the presenter view from your browser instead.`));
      const found = core.dispatch('workshop:get', { id: workshopId }, localeOf(i18n));
      if (!found.ok) return found;
      return ok({ display: shell.openPresenter(workshopId) });
    },
    'export:save': async ({ exportId }, i18n) => {
      if (!shell?.saveExport) return fail('UNAVAILABLE', i18n._(msg`Download the file from your browser instead.`));
      const file = exports.get(exportId);
      if (!file) return fail('NOT_FOUND', i18n._(msg`That export has expired. Make it again.`));
      try {
        const path = await shell.saveExport(file);
        return ok({ saved: path !== null, path });
      } catch (error) {
        console.error('[export] save failed:', error);
        return fail('INTERNAL', i18n._(msg`Could not save the file there. Pick another folder and try again.`));
      }
    },
  } satisfies HandlerMap<ShellOpName>;

  return {
    core,
    exports,
    invoke: async (op, input, locale = 'en') => {
      const i18n = i18nFor(requestLocale(locale));
      if (isRoomOpName(op)) return run(roomHandlers, op, input, i18n);
      if (isShellOpName(op)) return run(shellHandlers, op, input, i18n);
      if (isExportOpName(op)) return run(exportHandlers, op, input, i18n);
      return core.dispatch(op, input, locale);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit: (event, payload) => listeners.forEach((l) => l(event, payload)),
  };
}
