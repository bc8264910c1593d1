import { describe, expect, it } from 'vitest';
import { loadCatalog, roomI18n } from '../../../src/renderer/i18n/catalogs';
import { createAppStore } from '../../../src/renderer/store';
import { createFakeApi } from '../../helpers/fake-api';

// What the store says (toasts and errors) in the facilitator's interface language: the store reads
// the language through `i18n` each time it speaks; English when none is given.

async function germanStore() {
  await loadCatalog('de');
  const api = createFakeApi();
  const w = api.seedWorkshop(
    { title: 'Kickoff' },
    { participants: [{ name: 'Dana Lee', team: 'sales' }], activities: [{ kind: 'slide', title: 'Welcome', minutes: 10 }] },
  );
  const store = createAppStore({ api, retryBaseMs: 5, retryMaxMs: 20, i18n: () => roomI18n('de')! });
  await store.getState().openWorkshop(w.id);
  return { api, store };
}

const lastToast = (store: Awaited<ReturnType<typeof germanStore>>['store']) => store.getState().toasts.at(-1)!;

describe('the store in German', () => {
  it('says what was removed, with German quotation marks and a German Undo', async () => {
    const { store } = await germanStore();
    const activity = store.getState().planner.detail!.activities[0]!;
    store.getState().removeActivity(activity.id);
    expect(lastToast(store).message).toBe('„Welcome“ entfernt.');
    expect(lastToast(store).action?.label).toBe('Rückgängig');

    const person = store.getState().planner.detail!.participants[0]!;
    store.getState().removeParticipant(person.id);
    expect(lastToast(store).message).toBe('„Dana Lee“ von der Liste entfernt.');
  });

  it('counts the people a pasted list added, and says why a logo cannot be set without a workshop', async () => {
    const { store } = await germanStore();
    expect(
      await store.getState().addParticipants([
        { name: 'Anna Roth', team: 'sales', role: '' },
        { name: 'Ben Kurz', team: 'other', role: '' },
      ]),
    ).toBeNull();
    expect(lastToast(store).message).toBe('2 Personen zur Liste hinzugefügt.');
    store.getState().closeWorkshop();
    expect(await store.getState().setWorkshopLogo('iVBORw0KGgo=')).toBe('Öffnen Sie zuerst einen Workshop.');
  });

  it('speaks English when no language is given', async () => {
    const api = createFakeApi();
    const w = api.seedWorkshop({ title: 'Kickoff' }, { activities: [{ kind: 'slide', title: 'Welcome', minutes: 10 }] });
    const store = createAppStore({ api, retryBaseMs: 5, retryMaxMs: 20 });
    await store.getState().openWorkshop(w.id);
    store.getState().removeActivity(store.getState().planner.detail!.activities[0]!.id);
    expect(lastToast(store).message).toBe('Removed “Welcome”.');
    expect(lastToast(store).action?.label).toBe('Undo');
  });
});
