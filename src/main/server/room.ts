import type { Locale } from '../../shared/locale';
import { msg } from '@lingui/core/macro';
import { i18nFor } from '../i18n';
import QRCode from 'qrcode';
import type { Core } from '../core/types';
import type { RoomInfo } from '../../shared/room';
import { DomainError } from '../../shared/api/result';
import { newToken } from './auth';
import { newJoinCode } from './join-code';
import { lanAddresses, type HostOption } from './network';
import { coalescer } from './coalesce';
import { ROOM_DEFAULTS, startParticipantServer, type ParticipantServer, type ParticipantServerOptions } from './participant-server';

export interface RoomControllerOptions {
  core: Core;
  pageDir: string;
  /** Addresses to offer; tests pass loopback only. */
  listHosts?: () => HostOption[];
  /** Port for the phone server; 0 = any free port. */
  port?: number;
  onChange?: () => void;
  /** Caps and timeouts for the phone server (tests and benchmarks on loopback raise the per-address ones). */
  serverOptions?: Partial<
    Pick<ParticipantServerOptions, 'maxConnections' | 'maxPerAddress' | 'joinWithinMs' | 'selfAddPerAddress' | 'rosterEveryMs' | 'joinCodeBudget' | 'rate'>
  >;
}

type OpenInput = { workshopId: string; host?: string | undefined; allowSelfAdd?: boolean | undefined; selfAddLimit?: number | undefined };

/** Opens and closes the room for phones: one participant server at a time. */
export function createRoomController(opts: RoomControllerOptions) {
  const listHosts = opts.listHosts ?? (() => lanAddresses());
  let room: { server: ParticipantServer; workshopId: string; host: HostOption; qrSvg: string } | null = null;
  let opening: Promise<RoomInfo> | null = null;
  /** Per workshop, for as long as the app runs: closing and reopening the room does not reset the ceiling. */
  const selfAdds = new Map<string, { added: number; limit: number }>();
  // Connection counts and self-adds change often under load: the console hears at most a few a second.
  const changed = coalescer<'room'>(
    () => opts.onChange?.(),
    (k) => k,
    250,
  );

  const info = (): RoomInfo | null =>
    room && {
      workshopId: room.workshopId,
      host: room.host.address,
      hostLabel: room.host.label,
      port: room.server.port,
      origin: room.server.origin,
      joinUrl: room.server.joinUrl,
      joinCode: room.server.joinCode(),
      qrSvg: room.qrSvg,
      allowSelfAdd: room.server.selfAdd().allowed,
      selfAdded: room.server.selfAdd().added,
      selfAddLimit: room.server.selfAdd().limit,
      connections: room.server.connections(),
      hosts: listHosts().map((h) => ({ address: h.address, label: h.label })),
    };

  /** Open (or adjust) the room; its refusals said in `locale`, the caller's interface language. */
  async function open(input: OpenInput, locale: Locale): Promise<RoomInfo> {
    const check = opts.core.dispatch('workshop:get', { id: input.workshopId }, locale);
    if (!check.ok) throw new DomainError(check.error.code, check.error.message);
    const counted = selfAdds.get(input.workshopId) ?? { added: 0, limit: ROOM_DEFAULTS.selfAddLimit };
    if (input.selfAddLimit !== undefined) counted.limit = input.selfAddLimit;
    selfAdds.set(input.workshopId, counted);
    if (room && room.workshopId === input.workshopId && (!input.host || input.host === room.host.address)) {
      // Already open: only the self-add settings change (e.g. "Let more people add themselves").
      room.server.setSelfAdd({ allowed: input.allowSelfAdd, limit: input.selfAddLimit });
      opts.onChange?.();
      return info()!;
    }
    if (room) await close();
    const hosts = listHosts();
    const host = input.host ? hosts.find((h) => h.address === input.host) : hosts[0];
    if (!host) {
      const i18n = i18nFor(locale);
      const address = input.host;
      throw new DomainError(
        address ? 'VALIDATION' : 'UNAVAILABLE',
        address
          ? i18n._(msg`${address} is not one of this computer's network addresses.`)
          : i18n._(msg`This computer is not on a network phones can reach. Join the room’s Wi-Fi or turn on a hotspot, then try again.`),
      );
    }
    const roomToken = newToken();
    const joinCode = newJoinCode();
    const allowSelfAdd = input.allowSelfAdd ?? true;
    const server = await startParticipantServer({
      ...opts.serverOptions,
      core: opts.core,
      workshopId: input.workshopId,
      pageDir: opts.pageDir,
      host: host.address,
      port: opts.port ?? 0,
      roomToken,
      joinCode,
      allowSelfAdd,
      selfAddLimit: counted.limit,
      selfAdded: counted.added,
      onConnectionsChanged: () => changed.push('room'),
      onSelfAdded: (n) => {
        counted.added = n;
        changed.push('room');
      },
      // The projector and console show the new code at once.
      onJoinCodeChanged: () => opts.onChange?.(),
    });
    const qrSvg = await QRCode.toString(server.joinUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
    room = { server, workshopId: input.workshopId, host, qrSvg };
    opts.onChange?.();
    return info()!;
  }

  async function close(): Promise<null> {
    const closing = room;
    room = null;
    if (closing) {
      await closing.server.close();
      opts.onChange?.();
    }
    return null;
  }

  return {
    open(input: OpenInput, locale: Locale = 'en') {
      // Serialise opens so two clicks never start two servers.
      const next = (opening ?? Promise.resolve(null)).catch(() => null).then(() => open(input, locale));
      opening = next;
      return next;
    },
    close,
    status: info,
    hosts: () => listHosts().map((h) => ({ address: h.address, label: h.label })),
  };
}
export type RoomController = ReturnType<typeof createRoomController>;
