import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core';
import { createBackend } from '../../../src/main/backend';
import type { ExportFormat } from '../../../src/shared/export';
import { call, manualClock, testCore } from '../../helpers/core';
import { tempDir } from '../../helpers/temp-dir';
import { finishedSample } from '../../helpers/workshop-fill';

// The exports speak the workshop's language (#19): CSV headers, team names and statuses, and the
// calendar's own words; what people typed (actions, owners, names, titles) stays as typed. English
// output is unchanged (export.test.ts and the golden files). Read back from the real export.

async function exportText(core: Core, workshopId: string, format: ExportFormat): Promise<string> {
  const backend = createBackend(core);
  const r = await backend.invoke('export:prepare', { workshopId, format });
  if (!r.ok) throw new Error(r.error.message);
  const file = r.value as { exportId: string };
  return backend.exports.get(file.exportId)!.body.toString('utf8');
}

/** RFC 4180 rows (after the byte-order mark), as a spreadsheet reads them. */
function rowsOf(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const text = csv.slice(1);
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += ch;
    }
  }
  return rows;
}

/** The calendar's lines, unfolded, with TEXT unescaped. */
const icsLines = (text: string) =>
  text
    .replace(/\r\n /g, '')
    .split('\r\n')
    .map((l) => l.replace(/\\n/g, '\n').replace(/\\([,;\\])/g, '$1'));

function germanWorkshop(namesInExports = true) {
  const clock = manualClock('2026-12-03T09:00:00.000Z');
  const core = testCore(tempDir(), clock.now);
  const id = finishedSample(core, clock);
  call(core, 'workshop:update', { id, patch: { language: 'de', namesInExports } });
  return { core, id };
}

describe('exports in the workshop’s language', () => {
  it('writes German CSV headers, team names and statuses, and leaves typed text as typed', async () => {
    const { core, id } = germanWorkshop();
    const responses = rowsOf(await exportText(core, id, 'responses.csv'));
    expect(responses[0]).toEqual(['Aktivität Nr.', 'Aktivität', 'Person', 'Team', 'Punkt', 'Antwort', 'Wert (JSON)', 'Zeit']);
    const teams = new Set(responses.slice(1).map((r) => r[3]));
    expect(teams.has('Vertrieb')).toBe(true);
    expect(teams.has('Sales')).toBe(false);

    const actions = rowsOf(await exportText(core, id, 'action-items.csv'));
    expect(actions[0]).toEqual(['Maßnahme', 'Verantwortlich', 'Fällig am', 'Status']);
    expect(actions[1]).toEqual(['Draft the shared MQL definition from the card sort', 'Sofia Lindqvist', '2026-12-08', 'offen']);

    const people = rowsOf(await exportText(core, id, 'participants.csv'));
    expect(people[0]).toEqual(['Name', 'Team', 'Rolle']);
    expect(people.slice(1).every((r) => r[1] === 'Vertrieb' || r[1] === 'Marketing')).toBe(true);
  });

  it('counts people per team under German headers when names stay out of the exports', async () => {
    const { core, id } = germanWorkshop(false);
    expect(rowsOf(await exportText(core, id, 'participants.csv'))).toEqual([
      ['Team', 'Personen'],
      ['Vertrieb', '5'],
      ['Marketing', '5'],
    ]);
  });

  it('writes the calendar’s own words in German', async () => {
    const { core, id } = germanWorkshop();
    const title = call(core, 'workshop:get', { id }).workshop.title;
    const lines = icsLines(await exportText(core, id, 'ics'));
    expect(lines).toContain(`X-WR-CALNAME:Vereinbarungen: ${title}`);
    const description = lines.find((l) => l.startsWith('DESCRIPTION:'))!;
    expect(description).toContain('Verantwortlich: Sofia Lindqvist');
    expect(description).toContain(`Workshop: ${title}`);
    expect(description).not.toContain('Owner:');
    expect(lines).toContain('CATEGORIES:Maßnahme');
  });
});
