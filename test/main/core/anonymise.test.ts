import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../../src/main/backend';
import type { Core } from '../../../src/main/core';
import type { ExportedFile, ExportFormat } from '../../../src/shared/export';
import { call, dumpRows, manualClock, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { FACILITATOR, namedAlignmentDay, ROSTER, SECRETS, STALE_NAME } from './anonymise-fixture';

// "Anonymise this workshop" on a finished six-hour day with names hidden in
// every place a name can hide: afterwards no table and no export holds any of
// them, and every team, answer and tally is what it was.

const FORMATS: ExportFormat[] = ['pdf', 'responses.csv', 'action-items.csv', 'participants.csv', 'json', 'ics'];

async function exportAll(core: Core, workshopId: string): Promise<Record<ExportFormat, string>> {
  const backend = createBackend(core);
  const out = {} as Record<ExportFormat, string>;
  for (const format of FORMATS) {
    const r = await backend.invoke('export:prepare', { workshopId, format });
    if (!r.ok) throw new Error(`${format}: ${r.error.message}`);
    const body = backend.exports.get((r.value as ExportedFile).exportId)!.body;
    if (format === 'pdf') {
      const file = join(tempDir(), 'report.pdf');
      writeFileSync(file, body);
      out.pdf = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    } else out[format] = body.toString('utf8');
  }
  return out;
}

/** Every name, every word of a name (4 letters or more, as a whole word) and every role found in a text. */
function secretsIn(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ');
  const words = ROSTER.flatMap((r) => r.name.split(/[\s'-]+/)).filter((w) => w.length >= 4);
  const found = [...SECRETS, ...words].filter((s) => new RegExp(`(?<![\\p{L}])${s}(?![\\p{L}])`, 'u').test(flat));
  return STALE_NAME.test(flat) ? [...found, flat.match(STALE_NAME)![0]] : found;
}

/** Each activity's results, and every answer's who/what/when. */
function tallies(core: Core, workshopId: string) {
  const detail = call(core, 'workshop:get', { id: workshopId });
  const results = detail.activities.map((a) => call(core, 'activity:results', { activityId: a.id }));
  const teams = detail.participants.map((p) => [p.id, p.team, p.position]);
  return { results, teams };
}

describe('anonymising a finished workshop', () => {
  it('leaves no name or role in any table or export, and every team, answer and tally as it was', async () => {
    const clock = manualClock();
    const core = testCore(undefined, clock.now);
    const w = namedAlignmentDay(core, clock);

    // The fixture really hides the names everywhere, and the exports carry them (names are on).
    const dumpBefore = dumpRows(core);
    expect(secretsIn(dumpBefore)).toEqual(expect.arrayContaining([...SECRETS, 'Person 1']));
    const exportsBefore = await exportAll(core, w.workshopId);
    for (const f of FORMATS) expect(secretsIn(exportsBefore[f]), f).not.toEqual([]);
    const before = tallies(core, w.workshopId);
    const answerRows = (dump: string) => dump.split('\n').find((l) => l.startsWith('responses: '))!;

    clock.advance(60_000);
    const summary = call(core, 'workshop:anonymise', { id: w.workshopId, confirmTitle: `  ${w.title} ` });

    const dumpAfter = dumpRows(core);
    expect(secretsIn(dumpAfter)).toEqual([]);
    const exportsAfter = await exportAll(core, w.workshopId);
    for (const f of FORMATS) expect(secretsIn(exportsAfter[f]), f).toEqual([]);
    // The report says the names were removed, and when (its readers should not look for them).
    expect(exportsBefore.pdf.replace(/\s+/g, ' ')).not.toMatch(/Names were removed/);
    expect(exportsAfter.pdf.replace(/\s+/g, ' ')).toMatch(/Names were removed from this workshop for good on \w+, \w+ \d+, \d{4}/); // the report's one date style (USD: en-US)

    // The new labels, by team in roster order; the facilitator's own name stays.
    const detail = call(core, 'workshop:get', { id: w.workshopId });
    expect(detail.participants.map((p) => [p.name, p.role])).toEqual(detail.participants.map((p) => [w.expectedLabels.get(p.id), '']));
    expect(detail.workshop.facilitator).toBe(FACILITATOR);
    expect(detail.workshop.anonymisedAt).toBe(clock.now().toISOString());
    expect(detail.workshop.goal).toBe(`Run for ${w.expectedLabels.get(detail.participants[1]!.id)}'s region; Sales 1 sponsors it.`);
    expect(detail.actionItems.map((a) => a.owner)).toEqual([
      'Someone',
      'Someone',
      'Someone',
      'Someone',
      'Someone',
      'Someone',
      'Sales 2',
      'Marketing',
      'Someone',
      '',
    ]);
    expect(summary).toMatchObject({ people: 12, owners: { renamed: 1, someone: 7, kept: 1 }, devices: 2 });
    expect(dumpAfter).not.toMatch(/token-hash|pin-hash/);
    expect(dumpAfter).toMatch(/"action":"anonymised","detail":"Names removed: 12 people renamed by team; 1 action owners renamed, 7 set to “Someone”/);

    // Teams, positions and results: the same, with each name read as its label.
    const byLabel = (text: string) => ROSTER.reduce((t, r, i) => t.split(r.name).join(w.expectedLabels.get(detail.participants[i]!.id)!), text);
    const after = tallies(core, w.workshopId);
    expect(after.teams).toEqual(before.teams);
    expect(JSON.stringify(after.results)).toBe(byLabel(JSON.stringify(before.results)));
    expect(answerRows(dumpAfter)).toBe(byLabel(answerRows(dumpBefore)));
    core.close();
  }, 120_000);

  it('keeps an anonymised workshop anonymised through its JSON file', async () => {
    const clock = manualClock();
    const core = testCore(undefined, clock.now);
    const w = namedAlignmentDay(core, clock);
    const { workshop } = call(core, 'workshop:anonymise', { id: w.workshopId, confirmTitle: w.title });
    const backend = createBackend(core);
    const r = await backend.invoke('export:prepare', { workshopId: w.workshopId, format: 'json' });
    const json = backend.exports.get((r as { value: ExportedFile }).value.exportId)!.body.toString('utf8');
    expect(secretsIn(json)).toEqual([]);
    expect((JSON.parse(json) as { workshop: { anonymisedAt: string } }).workshop.anonymisedAt).toBe(workshop.anonymisedAt);

    const copy = call(core, 'workshop:import', { json });
    expect(copy.anonymisedAt).toBe(workshop.anonymisedAt);
    expect(call(core, 'workshop:get', { id: copy.id }).participants.map((p) => p.name)).toEqual([...w.expectedLabels.values()]);
    const again = core.dispatch('workshop:anonymise', { id: copy.id, confirmTitle: copy.title });
    expect(again.ok ? null : again.error).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/already anonymised/) });
    core.close();
  }, 60_000);
});

describe('the data file itself', () => {
  it('keeps no copy of a name in its free space once closed', () => {
    const clock = manualClock();
    const core = testCore(undefined, clock.now);
    const w = namedAlignmentDay(core, clock);
    call(core, 'workshop:anonymise', { id: w.workshopId, confirmTitle: w.title });
    const { dbPath } = core;
    core.close();
    expect(existsSync(`${dbPath}-wal`)).toBe(false);
    // The names as they were when anonymised, and text freed before that (the
    // fill's first names "Person 1", … that the fixture renamed): the core
    // vacuums the file once the names are replaced.
    const raw = readFileSync(dbPath).toString('utf8');
    expect(SECRETS.filter((s) => raw.includes(s))).toEqual([]);
    expect(raw.match(STALE_NAME)?.[0] ?? null).toBeNull();
  }, 60_000);
});

describe('refusals change nothing', () => {
  function small() {
    const core = testCore();
    const w = call(core, 'workshop:create', { title: 'Q3 kickoff' });
    call(core, 'participant:addMany', {
      workshopId: w.id,
      people: [
        { name: 'Dana Lee', team: 'sales' },
        { name: 'Al', team: 'marketing' },
      ],
    });
    call(core, 'activity:add', { workshopId: w.id, kind: 'brainstorm' });
    return { core, w };
  }
  const refusal = (core: Core, id: string, confirmTitle: string) => {
    const r = core.dispatch('workshop:anonymise', { id, confirmTitle });
    return r.ok ? null : r.error;
  };

  it('refuses a workshop that has not run or is still running', () => {
    const { core, w } = small();
    const dump = dumpRows(core);
    expect(refusal(core, w.id, 'Q3 kickoff')).toEqual({
      code: 'CONFLICT',
      message: 'Only a finished workshop can be anonymised, and it has not been run yet. Nothing was changed.',
    });
    call(core, 'run:start', { workshopId: w.id });
    const running = dumpRows(core);
    expect(refusal(core, w.id, 'Q3 kickoff')?.message).toMatch(/still running: end it in the console first/);
    expect(dumpRows(core)).toBe(running);
    expect(running).not.toBe(dump);
    core.close();
  });

  it('refuses a title that does not match exactly', () => {
    const { core, w } = small();
    call(core, 'run:start', { workshopId: w.id });
    call(core, 'run:end', { workshopId: w.id });
    const dump = dumpRows(core);
    for (const typed of ['', 'q3 kickoff', 'Q3 kickof', 'Q3  kickoff']) {
      expect(refusal(core, w.id, typed)).toMatchObject({
        code: 'VALIDATION',
        message: 'That does not match the workshop title “Q3 kickoff”. Type it exactly to confirm. Nothing was changed.',
      });
    }
    expect(refusal(core, w.id, 'x'.repeat(401))?.code).toBe('VALIDATION');
    expect(dumpRows(core)).toBe(dump);
    core.close();
  });

  it('refuses, with nothing half-done, when a label would make a text too long', () => {
    const { core, w } = small();
    call(core, 'run:start', { workshopId: w.id });
    call(core, 'run:end', { workshopId: w.id });
    // The activity's notes change first; the action item is too long once "Al" becomes "Marketing 1".
    const brainstorm = call(core, 'workshop:get', { id: w.id }).activities[0]!;
    call(core, 'activity:update', { id: brainstorm.id, patch: { notes: 'Dana Lee opens' } });
    call(core, 'actionItem:add', { workshopId: w.id, text: Array.from({ length: 160 }, () => 'Al').join(' ') });
    const dump = dumpRows(core);
    expect(refusal(core, w.id, 'Q3 kickoff')?.message).toMatch(/^With the names replaced, an action item .* would no longer be valid .*Nothing was changed\.$/);
    expect(dumpRows(core)).toBe(dump);
    core.close();
  });
});

describe('an anonymised workshop stays without names', () => {
  it('refuses adding, renaming and self-adding people, and says why', () => {
    const clock = manualClock();
    const core = testCore(undefined, clock.now);
    const w = namedAlignmentDay(core, clock);
    call(core, 'workshop:anonymise', { id: w.workshopId, confirmTitle: w.title });
    const before = dumpRows(core);
    const first = call(core, 'workshop:get', { id: w.workshopId }).participants[0]!;
    const attempts = [
      core.dispatch('participant:add', { workshopId: w.workshopId, name: 'Zelda Quistorp', team: 'sales' }),
      core.dispatch('participant:addMany', { workshopId: w.workshopId, people: [{ name: 'New Person', team: 'marketing' }] }),
      core.dispatch('participant:update', { id: first.id, patch: { name: 'Zelda Quistorp' } }),
      core.dispatch('participant:update', { id: first.id, patch: { role: 'Regional VP Nordics' } }),
    ];
    for (const r of attempts) expect(r.ok ? null : r.error).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/anonymised/) });
    expect(dumpRows(core)).toBe(before);
    core.close();
  }, 60_000);
});
