import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackend, type Shell } from '../../../src/main/backend';
import type { Core } from '../../../src/main/core';
import type { RoomController } from '../../../src/main/server/room';
import { ROOM_OP_NAMES, SHELL_OP_NAMES } from '../../../src/shared/api/names';
import { call, testCore } from '../../helpers/core';

// The backend answers room, shell and export operations beside the core. Each
// operation must reach its own handler: an operation the backend has no
// handler for is refused, never run as another one (the chain of ternaries it
// replaced ran every shell operation but export:save as window:openPresenter,
// and every room operation it did not name as room:status).

/** Pretend the contract lists one more name, as it will when an operation is added, for one test. */
function withExtraName(list: readonly string[], name: string) {
  const names = list as string[];
  names.push(name);
  return () => void names.splice(names.indexOf(name), 1);
}

describe('backend dispatch of shell and room operations', () => {
  let core: Core;
  let workshopId: string;
  let restore: (() => void) | undefined;
  beforeEach(() => {
    core = testCore();
    workshopId = call(core, 'workshop:create', { title: 'Kickoff' }).id;
  });
  afterEach(() => {
    restore?.();
    restore = undefined;
    core.close();
  });

  function shell(): Shell & { openPresenter: ReturnType<typeof vi.fn> } {
    return { openPresenter: vi.fn(() => 'window' as const) };
  }

  it('refuses a shell operation it has no handler for instead of opening the presenter', async () => {
    restore = withExtraName(SHELL_OP_NAMES, 'window:closePresenter');
    const s = shell();
    const result = await createBackend(core, undefined, s).invoke('window:closePresenter', { workshopId });
    expect(s.openPresenter).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses a room operation it has no handler for instead of answering the room status', async () => {
    restore = withExtraName(ROOM_OP_NAMES, 'room:kick');
    const controller = { status: vi.fn(() => null) } as unknown as RoomController;
    const result = await createBackend(core, () => controller).invoke('room:kick', {});
    expect(controller.status).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('opens the presenter for window:openPresenter, and checks its own input', async () => {
    const s = shell();
    const backend = createBackend(core, undefined, s);
    expect(await backend.invoke('window:openPresenter', { workshopId })).toEqual({ ok: true, value: { display: 'window' } });
    expect(s.openPresenter).toHaveBeenCalledWith(workshopId);
    const bad = await backend.invoke('window:openPresenter', { exportId: 'x' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(s.openPresenter).toHaveBeenCalledTimes(1);
  });

  it('checks export:save input against its own schema, not the presenter’s', async () => {
    const result = await createBackend(core, undefined, { ...shell(), saveExport: vi.fn() }).invoke('export:save', { workshopId });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const paths = result.ok ? [] : (result.error.issues ?? []).map((i) => i.path);
    expect(paths).toContain('exportId');
  });

  it('answers every listed shell and room operation (none falls through to UNAVAILABLE-for-core)', async () => {
    const backend = createBackend(core);
    for (const op of [...SHELL_OP_NAMES, ...ROOM_OP_NAMES]) {
      const result = await backend.invoke(op, {});
      expect(result.ok ? 'ok' : result.error.message, op).not.toBe('That needs the Common Ground app around the core.');
    }
  });
});
