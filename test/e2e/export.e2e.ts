import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations, SCREEN } from '../helpers/browser';
import { manualClock, testCore } from '../helpers/core';
import { openSession, shot, type Session } from '../helpers/e2e-session';
import { tempDir } from '../helpers/temp-dir';
import { finishedSample } from '../helpers/workshop-fill';

// Export from the UI in browser mode: the PDF report, a CSV and the JSON,
// downloaded by Chromium, then the JSON imported back.

describe('exporting a finished workshop in browser mode', () => {
  let session: Session;
  let workshopId = '';
  const dataDir = tempDir();
  const out = tempDir();

  beforeAll(async () => {
    // A finished sample workshop with everyone's answers, written before the server opens the database.
    const clock = manualClock('2026-12-03T09:00:00.000Z');
    const core = testCore(dataDir, clock.now);
    workshopId = finishedSample(core, clock);
    core.close();
    session = await openSession(dataDir);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('makes and downloads the report, raw data and the workshop file, and imports it back', async () => {
    const { page, errors } = await session.page(SCREEN.desktop, { acceptDownloads: true });
    const origin = session.serve.origin;
    await page.goto(`${origin}/#/w/${workshopId}`);
    await page.getByRole('link', { name: 'Export' }).click();
    await expect.poll(() => page.url()).toContain(`#/export/${workshopId}`);
    await expect.poll(() => page.getByRole('heading', { name: /Export “Sales & Marketing alignment session/ }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('The workshop is finished: this is the full report.').isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(page, 'export screen');
    await shot(page, 'export-1920');

    // The PDF, US Letter, without the appendix.
    await page.getByLabel('US Letter').check();
    await page.getByLabel('Appendix with every answer').uncheck();
    const [pdfDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Make and download the report' }).click()]);
    expect(pdfDownload.suggestedFilename()).toBe('sales-marketing-alignment-session-report.pdf');
    const pdfPath = join(out, 'report.pdf');
    await pdfDownload.saveAs(pdfPath);
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Executive summary');
    expect(text).toContain('Commitments and action items');
    expect(text).not.toContain('Appendix: every answer');
    expect(text).not.toContain('Interim report');
    expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792/);
    await expect.poll(() => page.getByText(/\d+ pages · \d+ KB · made in/).isVisible()).toBe(true);
    await shot(page, 'export-done-1920');

    // A CSV.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Answers (CSV)' }).click()]);
    const csvPath = join(out, 'answers.csv');
    await csv.saveAs(csvPath);
    expect(readFileSync(csvPath, 'utf8').split('\r\n')[0]).toBe('\uFEFFactivity_number,activity,participant,team,item,answer,value_json,time');

    // The key results as PowerPoint, for the next leadership meeting's slides.
    const [pptx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Key results for slides (PowerPoint)' }).click(),
    ]);
    expect(pptx.suggestedFilename()).toMatch(/-results\.pptx$/);
    const pptxPath = join(out, 'results.pptx');
    await pptx.saveAs(pptxPath);
    expect(readFileSync(pptxPath).subarray(0, 2).toString()).toBe('PK');

    // The whole workshop as JSON, then imported back as a new workshop.
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Whole workshop (JSON)' }).click()]);
    const jsonPath = join(out, json.suggestedFilename());
    await json.saveAs(jsonPath);
    await page.locator('input[type="file"]').setInputFiles(jsonPath);
    await expect.poll(() => page.url()).toMatch(/#\/w\//);
    expect(page.url()).not.toContain(workshopId);
    await expect.poll(() => page.getByText(/Imported “Sales & Marketing alignment session/).isVisible()).toBe(true);

    // A broken file says why and changes nothing.
    await page.goto(`${origin}/#/export/${workshopId}`);
    const brokenPath = join(out, 'broken.json');
    execFileSync('sh', ['-c', `printf '{"format":"common-ground.workshop","version":9}' > "${brokenPath}"`]);
    await page.locator('input[type="file"]').setInputFiles(brokenPath);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'newer version of Common Ground' }).isVisible()).toBe(true);

    // The console links here too.
    await page.goto(`${origin}/#/run/${workshopId}`);
    await expect.poll(() => page.getByRole('link', { name: 'Export' }).getAttribute('href')).toBe(`#/export/${workshopId}`);
    expect(errors).toEqual([]);
  });
});
