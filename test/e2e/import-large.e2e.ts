import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../src/main/backend';
import type { ExportedFile } from '../../src/shared/export';
import { SCREEN } from '../helpers/browser';
import { call, manualClock, testCore } from '../helpers/core';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { answeredAlignmentDay } from '../main/export/alignment-day-fill';

// A workshop file over the 1 MiB socket cap (a 100-person six-hour day,
// answered), imported from the export screen in real Chromium: it goes over
// the upload path, not the socket, and the save queue is not left stalled.

describe('importing a large workshop file in browser mode', () => {
  let session: Session;
  let workshopId = '';
  let filePath = '';
  const dataDir = tempDir();

  beforeAll(async () => {
    const clock = manualClock('2026-12-03T08:00:00.000Z');
    const core = testCore(dataDir, clock.now);
    workshopId = answeredAlignmentDay(core, 100, clock);
    const backend = createBackend(core);
    const r = await backend.invoke('export:prepare', { workshopId, format: 'json' });
    if (!r.ok) throw new Error(r.error.message);
    filePath = join(tempDir(), 'alignment-day-100.common-ground.json');
    writeFileSync(filePath, backend.exports.get((r.value as ExportedFile).exportId)!.body);
    expect(call(core, 'workshop:list', {})).toHaveLength(1);
    core.close();
    session = await openSession(dataDir);
  }, 120_000);
  afterAll(async () => {
    await session?.close();
  });

  it('imports a file over 1 MiB from the export screen and opens the new workshop', async () => {
    const bytes = statSync(filePath).size;
    console.log(`[e2e import] file: ${bytes.toLocaleString('en-US')} bytes`);
    expect(bytes).toBeGreaterThan(1024 * 1024);
    const { page, errors } = await session.page(SCREEN.desktop);
    await page.goto(`${session.serve.origin}/#/export/${workshopId}`);
    await expect.poll(() => page.getByText('Import a workshop').isVisible()).toBe(true);
    await page.locator('input[type="file"]').setInputFiles(filePath);
    await expect.poll(() => page.url(), { timeout: 60_000 }).toMatch(/#\/w\//);
    expect(page.url()).not.toContain(workshopId);
    await expect.poll(() => page.getByText('Imported “Alignment day (100 people)”.').isVisible()).toBe(true);
    await shot(page, 'import-large-1920');
    // The socket is still fine: a later write saves.
    await page.goto(`${session.serve.origin}/#/`);
    await expect.poll(() => page.getByText('Alignment day (100 people)').count()).toBe(2);
    expect(await page.getByText('Your last change has not been saved').count()).toBe(0);
    expect(errors).toEqual([]);
  }, 120_000);
});
