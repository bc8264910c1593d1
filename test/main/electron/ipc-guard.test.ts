import { describe, expect, it, vi } from 'vitest';
import { guardedInvoke, type Dispatcher } from '../../../src/main/electron/ipc-guard';
import { trustedOrigins } from '../../../src/main/electron/policy';
import { ok } from '../../../src/shared/api/result';

function fakeCore(): Dispatcher & { dispatch: ReturnType<typeof vi.fn> } {
  return { dispatch: vi.fn(() => ok({ listed: true })) };
}

const APP = 'app://common-ground/index.html';

describe('guardedInvoke', () => {
  it('passes an allow-listed op from the app to the core and returns its result', () => {
    const core = fakeCore();
    const input = { includeArchived: false };
    expect(guardedInvoke(core, APP, 'workshop:list', input)).toEqual({ ok: true, value: { listed: true } });
    expect(core.dispatch).toHaveBeenCalledWith('workshop:list', input, 'en');
  });

  it('passes the caller’s interface language on, and says its own refusals in it (#19)', () => {
    const core = fakeCore();
    guardedInvoke(core, APP, 'workshop:list', {}, undefined, 'de');
    expect(core.dispatch).toHaveBeenCalledWith('workshop:list', {}, 'de');
    expect(guardedInvoke(core, 'https://evil.example/', 'workshop:list', {}, undefined, 'fr')).toEqual({
      ok: false,
      error: { code: 'UNAUTHORIZED', message: 'Cette requête ne venait pas d’une fenêtre Common Ground : elle a été refusée.' },
    });
  });

  it.each([undefined, '', 'https://evil.example/', 'file:///tmp/x.html', 'app://evil/index.html', 'about:blank'])(
    'refuses sender %s with UNAUTHORIZED and never reaches the core',
    (sender) => {
      const core = fakeCore();
      const result = guardedInvoke(core, sender, 'workshop:list', {});
      expect(result).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
      expect(core.dispatch).not.toHaveBeenCalled();
    },
  );

  it.each(['workshop:drop', '__proto__', 'constructor', '', 42, null, undefined, { toString: () => 'app:info' }])(
    'refuses unknown op %s with NOT_FOUND',
    (op) => {
      const core = fakeCore();
      const result = guardedInvoke(core, APP, op, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(core.dispatch).not.toHaveBeenCalled();
    },
  );

  it('turns a throwing core into an INTERNAL result instead of throwing', () => {
    const core: Dispatcher = {
      dispatch: () => {
        throw new Error('boom');
      },
    };
    expect(() => guardedInvoke(core, APP, 'app:info', undefined)).not.toThrow();
    expect(guardedInvoke(core, APP, 'app:info', undefined)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('accepts the dev server only when it is trusted', async () => {
    const core = fakeCore();
    expect((await guardedInvoke(core, 'http://localhost:5173/', 'app:info', undefined)).ok).toBe(false);
    expect((await guardedInvoke(core, 'http://localhost:5173/', 'app:info', undefined, trustedOrigins('http://localhost:5173'))).ok).toBe(true);
  });

  it('keeps error messages short when the op name is huge', async () => {
    const result = await guardedInvoke(fakeCore(), APP, 'x'.repeat(10_000), {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message.length).toBeLessThan(200);
  });
});
