import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../src/shared/api/contract';
import type { Result } from '../../src/shared/api/result';
import { MAX_IMPORT_BYTES, type Workshop } from '../../src/shared/domain';
import { createAppStore } from '../../src/renderer/store';
import type { UploadProgress, WorkshopUploader } from '../../src/renderer/api/import-upload';
import { createFakeApi } from '../helpers/fake-api';

// Importing a workshop file from the store: the desktop app sends the text
// over IPC (decoded strictly); browser mode uploads the file with progress.

function setup(uploadWorkshop?: WorkshopUploader) {
  const fake = createFakeApi();
  const imported: string[] = [];
  // The fake API has no import: stand in for the core by making a workshop from the file's title.
  const api: ApiClient = {
    ...fake,
    invoke: ((op: string, input: unknown) => {
      if (op !== 'workshop:import') return fake.invoke(op as never, input as never);
      const json = (input as { json: string }).json;
      imported.push(json);
      const w = fake.seedWorkshop({ title: (JSON.parse(json) as { title: string }).title });
      return Promise.resolve({ ok: true, value: w });
    }) as ApiClient['invoke'],
  };
  const store = createAppStore({ api, retryBaseMs: 5, retryMaxMs: 20, ...(uploadWorkshop ? { uploadWorkshop } : {}) });
  return { fake, store, imported };
}

const fileOf = (bytes: Uint8Array<ArrayBuffer> | string) => new Blob([bytes]);

describe('importing a workshop file', () => {
  it('desktop: sends the decoded text as workshop:import', async () => {
    const { store, imported } = setup();
    const r = await store.getState().importWorkshop(fileOf(JSON.stringify({ title: 'Ünïcode day' })));
    expect('id' in r).toBe(true);
    expect(imported).toEqual(['{"title":"Ünïcode day"}']);
  });

  it('desktop: refuses invalid UTF-8 instead of importing U+FFFD, and sends nothing', async () => {
    const { store, imported, fake } = setup();
    const broken = new Uint8Array([...new TextEncoder().encode('{"title":"a'), 0xc3, 0x28, ...new TextEncoder().encode('"}')]);
    const r = await store.getState().importWorkshop(fileOf(broken));
    expect(r).toEqual({ error: expect.stringMatching(/not valid UTF-8/) });
    expect(imported).toEqual([]);
    expect(fake.calls.filter((c) => c.op === 'workshop:import')).toEqual([]);
  });

  it('refuses a file over the import limit before reading it', async () => {
    const { store, imported } = setup();
    const huge = { size: MAX_IMPORT_BYTES + 1, arrayBuffer: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    expect(await store.getState().importWorkshop(huge)).toEqual({ error: expect.stringMatching(/too large .*over 64 MB/) });
    expect(imported).toEqual([]);
  });

  it('browser mode: uploads the file (not the socket) and shows progress while it is sent', async () => {
    const seen: (UploadProgress | null)[] = [];
    let release: (r: Result<Workshop>) => void = () => {};
    const sent: Blob[] = [];
    const upload: WorkshopUploader = (file, onProgress) => {
      sent.push(file);
      onProgress({ loaded: 1_000, total: 2_000 });
      return new Promise((resolve) => (release = resolve));
    };
    const { store, imported, fake } = setup(upload);
    const unsubscribe = store.subscribe((s) => seen.push(s.exportView.importProgress));
    const file = fileOf('x'.repeat(2_000));
    const pending = store.getState().importWorkshop(file);
    await Promise.resolve();
    expect(store.getState().exportView.importProgress).toEqual({ loaded: 1_000, total: 2_000 });
    const w = fake.seedWorkshop({ title: 'Uploaded' });
    release({ ok: true, value: w });
    expect(await pending).toEqual({ id: w.id });
    unsubscribe();
    expect(sent).toEqual([file]);
    expect(imported).toEqual([]);
    expect(seen).toContainEqual({ loaded: 0, total: 2_000 });
    expect(store.getState().exportView.importProgress).toBeNull();
  });

  it('browser mode: an upload error is shown as it is and nothing is retried behind the facilitator’s back', async () => {
    let attempts = 0;
    const upload: WorkshopUploader = () => {
      attempts++;
      return Promise.resolve({ ok: false, error: { code: 'VALIDATION', message: 'That file is not valid UTF-8 text. Nothing was imported.' } });
    };
    const { store } = setup(upload);
    expect(await store.getState().importWorkshop(fileOf('{}'))).toEqual({ error: 'That file is not valid UTF-8 text. Nothing was imported.' });
    expect(attempts).toBe(1);
    expect(store.getState().save.pending).toBe(0);
  });
});
