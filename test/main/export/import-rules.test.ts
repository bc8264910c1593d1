import { beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../../../src/main/backend';
import type { Core } from '../../../src/main/core';
import type { WorkshopFile } from '../../../src/main/export/json';
import type { ExportedFile } from '../../../src/shared/export';
import { call, dumpRows, manualClock, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { answeredAlignmentDay } from './alignment-day-fill';

// Every imported setting, board, time and answer obeys the rules a live
// write obeys; the first bad one is named and nothing is imported.

let core: Core;
let good: WorkshopFile;
let shared: ReturnType<typeof createBackend>;
const backend = () => shared;

beforeAll(async () => {
  const clock = manualClock('2026-12-03T08:00:00.000Z');
  core = testCore(tempDir(), clock.now);
  shared = createBackend(core);
  const id = answeredAlignmentDay(core, 12, clock);
  const r = await backend().invoke('export:prepare', { workshopId: id, format: 'json' });
  if (!r.ok) throw new Error(r.error.message);
  good = JSON.parse(
    backend()
      .exports.get((r.value as ExportedFile).exportId)!
      .body.toString('utf8'),
  ) as WorkshopFile;
}, 60_000);

const activityOf = (f: WorkshopFile, kind: string) => f.activities.find((a) => a.kind === kind)!;
const answersOf = (f: WorkshopFile, kind: string) => f.responses.filter((r) => r.activity === activityOf(f, kind).id);
const boardOf = (f: WorkshopFile, kind: string) => f.run!.activities.find((s) => s.activityId === activityOf(f, kind).id)!;
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

function variant(patch: (f: WorkshopFile) => void): string {
  const f = structuredClone(good);
  patch(f);
  return JSON.stringify(f);
}

async function expectRefused(json: string, message: RegExp) {
  const before = dumpRows(core);
  const result = await backend().invoke('workshop:import', { json });
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.message).toMatch(message);
    expect(result.error.message).toMatch(/Nothing was imported\.$/);
  }
  expect(dumpRows(core)).toBe(before);
}

async function importBack(json: string) {
  const w = call(core, 'workshop:import', { json });
  const r = await backend().invoke('export:prepare', { workshopId: w.id, format: 'json' });
  if (!r.ok) throw new Error(r.error.message);
  return JSON.parse(
    backend()
      .exports.get((r.value as ExportedFile).exportId)!
      .body.toString('utf8'),
  ) as WorkshopFile;
}

describe('imported answers obey the engines', () => {
  it('refuses an answer to a card that does not exist, naming the answer, the activity and the person', async () => {
    const json = variant((f) => {
      answersOf(f, 'leadsort')[3]!.itemKey = 'sig999';
    });
    const index = good.responses.indexOf(answersOf(good, 'leadsort')[3]!) + 1;
    await expectRefused(
      json,
      new RegExp(`^Answer ${index.toLocaleString('en-US')} \\(activity “What makes a quality lead\\?”, person \\d+\\): That card is not part of this sort\\.`),
    );
  });

  it('refuses a column that does not exist', async () => {
    await expectRefused(
      variant((f) => void (answersOf(f, 'kpisort')[0]!.value = { column: 'finance' })),
      /Pick one of the columns/,
    );
  });

  it('refuses a persona vote over the dot budget', async () => {
    await expectRefused(
      variant((f) => void (answersOf(f, 'persona').find((r) => r.itemKey.startsWith('v-'))!.value = { dots: 20 })),
      /more than the \d+ dots each person has/,
    );
  });

  it('refuses a poll answer that is not an option', async () => {
    await expectRefused(
      variant((f) => void (answersOf(f, 'comp')[0]!.value = { option: 'none-of-these' })),
      /Pick one of the answers shown/,
    );
  });

  it('refuses item keys __proto__ and constructor', async () => {
    for (const key of ['__proto__', 'constructor']) {
      await expectRefused(
        variant((f) => void (answersOf(f, 'buyingmap')[0]!.itemKey = key)),
        /not on this map/,
      );
      await expectRefused(
        variant((f) => void (answersOf(f, 'comp')[0]!.itemKey = key)),
        /not part of this session/,
      );
    }
  });
});

describe('imported times, settings and boards obey their schemas', () => {
  it('refuses run and answer times that are not ISO timestamps', async () => {
    await expectRefused(
      variant((f) => void (f.run!.startedAt = 'yesterday')),
      /damaged: run\.startedAt/,
    );
    await expectRefused(
      variant((f) => void (f.responses[0]!.createdAt = 'soon')),
      /damaged: responses\.0\.createdAt/,
    );
    await expectRefused(
      variant((f) => void (f.run!.activities[0]!.timer.runningSince = 'now')),
      /damaged/,
    );
  });

  it('refuses settings from a newer engine (configVersion 99), as template import does', async () => {
    await expectRefused(
      variant((f) => void (f.activities[2]!.configVersion = 99)),
      /^Activity 3 \(“.+”\) was made with a newer version of Common Ground/,
    );
  });

  it('refuses a board on an activity that has none, and a board that fails its schema', async () => {
    await expectRefused(
      variant((f) => void (boardOf(f, 'slide').board = { clusters: [] })),
      /^The board of “.+”: This activity has no board to arrange\./,
    );
    await expectRefused(
      variant((f) => void (boardOf(f, 'retro').board = { clusters: 'lots', voting: true })),
      /^The board of “Trust retrospective”: /,
    );
  });

  it('stores a board as its schema has it: unknown keys are dropped, as run:setBoard drops them', async () => {
    const back = await importBack(variant((f) => void ((boardOf(f, 'leadsort').board as Record<string, unknown>).sneaky = 'x'.repeat(1000))));
    expect(boardOf(back, 'leadsort').board).toEqual(boardOf(good, 'leadsort').board);
  });

  it('refuses nesting 1,000 and 100,000 deep with a clear error, without overflowing the stack', async () => {
    for (const depth of [1_000, 100_000]) {
      const json = variant((f) => void (boardOf(f, 'leadsort').board = '@@NEST@@')).replace('"@@NEST@@"', nested(depth));
      await expectRefused(json, /nests lists and objects more than 64 deep/);
    }
  });

  it('rewrites ids only where a board declares a person: text equal to a participant id stays as written', async () => {
    const someone = good.participants[2]!.id;
    const back = await importBack(
      variant((f) => {
        (boardOf(f, 'leadsort').board as { definition: string }).definition = someone;
        (boardOf(f, 'comp').board as { takeaways: string[] }).takeaways = [someone, `${someone}/pledge`];
      }),
    );
    expect((boardOf(back, 'leadsort').board as { definition: string }).definition).toBe(someone);
    expect((boardOf(back, 'comp').board as { takeaways: string[] }).takeaways).toEqual([someone, `${someone}/pledge`]);
    // ...while the declared ones point at the new people.
    const pairs = (boardOf(back, 'commitments').board as { pairs: { sales: { id: string } }[] }).pairs;
    expect(back.participants.map((p) => p.id)).toContain(pairs[0]!.sales.id);
    expect((boardOf(back, 'commitments').board as { promoted: string[] }).promoted).toEqual([`${back.participants[0]!.id}/pledge`]);
  });

  it('refuses text that is not valid Unicode (a lone surrogate left by a broken decoder)', async () => {
    await expectRefused(JSON.stringify(good).replace(good.workshop.title, `${good.workshop.title}\ud800`), /not valid Unicode/);
  });
});
