import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import { createBackend } from '../../../src/main/backend';
import { csvCell } from '../../../src/main/export/csv';
import { buildIcs, foldLine } from '../../../src/main/export/ics';
import { WORKSHOP_FILE_FORMAT, type WorkshopFile } from '../../../src/main/export/json';
import type { ExportedFile, ExportFormat } from '../../../src/shared/export';
import { MAX_IMPORT_BYTES } from '../../../src/shared/domain';
import { call, dumpRows, manualClock, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { finishedSample } from '../../helpers/workshop-fill';
import { genericWorkshop, genericWorkshopAt } from '../../helpers/generic-workshop';
import { normaliseWorkshopFile } from './workshop-file-compare';

async function exportText(core: Core, workshopId: string, format: ExportFormat): Promise<{ file: ExportedFile; text: string }> {
  const backend = createBackend(core);
  const r = await backend.invoke('export:prepare', { workshopId, format });
  if (!r.ok) throw new Error(r.error.message);
  const file = r.value as ExportedFile;
  return { file, text: backend.exports.get(file.exportId)!.body.toString('utf8') };
}

/** RFC 4180 reader, enough to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

/** Unfold and split an iCalendar file into its events' properties. */
function parseIcs(text: string) {
  expect(text.endsWith('\r\n')).toBe(true);
  for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  const lines = text.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line
        .slice(colon + 1)
        .replace(/\\n/g, '\n')
        .replace(/\\([,;\\])/g, '$1');
    }
  }
  return events;
}

describe('CSV', () => {
  it('quotes, escapes and guards against formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    for (const evil of ['=1+1', '+SUM(A1)', '-2', '@cmd', '\tx']) expect(csvCell(evil).replace(/^"|"$/g, '').startsWith("'")).toBe(true);
    expect(parseCsv(`${csvCell('=HYPERLINK("x")')}\r\n`)[0]![0]).toBe(`'=HYPERLINK("x")`);
  });

  it('exports responses, action items and participants, one file each, readable back', async () => {
    const clock = manualClock('2026-12-03T09:00:00.000Z');
    const core = testCore(tempDir(), clock.now);
    const id = finishedSample(core, clock);
    call(core, 'participant:addMany', { workshopId: id, people: [{ name: '=cmd|"/c calc"!A1', team: 'other', role: 'Tester, "QA"' }] });

    // Names off (the default): the participants file counts people per team, and no answer carries a name.
    const counted = await exportText(core, id, 'participants.csv');
    expect(parseCsv(counted.text.slice(1))).toEqual([
      ['team', 'people'],
      ['Sales', '5'],
      ['Marketing', '5'],
      ['Other', '1'],
    ]);
    const unnamed = parseCsv((await exportText(core, id, 'responses.csv')).text.slice(1));
    const roster = call(core, 'workshop:get', { id }).participants.map((p) => p.name);
    for (const r of unnamed.slice(1)) {
      expect([r[2], r[7]]).toEqual(['', '']);
      for (const name of roster) expect(r.join(' ')).not.toContain(name);
    }
    call(core, 'workshop:update', { id, patch: { namesInExports: true } });

    const people = await exportText(core, id, 'participants.csv');
    expect(people.file.fileName).toBe('sales-marketing-alignment-session-participants.csv');
    expect(people.text.startsWith('\uFEFFname,team,role\r\n')).toBe(true);
    const rows = parseCsv(people.text.slice(1));
    expect(rows).toHaveLength(12);
    expect(rows.at(-1)).toEqual([`'=cmd|"/c calc"!A1`, 'Other', 'Tester, "QA"']);

    const responses = parseCsv((await exportText(core, id, 'responses.csv')).text.slice(1));
    expect(responses[0]).toEqual(['activity_number', 'activity', 'participant', 'team', 'item', 'answer', 'value_json', 'time']);
    const width = responses[0]!.length;
    for (const r of responses) expect(r).toHaveLength(width);
    const icebreaker = responses.filter((r) => r[1]!.startsWith('Icebreaker'));
    expect(icebreaker.length).toBeGreaterThan(0);
    // Anonymous brainstorm, even with names on: no names, no times, no team, sorted by text.
    for (const r of icebreaker) expect([r[2], r[3], r[7]]).toEqual(['', '', '']);
    const keys = icebreaker.map((r) => `${r[3]}\u0000${r[4]}\u0000${r[5]}`);
    expect(keys).toEqual([...keys].sort((x, y) => x.localeCompare(y)));
    const sort = responses.filter((r) => r[1] === 'What makes a quality lead?');
    expect(sort).toHaveLength(10 * 12);
    expect(sort[0]![2]).toBe('Dana Whitfield');
    expect(['Quality lead', 'Not a signal', 'Depends']).toContain(sort[0]![5]!.replace(/ \(.*$/, ''));

    const actions = parseCsv((await exportText(core, id, 'action-items.csv')).text.slice(1));
    expect(actions[0]).toEqual(['action', 'owner', 'due_date', 'status']);
    expect(actions[1]).toEqual(['Draft the shared MQL definition from the card sort', 'Sofia Lindqvist', '2026-12-08', 'open']);
  });
});

