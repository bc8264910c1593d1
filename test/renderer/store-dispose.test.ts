import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../src/renderer/store';
import { createFakeApi, type FakeApi } from '../helpers/fake-api';

// A store that is disposed (a window closed, a test torn down) stops listening to the
// API's change events: every listener the store and its slices added is removed, and an
// event that arrives later does not reach the old store.

/** The fake API, counting the listeners that are live now. */
function countingApi(): FakeApi & { live(): number } {
  const api = createFakeApi();
  let live = 0;
  const on = api.on.bind(api);
  return Object.assign(api, {
    on: ((event, listener) => {
      live += 1;
      const off = on(event, listener);
      let done = false;
      return () => {
        if (!done) live -= 1;
        done = true;
        off();
      };
    }) as FakeApi['on'],
    live: () => live,
  });
}

describe('disposing the store', () => {
  it('removes every listener it added, so stores made one after another do not pile up listeners', () => {
    const api = countingApi();
    for (let i = 0; i < 3; i++) {
      const store = createAppStore({ api, retryBaseMs: 5, retryMaxMs: 20 });
      expect(api.live()).toBeGreaterThan(0);
      store.dispose();
      expect(api.live()).toBe(0);
    }
  });

  it('an event after disposal does not reach the old store’s run console', async () => {
    const api = countingApi();
    const w = api.seedWorkshop({ title: 'Closed window' });
    const store = createAppStore({ api, retryBaseMs: 5, retryMaxMs: 20 });
    await store.getState().openRun(w.id);
    store.dispose();
    const before = api.calls.length;
    api.emit('room:changed', {});
    api.emit('run:changed', { workshopId: w.id });
    api.emit('workshop:changed', { workshopId: w.id });
    await new Promise((r) => setTimeout(r, 0));
    expect(api.calls.slice(before).map((c) => c.op)).toEqual([]);
  });
});
