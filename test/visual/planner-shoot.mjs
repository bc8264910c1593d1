// The planner at three sizes (phone, laptop, desktop): the empty list, the
// sample kickoff with the lead sort's settings open, and a facilitator guide.
// Prints the page width, whether "Run workshop" is on screen and axe's findings.
// Usage: node test/visual/planner-shoot.mjs   (PNGs in /tmp/shots/planner)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations, launch, openPage, P1280, P1920, PHONE, startServe } from './shoot-kit.mjs';

const out = '/tmp/shots/planner';
mkdirSync(out, { recursive: true });
const { link, child } = await startServe('cg-planner-shots-');
const browser = await launch();
try {
  const sizes = [
    ['390', PHONE],
    ['1280', P1280],
    ['1920', P1920],
  ].filter(([n]) => !process.env.SIZES || process.env.SIZES.split(',').includes(n));
  for (const [name, size] of sizes) {
    const { context, page, errors } = await openPage(browser, size);
    page.setDefaultTimeout(20_000);
    await page.goto(link);
    await page.getByRole('heading', { name: 'Workshops' }).waitFor();
    await page.waitForTimeout(300);
    if (await page.getByRole('heading', { name: 'Plan your first alignment workshop' }).count()) {
      await page.screenshot({ path: join(out, `list-empty-${name}.png`), fullPage: true });
      await page.getByRole('button', { name: /^Sample/ }).click();
    } else {
      await page.screenshot({ path: join(out, `list-${name}.png`), fullPage: true });
      await page
        .getByRole('link', { name: /^Sample/ })
        .first()
        .click();
    }
    await page.locator('[data-testid="agenda-row"]').nth(6).waitFor();
    await page.waitForTimeout(300);
    const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
    const run = page.getByRole('link', { name: 'Run workshop' });
    const runBox = await run.boundingBox();
    console.log(`${name}: page ${width} px wide; Run workshop at x=${runBox && Math.round(runBox.x)}..${runBox && Math.round(runBox.x + runBox.width)}`);
    await page.screenshot({ path: join(out, `planner-${name}.png`), fullPage: false });
    await page.screenshot({ path: join(out, `planner-${name}-full.png`), fullPage: true });
    await page.getByRole('button', { name: 'Settings and notes for What makes a quality lead?' }).click();
    await page.getByRole('button', { name: /Add a signal/ }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(out, `leadsort-${name}-full.png`), fullPage: true });
    await page.screenshot({ path: join(out, `leadsort-${name}-added.png`) });
    await page.locator('.config-editor').scrollIntoViewIfNeeded();
    await page.evaluate(() => document.querySelector('.config-editor').scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(out, `leadsort-${name}-top.png`) });
    await page.evaluate(() => document.querySelector('.item-rows').scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(out, `leadsort-${name}-rows.png`) });
    const guide = page.getByRole('button', { name: 'Facilitator guide: Lead-quality sort' });
    await guide.scrollIntoViewIfNeeded();
    await guide.click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(out, `guide-${name}.png`) });
    const axeGuide = await axeViolations(page);
    if (axeGuide.length) console.log(`${name}: axe with the guide open: ${axeGuide.join('; ')}`);
    await page.keyboard.press('Escape');
    const axe = await axeViolations(page);
    console.log(`${name}: axe ${axe.length ? axe.join('; ') : 'clean'}; console errors: ${errors.length ? errors.join(' | ') : 'none'}`);
    await context.close();
  }
} finally {
  await browser.close();
  child.kill();
}
