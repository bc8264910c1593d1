import { describe, expect, it, vi } from 'vitest';
import { i18nFor } from '../../src/main/i18n';
import { createAppStore } from '../../src/renderer/store';
import { createFakeApi } from '../helpers/fake-api';

// Issue #19: a new activity added in the planner starts in its workshop's language (title and
// example content), as the core would make it; an English workshop is unchanged.

function setup(language: 'en' | 'es') {
  const api = createFakeApi();
  const store = createAppStore({ api, retryBaseMs: 5, retryMaxMs: 20 });
  const w = api.seedWorkshop({ title: 'Taller Madrid', language }, { activities: [{ kind: 'slide', title: 'Bienvenida', minutes: 5 }] });
  return { api, s: () => store.getState(), w };
}

describe('planner: adding an activity in a workshop of another language', () => {
  it('sends the title and example content in the workshop’s language', async () => {
    const env = setup('es');
    await env.s().openWorkshop(env.w.id);
    expect(await env.s().addActivity('retro')).toBeTruthy();
    const input = env.api.callsOf('activity:add')[0] as { title: string; config: { prompts: { id: string; text: string }[] } };
    expect(input.title).toBe('Retrospectiva de confianza');
    expect(input.config.prompts.map((p) => p.id)).toEqual(['broke', 'builds', 'step']);
    expect(input.config.prompts[0]!.text).toBe('¿Qué rompió la confianza entre nosotros?');
  });

  it('an English workshop gets the English defaults', async () => {
    const env = setup('en');
    await env.s().openWorkshop(env.w.id);
    await env.s().addActivity('retro');
    const input = env.api.callsOf('activity:add')[0] as { title: string; config: { prompts: { text: string }[] } };
    expect(input.title).toBe('Trust retrospective');
    expect(input.config.prompts[0]!.text).toBe('What broke trust between us?');
  });
});

describe('a request that throws (the network, the desktop bridge)', () => {
  it('is said in the interface language, not as the browser’s English', async () => {
    const api = createFakeApi();
    const w = api.seedWorkshop({ title: 'Kickoff' });
    const store = createAppStore({ api, retryBaseMs: 5, retryMaxMs: 20, i18n: () => i18nFor('de') });
    await store.getState().openWorkshop(w.id);
    const invoke = api.invoke.bind(api);
    let down = true;
    api.invoke = ((op: string, input: unknown) =>
      down ? Promise.reject(new TypeError('Failed to fetch')) : invoke(op as never, input as never)) as typeof api.invoke;
    store.getState().updateWorkshop({ goal: 'Offline' });
    await vi.waitFor(() => expect(store.getState().save.retrying).toBe(true));
    expect(store.getState().save.lastError).toBe('Die Verbindung zu Common Ground ist fehlgeschlagen. Versuchen Sie es noch einmal.');
    down = false;
    await vi.waitFor(() => expect(store.getState().save.pending).toBe(0));
  });
});