describe('team-only answers in the raw data', () => {
  it('leaves out the team of a team too small to hide in, like the report', async () => {
    const core = testCore();
    const { w, detail, activity: ice } = genericWorkshopAt(core, 'brainstorm');
    call(core, 'activity:update', { id: ice.id, patch: { config: { ...(ice.config as object), anonymous: false } } }); // names off: "Team only"
    const sales = detail.participants.filter((p) => p.team === 'sales').slice(0, 3);
    const marketing = detail.participants.filter((p) => p.team === 'marketing').slice(0, 2); // below the threshold of 3
    const write = (people: readonly { id: string }[], from: number) =>
      people.forEach((p, i) =>
        call(core, 'response:submit', { activityId: ice.id, participantId: p.id, itemKey: `card-anon${from + i}x`, value: { text: `Card ${from + i}` } }),
      );
    write([...sales, ...marketing], 0);
    const teamsOfRows = async () =>
      parseCsv((await exportText(core, w.id, 'responses.csv')).text.slice(1))
        .filter((r) => r[1] === ice.title)
        .map((r) => r[3])
        .sort();
    // Sales' rows marked, the rest blank, would point at Marketing's two cards: no team on any row.
    expect(await teamsOfRows()).toEqual(['', '', '', '', '']);
    // One person from Other: three people hide together, so Sales may be marked.
    const [other] = call(core, 'participant:addMany', { workshopId: w.id, people: [{ name: 'Ola', team: 'other' }] });
    write([other!], 5);
    expect(await teamsOfRows()).toEqual(['', '', '', 'Sales', 'Sales', 'Sales']);
    const rows = parseCsv((await exportText(core, w.id, 'responses.csv')).text.slice(1)).filter((r) => r[1] === ice.title);
    for (const r of rows) expect([r[2], r[7]]).toEqual(['', '']);
  });
});

describe('calendar (.ics)', () => {
  it('has the action items as all-day events on their due dates, and parses back', async () => {
    const clock = manualClock('2026-12-03T09:00:00.000Z');
    const core = testCore(tempDir(), clock.now);
    const id = finishedSample(core, clock);
    call(core, 'actionItem:add', { workshopId: id, text: 'No date yet, so not in the calendar', owner: 'Leo' });
    const { text, file } = await exportText(core, id, 'ics');
    expect(file.mime).toBe('text/calendar; charset=utf-8');
    const events = parseIcs(text);
    expect(events).toHaveLength(3);
    expect(events[0]!['DTSTART;VALUE=DATE']).toBe('20261208');
    expect(events[0]!['DTEND;VALUE=DATE']).toBe('20261209');
    expect(events[0]!.SUMMARY).toBe('Draft the shared MQL definition from the card sort (Sofia Lindqvist)');
    expect(events[0]!.DESCRIPTION).toContain('Owner: Sofia Lindqvist');
    expect(new Set(events.map((e) => e.UID)).size).toBe(3);
    for (const e of events) expect(e.DTSTAMP).toMatch(/^\d{8}T\d{6}Z$/);
  });

  it('repeats joint meetings and shadowing days, folds long lines and escapes text', () => {
    const text = buildIcs(
      [
        {
          uid: 'a@x',
          source: 'Commitments',
          commitment: {
            text: 'Joint pipeline meeting; both teams, all hands',
            owner: 'Sofia',
            due: '2026-12-10',
            kind: 'meeting',
            repeat: { every: 2, unit: 'week' },
            time: '10:00',
            minutes: 45,
          },
        },
        {
          uid: 'b@x',
          source: 'Commitments',
          commitment: {
            text: 'Shadowing day: a marketer joins a rep for a whole day of calls — ÆØÅ 日本語 '.repeat(3),
            owner: 'Each marketer',
            due: '2026-12-15',
            kind: 'shadowing',
            repeat: { every: 1, unit: 'month', times: 6 },
          },
        },
      ],
      { title: 'Offsite', now: '2026-12-03T09:00:00.000Z', undated: 0 },
    );
    const [meeting, shadow] = parseIcs(text);
    expect(meeting!.DTSTART).toBe('20261210T100000');
    expect(meeting!.DTEND).toBe('20261210T104500');
    expect(meeting!.RRULE).toBe('FREQ=WEEKLY;INTERVAL=2');
    expect(meeting!.SUMMARY).toBe('Joint pipeline meeting; both teams, all hands');
    expect(shadow!.RRULE).toBe('FREQ=MONTHLY;INTERVAL=1;COUNT=6');
    expect(shadow!.SUMMARY).toContain('日本語');
    expect(foldLine('x'.repeat(200)).split('\r\n ').join('')).toBe('x'.repeat(200));
  });
});

