import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import { assembleReport, anonymityNote } from '../../../src/main/report/data';
import { ReportRenderer } from '../../../src/main/report/render';
import { REPORT_SECTIONS, type ReportOptions } from '../../../src/main/report/types';
import { call, manualClock, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { finishedSample } from '../../helpers/workshop-fill';
import { findDefinition } from '../../../src/activities/registry';
import { genericWorkshop, genericWorkshopAt } from '../../helpers/generic-workshop';

// The sample workshop, run to the end, rendered to a real PDF in the worker
// and read back with pdftotext -layout.

const renderer = new ReportRenderer();
const dir = tempDir();
const FULL: ReportOptions = { paper: 'a4', sections: REPORT_SECTIONS };

function pdfText(pdf: Buffer, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}
const pdfTool = (tool: string, pdf: Buffer, name: string) => {
  const file = join(dir, name);
  writeFileSync(file, pdf);
  return execFileSync(tool, [file], { encoding: 'utf8' });
};
/** Collapse layout whitespace so phrases split over columns still match. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

async function render(core: Core, workshopId: string, options: ReportOptions = FULL) {
  const data = core.transact('report', (ctx) => assembleReport(ctx, workshopId, options));
  if (!data.ok) throw new Error(data.error.message);
  const out = await renderer.render(data.value);
  return { data: data.value, ...out };
}

afterAll(() => renderer.close());

describe('the sample report', () => {
  const clock = manualClock('2026-12-03T09:00:00.000Z');
  const core = testCore(tempDir(), clock.now);
  let text = '';
  let pages = 0;
  let pdf: Buffer;
  let workshopId = '';

  beforeAll(async () => {
    workshopId = finishedSample(core, clock);
    const out = await render(core, workshopId);
    pdf = out.pdf;
    pages = out.pages;
    text = pdfText(pdf, 'sample.pdf');
  }, 60_000);

  it('has a cover, an executive summary, the agenda, every section, commitments and the appendix', () => {
    expect(pages).toBeGreaterThan(8);
    for (const heading of [
      'WORKSHOP REPORT',
      'Executive summary',
      'Agenda: planned and actual',
      'What we did and found',
      'Commitments and action items',
      'Appendix: every answer',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Sales & Marketing alignment session');
    expect(text).toContain('Maya Jovanović');
    expect(flat(text)).toMatch(/\d+ of 90 planned minutes used on 8 of 8 activities\./); // finished: not "so far"
    expect(text).toMatch(/Page 2 of \d+/);
    expect(text).not.toContain('Interim report');
  });

  it('puts each section’s key figures in the text', () => {
    const t = flat(text);
    expect(t).toContain('Top priority:');
    expect(t).toContain('Ranked first:');
    expect(t).toContain('Where people put each card');
    expect(t).toContain('Where Sales and Marketing differ most');
    expect(t).toMatch(/\d+ dots/);
    expect(t).toMatch(/Sales n=5 · Marketing n=5/);
    expect(t).toContain('What makes a quality lead?');
    // Agenda: planned and actual minutes with the totals.
    expect(t).toMatch(/Total 90 min \d+ min/);
  });

  it('lists the commitments with owners and dates, in the summary and in their chapter', () => {
    const t = flat(text);
    for (const [what, who] of <[string, string][]>[
      ['Draft the shared', 'Sofia Lindqvist'],
      ['Set up the joint', 'Tomás Ferreira'],
      ['Add lead follow-up', 'Ravi Menon'],
    ]) {
      expect(t.split(what).length - 1).toBeGreaterThanOrEqual(2);
      expect(t).toContain(who);
    }
    expect(t).toContain('Tue, Dec 8, 2026'); // one date style, the workshop's locale (US dollars: en-US)
  });

  it('says how anonymity works, in one sentence', () => {
    expect(flat(text)).toContain(anonymityNote(3));
  });

  it('shows no participant name in an anonymous activity’s section or appendix table', () => {
    const detail = call(core, 'workshop:get', { id: workshopId });
    const t = flat(text);
    const section = (from: string, to: string, after = 0) => {
      const start = t.indexOf(from, after);
      expect(start).toBeGreaterThan(-1);
      return t.slice(start, t.indexOf(to, start + from.length));
    };
    const activities = t.indexOf('What we did and found', t.indexOf('What we did and found') + 1);
    const icebreaker = section('2. Icebreaker', '3. What makes a quality lead?', activities);
    const appendix = section(
      'Icebreaker: one thing the other team does not see about my job',
      'What makes a quality lead?',
      t.lastIndexOf('Appendix: every answer'),
    );
    expect(icebreaker).toContain('cards');
    for (const p of detail.participants) {
      expect(icebreaker).not.toContain(p.name);
      expect(appendix).not.toContain(p.name);
    }
    // Names are off by default: the (not anonymous) commitments brainstorm is "Team only" and shows none either.
    const commitments = section('7. Commitments: what we start on Monday', '8. Wrap-up', activities);
    expect(commitments).toContain('Team only');
    for (const p of detail.participants) expect(commitments).not.toContain(p.name);
  });

  it('embeds only its own fonts and is a tagged PDF', () => {
    const fonts = pdfTool('pdffonts', pdf, 'fonts.pdf');
    const names = fonts
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((l) => l.split(/\s+/)[0]!);
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n).toMatch(/\+NotoSans/);
    const info = pdfTool('pdfinfo', pdf, 'info.pdf');
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+/);
  });

  it('renders US Letter and only the chosen sections', async () => {
    const out = await render(core, workshopId, { paper: 'us-letter', sections: ['summary', 'commitments'] });
    expect(pdfTool('pdfinfo', out.pdf, 'letter.pdf')).toMatch(/Page size:\s+612 x 792/);
    const t = pdfText(out.pdf, 'letter.pdf');
    expect(t).toContain('Executive summary');
    expect(t).toContain('Commitments and action items');
    expect(t).not.toContain('Appendix: every answer');
    expect(t).not.toContain('Agenda: planned and actual');
  }, 30_000);
});

describe('reports before the end, small teams and other scripts', () => {
  it('labels a report of a workshop that has not run as interim', async () => {
    const core = testCore();
    const w = genericWorkshop(core);
    const out = await render(core, w.id);
    const t = flat(pdfText(out.pdf, 'plan.pdf'));
    expect(t).toContain('Interim report: the workshop has not been run yet');
    expect(t).toContain('The workshop has not started yet');
  }, 30_000);

  it('says a team split is suppressed when too few of them answered, and draws CJK names with the fallback font', async () => {
    const clock = manualClock();
    const core = testCore(tempDir(), clock.now);
    const w = genericWorkshop(core);
    call(core, 'workshop:update', { id: w.id, patch: { namesInExports: true } }); // the roster shows names
    const [lin] = call(core, 'participant:addMany', { workshopId: w.id, people: [{ name: '林美玲', team: 'other', role: 'RevOps' }] });
    const detail = call(core, 'workshop:get', { id: w.id });
    const vote = detail.activities.find((a) => a.kind === 'dotvote')!;
    const option = (vote.config as { options: { id: string }[] }).options[0]!.id;
    for (const p of detail.participants) call(core, 'response:submit', { activityId: vote.id, participantId: p.id, itemKey: option, value: { dots: 1 } });
    const out = await render(core, w.id);
    const t = flat(pdfText(out.pdf, 'small.pdf'));
    expect(t).toContain('Other n=1: suppressed');
    expect(t).toContain('Fewer than 3 people of a suppressed team answered');
    // The overall minus the shown teams would give Lin's answer away: the smallest shown team is hidden too, and the report says why.
    expect(t).toMatch(/(Sales|Marketing) n=\d+: hidden too/);
    expect(t).toMatch(/(Sales|Marketing) hidden too: with it, the answers of the 1 person from Other could be worked out from the total\./);
    expect(t).toContain(lin!.name);
    expect(pdfTool('pdffonts', out.pdf, 'cjk.pdf')).toContain('NotoSansSC');
  }, 30_000);

  it('draws arrows and check marks (“MQL → SQL conversion”) with the symbol fonts instead of dropping them', async () => {
    const core = testCore();
    const w = call(core, 'workshop:createSample', {});
    const kpi = call(core, 'workshop:get', { id: w.id }).activities.find((a) => a.kind === 'kpisort')!;
    call(core, 'run:start', { workshopId: w.id });
    call(core, 'run:goto', { workshopId: w.id, activityId: kpi.id });
    const board = findDefinition('kpisort')!.board!.initial() as { rows: unknown[] };
    call(core, 'run:setBoard', {
      activityId: kpi.id,
      board: { ...board, rows: [{ kpiId: 'kpi3', owner: 'shared', person: 'Ravi Menon', target: '25', unit: '%' }] },
    });
    const out = await render(core, w.id);
    const t = flat(pdfText(out.pdf, 'symbols.pdf'));
    expect(t).toContain('MQL → SQL conversion Shared Ravi Menon 25 %');
    expect(pdfTool('pdffonts', out.pdf, 'symbols.pdf')).toMatch(/NotoSansMath/);
  }, 30_000);

  it('draws the emoji people type on cards with the emoji font instead of dropping them', async () => {
    const core = testCore();
    const { w, detail, activity: ice } = genericWorkshopAt(core, 'brainstorm');
    call(core, 'response:submit', {
      activityId: ice.id,
      participantId: detail.participants[0]!.id,
      itemKey: 'card-emoji01',
      value: { text: 'Closing a deal on the last day 🎉🚀' },
    });
    const out = await render(core, w.id);
    expect(pdfTool('pdffonts', out.pdf, 'emoji.pdf')).toMatch(/NotoEmoji/);
    expect(flat(pdfText(out.pdf, 'emoji.pdf'))).toContain('Closing a deal on the last day');
  }, 30_000);
});
