import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend, type Backend } from '../../../src/main/backend';
import { ACTIVITIES } from '../../../src/activities/registry';
import type { ExportedFile, ExportFormat } from '../../../src/shared/export';
import type { Participant } from '../../../src/shared/domain';
import { call, manualClock, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { everyKindAnswered, NO_ANSWERS } from './every-kind-fill';

// Every activity kind × {names off, names on} × {PDF text, CSV}. Each kind is
// answered by its own six people with surnames found nowhere else (see
// every-kind-fill.ts), so a name in an export says which kind let it through.

/** What the issue asks: which kinds may carry names, written out (not derived from the code under test). */
const NAMED_WHEN_ON = ['cardsort', 'dotvote', 'ranking', 'leadsort', 'kpisort', 'comp', 'brainstorm', 'messaging'];
const ALWAYS_NAMED = ['commitments'];
const NEVER_NAMED = ['persona', 'retro', 'buyingmap', 'pulse'];

const dir = tempDir();

async function exported(backend: Backend, workshopId: string, format: ExportFormat): Promise<string> {
  const r = await backend.invoke('export:prepare', { workshopId, format });
  if (!r.ok) throw new Error(r.error.message);
  const body = backend.exports.get((r.value as ExportedFile).exportId)!.body;
  if (format !== 'pdf') return body.toString('utf8');
  const file = join(dir, `${workshopId}-${Date.now()}.pdf`);
  writeFileSync(file, body);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

const surname = (p: Participant) => p.name.split(' ')[1]!;

describe('names in the report and exports: every kind × names off/on × PDF/CSV', () => {
  const clock = manualClock('2026-12-03T08:00:00.000Z');
  const core = testCore(tempDir(), clock.now);
  const backend = createBackend(core);
  let workshopId = '';
  let groupOf = new Map<string, Participant[]>();
  const out: Record<'off' | 'on', { pdf: string; responses: string; actions: string; participants: string }> = {} as never;

  beforeAll(async () => {
    ({ workshopId, groupOf } = everyKindAnswered(core, clock));
    for (const setting of ['off', 'on'] as const) {
      call(core, 'workshop:update', { id: workshopId, patch: { namesInExports: setting === 'on' } });
      out[setting] = {
        pdf: await exported(backend, workshopId, 'pdf'),
        responses: await exported(backend, workshopId, 'responses.csv'),
        actions: await exported(backend, workshopId, 'action-items.csv'),
        participants: await exported(backend, workshopId, 'participants.csv'),
      };
    }
  }, 120_000);

  afterAll(async () => {
    await backend.exports.close();
    core.close();
  });

  it('covers every registered kind', () => {
    expect([...NAMED_WHEN_ON, ...ALWAYS_NAMED, ...NEVER_NAMED, ...NO_ANSWERS].sort()).toEqual([...Object.keys(ACTIVITIES)].sort());
    for (const kind of Object.keys(ACTIVITIES).filter((k) => !NO_ANSWERS.includes(k))) {
      const title = call(core, 'workshop:get', { id: workshopId }).activities.find((a) => a.kind === kind)!.title;
      expect(out.off.responses, `${kind} has answers in the CSV`).toContain(title);
    }
  });

  for (const setting of ['off', 'on'] as const) {
    for (const kind of Object.keys(ACTIVITIES).filter((k) => !NO_ANSWERS.includes(k))) {
      const named = ALWAYS_NAMED.includes(kind) || (setting === 'on' && NAMED_WHEN_ON.includes(kind));
      it(`names ${setting}: ${kind} ${named ? 'carries' : 'carries no'} names in the PDF and the CSV`, () => {
        const o = out[setting];
        // With names on the roster lists everyone by design: look everywhere else.
        const pdf = setting === 'on' ? o.pdf.slice(0, o.pdf.lastIndexOf('Who took part')) : o.pdf;
        const csv = o.responses + o.actions + (setting === 'off' ? o.participants : '');
        const group = groupOf.get(kind)!;
        const inPdf = group.filter((p) => pdf.includes(surname(p)));
        const inCsv = group.filter((p) => csv.includes(surname(p)));
        if (named) {
          expect(inPdf.length, `${kind}: names in the PDF`).toBeGreaterThan(0);
          expect(inCsv.length, `${kind}: names in the CSV`).toBeGreaterThan(0);
        } else {
          expect(
            inPdf.map((p) => p.name),
            `${kind}: names in the PDF`,
          ).toEqual([]);
          expect(
            inCsv.map((p) => p.name),
            `${kind}: names in the CSV`,
          ).toEqual([]);
        }
      });
    }
  }

  it('names off: the roster and the participants file hold no names, and only named answers carry a time', () => {
    expect(out.off.pdf.replace(/\s+/g, ' ')).toContain('Their names are left out because “Names in the report and exports” is off.');
    expect(out.off.participants.replace('\uFEFF', '').split('\r\n')[0]).toBe('team,people');
    const rows = out.off.responses.split('\r\n').slice(1).filter(Boolean);
    const commitments = call(core, 'workshop:get', { id: workshopId }).activities.find((a) => a.kind === 'commitments')!.title;
    for (const row of rows) {
      const timed = /,20\d\d-\d\d-\d\dT[\d:.]+Z$/.test(row);
      expect(timed, row).toBe(row.includes(commitments));
    }
  });

  it('names on: the roster lists everyone and the report says which setting was in force', () => {
    for (const p of [...groupOf.values()].flat()) expect(out.on.participants).toContain(p.name);
    expect(out.on.pdf.replace(/\s+/g, ' ')).toContain('Names in the report and exports: on.');
    expect(out.off.pdf.replace(/\s+/g, ' ')).toContain('Names in the report and exports: off.');
    for (const label of ['Named', 'Team only', 'Anonymous']) expect(out.off.pdf).toContain(label);
  });
});