describe('JSON export and import', () => {
  it('round-trips: export → import → export is equal apart from ids and exportedAt', async () => {
    const clock = manualClock('2026-12-03T09:00:00.000Z');
    const core = testCore(tempDir(), clock.now);
    const id = finishedSample(core, clock);
    const first = await exportText(core, id, 'json');
    expect(first.file.fileName).toBe('sales-marketing-alignment-session.common-ground.json');
    const parsed = JSON.parse(first.text) as WorkshopFile;
    expect(parsed.format).toBe(WORKSHOP_FILE_FORMAT);
    expect(parsed.responses.length).toBeGreaterThan(100);
    expect(parsed.run?.status).toBe('ended');

    clock.advance(3_600_000);
    const imported = call(core, 'workshop:import', { json: first.text });
    expect(imported.id).not.toBe(id);
    expect(imported.title).toBe(parsed.workshop.title);
    const second = await exportText(core, imported.id, 'json');
    expect(normaliseWorkshopFile(second.text)).toEqual(normaliseWorkshopFile(first.text));
    // The boards' card keys point at the new participants.
    expect(second.text).not.toContain(parsed.participants[0]!.id);
    // And results come out the same.
    const a = call(core, 'workshop:get', { id }).activities[2]!;
    const b = call(core, 'workshop:get', { id: imported.id }).activities[2]!;
    expect(call(core, 'activity:results', { activityId: b.id }).aggregate).toEqual(call(core, 'activity:results', { activityId: a.id }).aggregate);
  });

  it('refuses hostile or broken files with a clear error and changes nothing', async () => {
    const clock = manualClock();
    const core = testCore(tempDir(), clock.now);
    const id = finishedSample(core, clock);
    const good = JSON.parse((await exportText(core, id, 'json')).text) as WorkshopFile;
    const variant = (patch: (f: WorkshopFile) => unknown) => JSON.stringify(patch(structuredClone(good)));
    const cases: [string, string, RegExp][] = [
      ['broken JSON', '{"format": "common-ground.workshop", ', /not valid JSON/],
      ['not ours', JSON.stringify({ hello: 'world' }), /not a Common Ground workshop/],
      ['newer version', variant((f) => ({ ...f, version: 2 })), /newer version of Common Ground/],
      ['wrong types', variant((f) => ({ ...f, participants: 'everyone' })), /damaged/],
      ['bad team', variant((f) => ({ ...f, participants: [{ ...f.participants[0], team: 'finance' }] })), /damaged/],
      ['extra field', variant((f) => ({ ...f, sneaky: true })), /damaged/],
      ['unknown kind', variant((f) => ({ ...f, activities: [{ ...f.activities[0], kind: 'rm -rf' }] })), /kind this version of Common Ground does not know/],
      [
        'bad config',
        variant((f) => ({ ...f, activities: f.activities.map((a) => (a.kind === 'dotvote' ? { ...a, config: { options: 7 } } : a)) })),
        /settings/,
      ],
      ['dangling answer', variant((f) => ({ ...f, responses: [{ ...f.responses[0], participant: 'nobody' }] })), /person who is not in the file/],
      ['bad answer', variant((f) => ({ ...f, responses: [{ ...f.responses[0], value: { column: 42 } }] })), /^Answer 1 \(activity “.+”, person \d+\): /],
      ['duplicate ids', variant((f) => ({ ...f, participants: [f.participants[0], f.participants[0]] })), /used twice/],
      ['huge', JSON.stringify({ ...good, workshop: { ...good.workshop, goal: 'x'.repeat(MAX_IMPORT_BYTES) } }), /too large/],
    ];
    const backend = createBackend(core);
    const before = dumpRows(core);
    for (const [name, json, message] of cases) {
      const result = await backend.invoke('workshop:import', { json });
      expect(result.ok, name).toBe(false);
      if (!result.ok) {
        expect(result.error.code, name).toBe('VALIDATION');
        expect(result.error.message, name).toMatch(message);
      }
      expect(dumpRows(core), name).toBe(before);
    }
  });
});

describe('export:prepare', () => {
  it('makes the PDF (interim before the end) and keeps it for download', async () => {
    const core = testCore();
    const w = genericWorkshop(core);
    const backend = createBackend(core);
    const r = await backend.invoke('export:prepare', { workshopId: w.id, format: 'pdf', paper: 'us-letter', sections: ['summary'] });
    expect(r.ok).toBe(true);
    const file = (r as { value: ExportedFile }).value;
    expect(file.partial).toBe(true);
    expect(file.fileName).toBe('sales-marketing-alignment-session-interim-report.pdf');
    expect(file.pages).toBeGreaterThan(1);
    expect(backend.exports.get(file.exportId)!.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(backend.exports.get('nope')).toBeUndefined();
    const missing = await backend.invoke('export:prepare', { workshopId: 'nope', format: 'json' });
    expect(missing.ok).toBe(false);
    const saved = await backend.invoke('export:save', { exportId: file.exportId });
    expect(saved.ok).toBe(false); // no desktop shell in browser mode
    await backend.exports.close();
  }, 30_000);
});
