import type { Core } from '../../../src/main/core';
import type { KpiSortBoard } from '../../../src/activities/kpisort/definition';
import { TEAM_LABEL, type Team } from '../../../src/shared/domain';
import { answeredAlignmentDay } from '../export/alignment-day-fill';
import { call } from '../../helpers/core';

// A finished six-hour alignment day whose names hide everywhere a name can:
// the roster (with roles, in-room PINs, phone tokens), action item owners and
// texts, the workshop's goal, an activity's notes, boards (the KPI table's
// people, the lead definition, shadowing pairs stored with the names of the
// time), a participant's brainstorm card and the privacy log. No vitest here:
// the kill test's child process builds on it too.

export const ROSTER: readonly { name: string; role: string }[] = [
  { name: 'Zelda Quistorp', role: 'Regional VP Nordics' },
  { name: 'Ingrid Bjørnstad', role: 'Head of Demand Gen' },
  { name: 'Oluwaseun Adeyemi', role: 'Senior AE Benelux' },
  { name: 'Marta Fernández-Ruiz', role: 'Content Strategist Iberia' },
  { name: 'Tomasz Wiśniewski', role: 'SDR Team Lead Warsaw' },
  { name: 'Priyanka Raghunathan', role: 'Product Marketing Manager Pune' },
  { name: "Siobhán O'Dowd", role: 'RevOps Analyst Dublin' },
  { name: 'Keanu Halvorsen', role: 'Lifecycle Marketer Oslo' },
  { name: 'Yusuf Demirtaş', role: 'Channel AE Istanbul' },
  { name: 'Lieselotte Brandt', role: 'Brand Manager Berlin' },
  { name: 'Haruto Takeshima', role: 'Enterprise AE Osaka' },
  { name: 'Aurélie Vasseur', role: 'Events Marketer Lyon' },
];
/** The facilitator's own name: kept on purpose (see services/anonymise.ts). */
export const FACILITATOR = 'Fenna Okonkwo';
/** Names the alignment-day fill used before the roster was renamed: still on the shadowing board and on some owners. */
export const STALE_NAME = /Person \d+/;

export interface NamedWorkshop {
  workshopId: string;
  title: string;
  /** Participant id → the label expected after anonymising, worked out here from teams and roster order. */
  expectedLabels: Map<string, string>;
  teams: Map<string, Team>;
}

export function namedAlignmentDay(core: Core, clock: { advance(ms: number): void }): NamedWorkshop {
  const workshopId = answeredAlignmentDay(core, ROSTER.length, clock);
  const detail = call(core, 'workshop:get', { id: workshopId });
  const people = detail.participants;
  const names = ROSTER.map((r) => r.name);
  people.forEach((p, i) => call(core, 'participant:update', { id: p.id, patch: ROSTER[i]! }));
  call(core, 'workshop:update', {
    id: workshopId,
    patch: { facilitator: FACILITATOR, namesInExports: true, goal: `Run for ${names[1]}'s region; ${names[0]} sponsors it.` },
  });
  const byKind = (kind: string) => detail.activities.find((a) => a.kind === kind)!;
  call(core, 'activity:update', { id: detail.activities[0]!.id, patch: { notes: `Ask ${names[4]} to open, then ${names[11]}.` } });
  call(core, 'run:setBoard', {
    activityId: byKind('leadsort').id,
    board: { definition: `A quality lead, as ${names[3]} put it: budget and a date.`, onScreen: 'outcome' },
  });
  const kpi = call(core, 'run:get', { workshopId }).activities.find((s) => s.activityId === byKind('kpisort').id)!.board as KpiSortBoard;
  call(core, 'run:setBoard', { activityId: byKind('kpisort').id, board: { ...kpi, rows: kpi.rows.map((r, i) => ({ ...r, person: names[i % 4]! })) } });
  call(core, 'actionItem:add', { workshopId, text: `${names[4]} shares the lead list every Monday`, owner: names[2] });
  call(core, 'actionItem:add', { workshopId, text: 'Campaign calendar in the shared drive', owner: 'Marketing' });
  call(core, 'actionItem:add', { workshopId, text: 'Book the next session', owner: 'Fenna from Finance' });
  call(core, 'actionItem:add', { workshopId, text: 'Nobody owns this yet' });

  const brainstorm = byKind('brainstorm').id;
  const seeded = core.transact('seed names', (ctx) => {
    const card = ctx.db.prepare('SELECT min(id) FROM responses WHERE activity_id = ?').pluck().get(brainstorm) as number;
    ctx.db.prepare("UPDATE responses SET value = json_set(value, '$.text', ?) WHERE id = ?").run(`${names[7]} never calls the webinar leads back`, card);
    ctx.db
      .prepare('INSERT INTO privacy_log (workshop_id, at, action, detail) VALUES (?, ?, ?, ?)')
      .run(workshopId, ctx.now, 'override', `Facilitator opened the answers of ${names[9]}`);
    const device = ctx.db.prepare('INSERT INTO devices (token_hash, workshop_id, participant_id, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)');
    people.slice(0, 2).forEach((p, i) => device.run(`token-hash-${i}`, workshopId, p.id, ctx.now, ctx.now));
    const pin = ctx.db.prepare('UPDATE participants SET room_pin_hash = ?, handed_over_at = ? WHERE id = ?');
    people.slice(0, 3).forEach((p, i) => pin.run(`scrypt$pin-hash-${i}`, ctx.now, p.id));
  });
  if (!seeded.ok) throw new Error(seeded.error.message);

  const counts: Record<Team, number> = { sales: 0, marketing: 0, other: 0 };
  const expectedLabels = new Map(people.map((p) => [p.id, `${TEAM_LABEL[p.team]} ${(counts[p.team] += 1)}`]));
  return { workshopId, title: detail.workshop.title, expectedLabels, teams: new Map(people.map((p) => [p.id, p.team])) };
}

/** Every original name and role, to search for. */
export const SECRETS: readonly string[] = [...ROSTER.flatMap((r) => [r.name, r.role])];
