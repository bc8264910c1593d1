// The review page of `npm run shots`: one section per presenter screen, its images at each
// size (every page of a paged screen) with what the layout check measured on it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ScreenReport } from './layout-measure';

export interface ShotEntry {
  screen: string;
  size: { width: number; height: number };
  floor: number;
  /** Image files (relative to the shots folder), one a page. */
  files: string[];
  report: ScreenReport;
}

const esc = (t: string) => t.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The measured figures in a line a reviewer reads at a glance. */
export function figures(e: ShotEntry): string {
  const r = e.report;
  const parts = [
    `min font ${r.minFont} px (floor ${e.floor})`,
    `pages ${Math.max(1, e.files.length)}`,
    `clipped ${r.clipped.length}`,
    `below floor ${r.belowFloor.length}`,
    `missing ${r.missing?.length ?? 0}`,
    `axe ${r.axe.length}`,
  ];
  if (r.overflow) parts.push(`overflow ${r.overflow}`);
  return parts.join(' · ');
}

const problems = (r: ScreenReport) => [
  ...(r.overflow ? [r.overflow] : []),
  ...r.clipped,
  ...(r.missing ?? []).map((t) => `missing: ${t}`),
  ...r.belowFloor,
  ...r.axe,
];

export function writeShotsIndex(dir: string, entries: ShotEntry[]): string {
  const byScreen = new Map<string, ShotEntry[]>();
  for (const e of entries) byScreen.set(e.screen, [...(byScreen.get(e.screen) ?? []), e]);
  const sections = [...byScreen].map(([screen, list]) => {
    const sizes = list
      .map((e) => {
        const bad = problems(e.report);
        return `<figure class="${bad.length ? 'bad' : 'ok'}">
  <figcaption><strong>${e.size.width}×${e.size.height}</strong> · ${esc(figures(e))}${
    bad.length
      ? `<ul>${bad
          .slice(0, 6)
          .map((b) => `<li>${esc(b)}</li>`)
          .join('')}</ul>`
      : ''
  }</figcaption>
  <div class="pages">${e.files.map((f, i) => `<a href="${encodeURI(f)}"><img src="${encodeURI(f)}" alt="${esc(`${screen} at ${e.size.width}×${e.size.height}, page ${i + 1}`)}" loading="lazy" width="${e.size.width}" height="${e.size.height}"></a>`).join('')}</div>
</figure>`;
      })
      .join('\n');
    return `<section id="${esc(screen)}"><h2>${esc(screen)}</h2>\n${sizes}</section>`;
  });
  const failing = entries.filter((e) => problems(e.report).length).length;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Presenter screens: ${byScreen.size} screens</title>
<style>
body{font:15px/1.4 system-ui,sans-serif;margin:24px;background:#f4f5f8;color:#111827}
nav{columns:4;font-size:13px;margin-bottom:24px}nav a{display:block}
section{background:#fff;border-radius:10px;padding:12px 16px;margin:16px 0}
h2{font-size:18px;margin:0 0 8px}figure{margin:8px 0}figcaption{margin-bottom:6px}
figure.bad figcaption{color:#991b1b}.pages{display:flex;gap:8px;flex-wrap:wrap}
.pages img{width:480px;height:auto;border:1px solid #cbd2dc}
</style></head><body>
<h1>Presenter screens</h1>
<p>${byScreen.size} screens, ${entries.length} screen sizes measured, ${entries.reduce((n, e) => n + e.files.length, 0)} images, ${failing} with a finding.</p>
<nav>${[...byScreen.keys()].map((s) => `<a href="#${esc(s)}">${esc(s)}</a>`).join('')}</nav>
${sections.join('\n')}
</body></html>
`;
  const path = join(dir, 'index.html');
  writeFileSync(path, html);
  return path;
}
