import { describe, expect, it } from 'vitest';
import { describeRoomChange, describeTimerChange } from '../../../src/renderer/features/run/run-announcements';
import { loadCatalog, roomI18n } from '../../../src/renderer/i18n/catalogs';
import type { RoomInfo } from '../../../src/shared/room';
import type { TimerState } from '../../../src/shared/run';

// The words for changes the console tests do not press: +1 min, a reset while paused, the room's ceiling.

const en = roomI18n('en')!;
const T0 = Date.parse('2026-03-14T09:00:00.000Z');
const paused: TimerState = { durationMs: 600_000, elapsedMs: 125_000, runningSince: null };

describe('what the console says about the timer and the room', () => {
  it('+1 min says the time now left, running or paused; a reset says the full time; nothing else is said', () => {
    expect(describeTimerChange(en, paused, { ...paused, durationMs: 660_000 }, T0)).toBe('One minute added, 8 minutes 55 seconds left.');
    const running: TimerState = { durationMs: 600_000, elapsedMs: 0, runningSince: new Date(T0 - 30_000).toISOString() };
    expect(describeTimerChange(en, running, { ...running, durationMs: 660_000 }, T0)).toBe('One minute added, 10 minutes 30 seconds left.');
    expect(describeTimerChange(en, paused, { durationMs: 600_000, elapsedMs: 0, runningSince: null }, T0)).toBe('Timer reset to 10 minutes.');
    expect(describeTimerChange(en, running, { durationMs: 600_000, elapsedMs: 0, runningSince: null }, T0)).toBe('Timer reset to 10 minutes.');
    expect(describeTimerChange(en, paused, paused, T0)).toBeNull();
  });

  it('a room moved to another network is said again with its new address; a higher ceiling is said; connections are not', () => {
    const room = { origin: 'http://192.168.1.20:5123', joinCode: 'ACDEFG', selfAddLimit: 200, connections: 3 } as RoomInfo;
    expect(describeRoomChange(en, room, { ...room, origin: 'http://10.0.0.5:5123', joinCode: 'HJKMNP' })).toBe(
      'Open for phones at 10.0.0.5:5123, join code H J K M N P.',
    );
    expect(describeRoomChange(en, room, { ...room, selfAddLimit: 300 })).toBe('Up to 300 people can now add themselves from a phone.');
    expect(describeRoomChange(en, room, { ...room, connections: 9 })).toBeNull();
  });

  it('speaks the interface language: German words, German units and numbers', async () => {
    await loadCatalog('de');
    const de = roomI18n('de')!;
    expect(describeTimerChange(de, paused, { ...paused, durationMs: 660_000 }, T0)).toBe('Eine Minute mehr, noch 8 Minuten 55 Sekunden.');
    expect(describeTimerChange(de, paused, { durationMs: 600_000, elapsedMs: 0, runningSince: null }, T0)).toBe('Timer zurückgesetzt auf 10 Minuten.');
    const room = { origin: 'http://192.168.1.20:5123', joinCode: 'ACDEFG', selfAddLimit: 200, connections: 3 } as RoomInfo;
    expect(describeRoomChange(de, room, { ...room, selfAddLimit: 1200 })).toBe('Jetzt können sich bis zu 1.200 Personen am Handy selbst eintragen.');
  });
});
