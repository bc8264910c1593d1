import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../src/renderer/store';
import { STALL_AFTER } from '../../src/renderer/store/save-slice';
import { createFakeApi } from '../helpers/fake-api';
import { renderApp } from './render-app';

// A transport failure never leaves the save queue retrying silently: after a
// few failed attempts the facilitator is told and can retry now or cancel.

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('save queue when Common Ground cannot be reached', () => {
  it('says it is stalled after a few failures; Cancel gives that change up and lets the next one through', async () => {
    const api = createFakeApi();
    const store = createAppStore({ api, retryBaseMs: 2, retryMaxMs: 10 });
    api.setDown(true);
    const first = store.getState().enqueue({ op: 'workshop:create', input: { title: 'Lost in transit' } });
    const second = store.getState().enqueue({ op: 'workshop:create', input: { title: 'Behind it' } });
    await waitFor(() => expect(store.getState().save.stalled).toBe(true));
    expect(store.getState().save.attempts).toBeGreaterThanOrEqual(STALL_AFTER);
    expect(store.getState().save.pending).toBe(2);

    api.setDown(false);
    store.getState().cancelFailedSave();
    const r1 = await first;
    expect(r1.ok).toBe(false);
    if (!r1.ok) expect(r1.error.message).toMatch(/Not saved: you cancelled this change/);
    const r2 = await second;
    expect(r2.ok).toBe(true);
    expect([...api.db.workshops.values()].map((w) => w.title)).toEqual(['Behind it']);
    expect(store.getState().save).toMatchObject({ stalled: false, retrying: false, pending: 0 });
  });

  it('Retry now tries at once instead of waiting out the back-off', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const api = createFakeApi();
    const store = createAppStore({ api, retryBaseMs: 1_000, retryMaxMs: 600_000 });
    api.setDown(true);
    const write = store.getState().enqueue({ op: 'workshop:create', input: { title: 'Saved on retry' } });
    await vi.advanceTimersByTimeAsync(1_000 + 2_000);
    expect(store.getState().save.stalled).toBe(true);
    api.setDown(false);
    // The next automatic attempt is 4 s away and the clock is frozen: only Retry now can send it.
    store.getState().retrySaveNow();
    const r = await write;
    expect(r.ok).toBe(true);
    expect(store.getState().save.stalled).toBe(false);
  });

  it('shows an alert with Retry now and Cancel this change, and Cancel clears it', async () => {
    const api = createFakeApi();
    const { store } = renderApp('#/', api);
    await waitFor(() => expect(store.getState().workshops.status).toBe('ready'));
    api.setDown(true);
    const write = store.getState().enqueue({ op: 'workshop:create', input: { title: 'Never mind' } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Your last change has not been saved/);
    api.setDown(false);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Cancel this change' }));
      await write;
    });
    await waitFor(() => expect(screen.queryByText(/Your last change has not been saved/)).toBeNull());
    expect(screen.getByText('All changes saved')).toBeTruthy();
  });
});
