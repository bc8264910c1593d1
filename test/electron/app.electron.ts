// The packed desktop app, driven by Playwright's Electron driver. Run with
// `npm run test:electron` (scripts/test-electron.mjs packs the app and sets
// CG_PACKED_APP); it needs a real Electron binary and a display (Xvfb).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir';

interface Bridge {
  invoke(op: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }>;
}
type WithBridge = { commonGround: Bridge };

const packed = process.env.CG_PACKED_APP;
if (!packed) throw new Error('CG_PACKED_APP is not set: run this through `npm run test:electron`.');

function invoke<T>(page: Page, op: string, input: unknown): Promise<{ ok: boolean; value: T; error?: { message: string } }> {
  return page.evaluate(([o, i]) => (window as unknown as WithBridge).commonGround.invoke(o as string, i), [op, input] as const) as Promise<{
    ok: boolean;
    value: T;
    error?: { message: string };
  }>;
}

describe('the packed desktop app', () => {
  let app: ElectronApplication;
  let page: Page;
  const dataDir = tempDir();
  const saved = join(tempDir(), 'report.pdf');
  let workshopId = '';

  beforeAll(async () => {
    // Chromium refuses to run as root with its sandbox (containers, CI); elsewhere the sandbox stays on.
    const args = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    app = await _electron.launch({ executablePath: packed, args, env: { ...process.env, COMMON_GROUND_DATA_DIR: dataDir }, timeout: 60_000 });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });
  afterAll(async () => {
    await app?.close();
  });

  it('runs from app.asar with the fuses flipped', async () => {
    expect(await app.evaluate(({ app: electronApp }) => electronApp.isPackaged)).toBe(true);
    expect(await app.evaluate(({ app: electronApp }) => electronApp.getAppPath())).toMatch(/app\.asar$/);
    const wire = (await getCurrentFuseWire(packed)) as unknown as Record<number, number>;
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    // Kept on only in this test pack: Playwright's driver needs --inspect.
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.ENABLE);
  });

  it('opens its window on the app:// page, visible, with no Node in the page', async () => {
    expect(page.url()).toMatch(/^app:\/\/common-ground\//);
    await expect.poll(() => page.title()).toMatch(/Common Ground/);
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().some((w) => w.isVisible()))).toBe(true);
    expect(await page.evaluate(() => [typeof (globalThis as Record<string, unknown>).require, typeof (globalThis as Record<string, unknown>).process])).toEqual(
      ['undefined', 'undefined'],
    );
    // Navigating away is refused (file: is not https, so nothing is opened outside either).
    await page.evaluate(() => void (window.location.href = 'file:///etc/hostname')).catch(() => {});
    await expect.poll(() => page.url()).toMatch(/^app:\/\/common-ground\//);
  });

  it('answers over IPC through the preload bridge', async () => {
    const listed = await invoke<unknown[]>(page, 'workshop:list', {});
    expect(listed.ok).toBe(true);
    expect(Array.isArray(listed.value)).toBe(true);
    const unknown = await invoke(page, 'no:such-op', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const sample = await invoke<{ id: string }>(page, 'workshop:createSample', {});
    expect(sample.ok).toBe(true);
    workshopId = sample.value.id;
    const again = await invoke<{ id: string }[]>(page, 'workshop:list', {});
    expect(again.value.map((w) => w.id)).toContain(workshopId);
  });

  it('makes a PDF report in its worker with the fonts from inside the package', async () => {
    expect(workshopId).not.toBe('');
    const made = await invoke<{ exportId: string; mime: string; bytes: number; pages: number | null }>(page, 'export:prepare', { workshopId, format: 'pdf' });
    expect(made.error?.message).toBeUndefined();
    expect(made.value).toMatchObject({ mime: 'application/pdf' });
    expect(made.value.pages).toBeGreaterThanOrEqual(1);
    // Save it without a dialog: the save dialog is replaced in the main process.
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
    }, saved);
    const result = await invoke<{ saved: boolean; path: string }>(page, 'export:save', { exportId: made.value.exportId });
    expect(result.value).toEqual({ saved: true, path: saved });
    expect(existsSync(saved)).toBe(true);
    expect(readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');
    // The report's own font, read by the worker from app.asar.unpacked (not a system font).
    if (spawnSync('pdffonts', ['-v']).error) console.warn('pdffonts (poppler-utils) is not installed: the embedded fonts were not checked.');
    else expect(execFileSync('pdffonts', [saved], { encoding: 'utf8' })).toMatch(/NotoSans/);
  });

  it('opens the presenter window on the presenter route', async () => {
    const [presenter, opened] = await Promise.all([app.waitForEvent('window'), invoke<{ display: string }>(page, 'window:openPresenter', { workshopId })]);
    expect(opened).toMatchObject({ ok: true });
    await presenter.waitForLoadState('domcontentloaded');
    expect(presenter.url()).toBe(`app://common-ground/index.html#/present/${encodeURIComponent(workshopId)}`);
    await expect.poll(() => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(2);
  });
});
