import type { HandOverState, PinCheck, PrivacyLogEntry } from '../../shared/room-privacy';
import { coalesce } from './helpers';
import type { Slice, StoreDeps } from './types';

export interface RoomPrivacyState {
  /** The workshop whose hand-overs and log are loaded. */
  workshopId: string | null;
  /** By participant id. */
  handOvers: Record<string, HandOverState>;
  log: PrivacyLogEntry[];
  /** 'ready' once the hand-overs are known: until then nobody's answers may open. */
  status: 'idle' | 'loading' | 'ready' | 'error';
  error: string | null;
}

export interface RoomPrivacySlice {
  roomPrivacy: RoomPrivacyState;
  /** Load (and keep fresh) who handed over and the privacy log of a workshop. */
  watchRoomPrivacy(workshopId: string): Promise<void>;
  /** "Done — next person", optionally setting the person's first PIN. Throws with a readable message. */
  handOver(participantId: string, pin?: string): Promise<HandOverState>;
  /** Whether this PIN opens the person's answers, and how many tries are left. Throws with a readable message. */
  checkPin(participantId: string, pin: string): Promise<PinCheck>;
  /** The facilitator's override: removes the person's PIN, written to the privacy log. Throws with a readable message. */
  openWithoutPin(participantId: string): Promise<void>;
}

const EMPTY: RoomPrivacyState = { workshopId: null, handOvers: {}, log: [], status: 'idle', error: null };

export const createRoomPrivacySlice =
  (deps: StoreDeps): Slice<RoomPrivacySlice> =>
  (set, get) => {
    const api = deps.api;
    const watched = () => get().roomPrivacy.workshopId;
    const patch = (p: Partial<RoomPrivacyState>) => set((s) => ({ roomPrivacy: { ...s.roomPrivacy, ...p } }));
    const keep = (state: HandOverState) =>
      set((s) => ({ roomPrivacy: { ...s.roomPrivacy, handOvers: { ...s.roomPrivacy.handOvers, [state.participantId]: state } } }));

    const refresh = coalesce(async () => {
      const workshopId = watched();
      if (!workshopId) return;
      const [list, log] = await Promise.all([api.invoke('handover:list', { workshopId }), api.invoke('privacyLog:list', { workshopId })]);
      if (watched() !== workshopId) return;
      patch({
        ...(list.ok
          ? { handOvers: Object.fromEntries(list.value.map((h) => [h.participantId, h])), status: 'ready', error: null }
          : get().roomPrivacy.status === 'ready'
            ? {}
            : { status: 'error', error: list.error.message }),
        ...(log.ok ? { log: log.value } : {}),
      });
    });

    deps.onDispose(
      api.on('workshop:changed', ({ workshopId }) => {
        if (workshopId === watched()) void refresh();
      }),
    );

    return {
      roomPrivacy: EMPTY,

      async watchRoomPrivacy(workshopId) {
        if (watched() !== workshopId) set({ roomPrivacy: { ...EMPTY, workshopId, status: 'loading' } });
        await refresh();
      },

      async handOver(participantId, pin) {
        const r = await api.invoke('handover:done', pin === undefined ? { participantId } : { participantId, pin });
        if (!r.ok) throw new Error(r.error.message);
        keep(r.value);
        return r.value;
      },

      async checkPin(participantId, pin) {
        const r = await api.invoke('handover:checkPin', { participantId, pin });
        if (!r.ok) throw new Error(r.error.message);
        return r.value;
      },

      async openWithoutPin(participantId) {
        const r = await api.invoke('handover:openWithoutPin', { participantId });
        if (!r.ok) throw new Error(r.error.message);
        keep(r.value);
        await refresh();
      },
    };
  };
