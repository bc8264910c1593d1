import fc from 'fast-check';
import type { Core } from '../../../src/main/core';
import type { Activity } from '../../../src/shared/domain';
import { addCluster, mergeClusters, moveCard, ungroup } from '../../../src/activities/brainstorm/board';
import { readPersonaBoard } from '../../../src/activities/persona/definition';
import { readRetroBoard } from '../../../src/activities/retro/definition';
import { call, dumpRows } from '../../helpers/core';
import { answerFor } from './live-answers';
import { boardOf, personaBackToNotes, personaOpenVote, personaToggleHidden, type LiveDay } from './live-day';

// Random days: what a facilitator and a few phones do through the live
// operations, as small numbers that are read against the day as it is when
// the step runs (so a step stays meaningful after the steps before it).

export type Step =
  | { op: 'answer'; person: number; activity: number | 'persona' | 'retro'; pick: number; variant: number; broken: boolean }
  | { op: 'move'; how: 'next' | 'previous' | 'goto' | 'end' | 'start'; activity: number }
  | { op: 'lock'; activity: number; locked: boolean }
  | { op: 'ballot'; kind: 'persona' | 'retro' | 'brainstorm'; action: number; a: number; b: number }
  | { op: 'settings'; kind: 'persona' | 'retro' | 'leadsort'; value: number }
  | { op: 'actionItem'; action: 'add' | 'done' | 'remove'; n: number }
  | { op: 'people'; action: 'add' | 'remove' | 'reset'; n: number }
  | { op: 'clock'; minutes: number };

const n = (max: number) => fc.nat({ max });

/** Mostly the two activities with ballots, and any of the day's 13. */
const answered = fc.oneof({ weight: 3, arbitrary: fc.constantFrom('persona' as const, 'retro' as const) }, { weight: 1, arbitrary: n(12) });

export const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 14,
    arbitrary: fc.record({
      op: fc.constant('answer' as const),
      person: n(3),
      activity: answered,
      pick: n(999),
      variant: n(999),
      broken: n(7).map((x) => x === 0),
    }),
  },
  {
    weight: 8,
    arbitrary: fc.record({
      op: fc.constant('ballot' as const),
      kind: fc.constantFrom('persona' as const, 'retro' as const, 'persona' as const, 'retro' as const, 'brainstorm' as const),
      action: n(5),
      a: n(99),
      b: n(99),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('move' as const),
      how: fc.constantFrom('next' as const, 'previous' as const, 'goto' as const, 'goto' as const, 'end' as const, 'start' as const),
      activity: n(12),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('lock' as const), activity: n(12), locked: fc.boolean() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('settings' as const),
      kind: fc.constantFrom('persona' as const, 'retro' as const, 'leadsort' as const),
      value: n(99),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('actionItem' as const), action: fc.constantFrom('add' as const, 'done' as const, 'remove' as const), n: n(9) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('people' as const),
      action: fc.constantFrom('add' as const, 'remove' as const, 'add' as const, 'reset' as const),
      n: n(99),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('clock' as const), minutes: fc.integer({ min: 1, max: 30 }) }) },
);

export interface Tally {
  tried: number;
  refused: number;
}

/** Run one step; a refusal is counted (and, for board and settings changes, must leave every table as it was). */
/** Late arrivals get names never used before ("Late 5 4" could come twice once people left). */
let lateArrivals = 0;

export function runStep(core: Core, day: LiveDay, step: Step, clock: { advance(ms: number): void }, tally: Tally): void {
  tally.tried++;
  const attempt = (op: string, input: unknown, mustNotWrite = false) => {
    const before = mustNotWrite ? dumpRows(core) : '';
    const r = core.dispatch(op as never, input as never);
    if (r.ok) return true;
    tally.refused++;
    if (r.error.code === 'INTERNAL') throw new Error(`${op} failed inside: ${r.error.message}`);
    if (mustNotWrite && dumpRows(core) !== before) throw new Error(`A refused ${op} changed the database: ${r.error.message}`);
    return false;
  };
  const activity = (i: number): Activity => day.activities[i % day.activities.length]!;
  switch (step.op) {
    case 'answer': {
      const a = typeof step.activity === 'number' ? activity(step.activity) : day.byKind(step.activity);
      const person = day.people[step.person % day.people.length]!;
      const { itemKey, value } = answerFor(core, day, a, person.id, step.pick, step.variant, step.broken);
      attempt('response:submit', { activityId: a.id, participantId: person.id, itemKey, value });
      return;
    }
    case 'move': {
      if (step.how === 'goto') attempt('run:goto', { workshopId: day.workshopId, activityId: activity(step.activity).id });
      else if (step.how === 'next') attempt('run:next', { workshopId: day.workshopId });
      else if (step.how === 'previous') attempt('run:previous', { workshopId: day.workshopId });
      else if (step.how === 'end') attempt('run:end', { workshopId: day.workshopId });
      else attempt('run:start', { workshopId: day.workshopId });
      return;
    }
    case 'lock':
      attempt('run:set', { activityId: activity(step.activity).id, locked: step.locked });
      return;
    case 'ballot':
      return ballotStep(core, day, step, (board) => attempt('run:setBoard', { activityId: day.byKind(step.kind).id, board }, true));
    case 'settings':
      return settingsStep(day, step, (id, config) => attempt('activity:update', { id, patch: { config } }, true));
    case 'actionItem': {
      const items = call(core, 'workshop:get', { id: day.workshopId }).actionItems;
      const item = items[step.n % Math.max(1, items.length)];
      if (step.action === 'add' || !item) {
        attempt('actionItem:add', {
          workshopId: day.workshopId,
          text: `Step ${step.n}: call back within a day`,
          owner: day.people[step.n % day.people.length]!.name,
          dueDate: `2026-12-${String(10 + step.n).padStart(2, '0')}`,
        });
      } else if (step.action === 'done') attempt('actionItem:update', { id: item.id, patch: { status: 'done' } });
      else attempt('actionItem:remove', { id: item.id });
      return;
    }
    case 'people': {
      // Someone arrives late or leaves (with their answers); or the facilitator clears one activity's answers.
      if (step.action === 'add') {
        const [added] = call(core, 'participant:addMany', {
          workshopId: day.workshopId,
          people: [{ name: `Late arrival ${++lateArrivals}`, team: step.n % 2 ? 'sales' : 'marketing' }],
        });
        day.people.push(added!);
      } else if (step.action === 'remove' && day.people.length > 2) {
        const [gone] = day.people.splice(step.n % day.people.length, 1);
        attempt('participant:remove', { id: gone!.id });
      } else if (step.action === 'reset') attempt('run:resetResponses', { activityId: activity(step.n).id });
      return;
    }
    case 'clock':
      clock.advance(step.minutes * 60_000);
  }
}

/** Keys of the cards (brainstorm, retro) as the board names them: "participantId/itemKey". */
function cardKeys(core: Core, activityId: string): string[] {
  const overall = call(core, 'activity:results', { activityId }).aggregate?.overall as { cards?: { key: string }[] } | undefined;
  return (overall?.cards ?? []).map((c) => c.key);
}

function ballotStep(core: Core, day: LiveDay, step: Extract<Step, { op: 'ballot' }>, save: (board: unknown) => boolean): void {
  const a = day.byKind(step.kind);
  if (step.kind === 'persona') {
    const board = readPersonaBoard(boardOf(core, day, a.id));
    const notes = (call(core, 'activity:results', { activityId: a.id }).aggregate?.overall as { notes?: { key: string }[] } | undefined)?.notes ?? [];
    const onBallot = board.ballot[step.a % Math.max(1, board.ballot.length)];
    if (step.action <= 1) personaOpenVoteOrNothing(core, day);
    else if (step.action === 2 && onBallot && board.phase === 'vote') {
      // "Leave out of the vote" on a note on the ballot, then "Back to writing notes" and "Open the vote": it leaves the ballot.
      personaToggleHidden(core, day, onBallot.key);
      personaBackToNotes(core, day);
      personaOpenVoteOrNothing(core, day);
    } else if (step.action === 3 && notes.length > 0) personaToggleHidden(core, day, notes[step.b % notes.length]!.key);
    else if (step.action === 4) personaBackToNotes(core, day);
    else if (onBallot)
      save({ ...board, agreed: board.agreed.includes(onBallot.id) ? board.agreed.filter((x) => x !== onBallot.id) : [...board.agreed, onBallot.id] });
    return;
  }
  // Brainstorm and retro group cards into themes the same way (the retro board adds the vote).
  const raw = boardOf(core, day, a.id);
  const retro = step.kind === 'retro' ? readRetroBoard(raw) : null;
  const clusters = { clusters: retro ? retro.clusters : ((raw as { clusters?: never[] } | null)?.clusters ?? []) };
  // Mostly a card already in a theme (moving it can empty that theme), sometimes any card.
  const grouped = clusters.clusters.flatMap((c) => c.cardKeys);
  const cards = step.a % 3 === 0 || grouped.length === 0 ? cardKeys(core, a.id) : grouped;
  const card = cards.length > 0 ? cards[step.a % cards.length]! : undefined;
  const themeId = (i: number) => clusters.clusters[i % Math.max(1, clusters.clusters.length)]?.id;
  let next = clusters;
  if (step.action === 0) next = addCluster(clusters, `g-${step.b % 6}`, `Theme ${step.b % 6}`, card);
  else if (step.action === 1 && card) {
    // Out of its theme, into another one, or back into a theme that was emptied (an undo, or a theme coming back to the ballot).
    const emptied = clusters.clusters.filter((c) => c.cardKeys.length === 0);
    const target = step.b % 4 === 0 ? null : step.b % 4 === 1 && emptied.length > 0 ? emptied[step.b % emptied.length]!.id : (themeId(step.b) ?? null);
    next = moveCard(clusters, card, target);
  } else if (step.action === 2 && themeId(step.a) && themeId(step.b)) next = mergeClusters(clusters, themeId(step.a)!, themeId(step.b)!);
  else if (step.action === 3 && themeId(step.a)) next = ungroup(clusters, themeId(step.a)!);
  const voting = retro ? (step.action === 4 ? true : step.action === 5 ? !retro.voting : retro.voting) : undefined;
  save(retro ? { ...next, voting } : next);
}

/** The console offers "Open the vote" only when there are notes. */
function personaOpenVoteOrNothing(core: Core, day: LiveDay): void {
  const overall = call(core, 'activity:results', { activityId: day.byKind('persona').id }).aggregate?.overall as { notes?: unknown[] } | undefined;
  if ((overall?.notes?.length ?? 0) > 0) personaOpenVote(core, day);
}

function settingsStep(day: LiveDay, step: Extract<Step, { op: 'settings' }>, save: (id: string, config: unknown) => boolean): void {
  const a = day.byKind(step.kind);
  const config = a.config as Record<string, unknown>;
  let next: Record<string, unknown>;
  if (step.kind === 'persona') next = { ...config, dotsPerPerson: 1 + (step.value % 10) };
  else if (step.kind === 'retro') next = { ...config, dotsPerPerson: 1 + (step.value % 5), maxCardsPerPerson: 1 + (step.value % 4) };
  else {
    // A lead-sort card taken out, or a new one added.
    const cards = config.cards as { id: string; text: string; description: string }[];
    next = {
      ...config,
      cards:
        step.value % 2 === 0 && cards.length > 1
          ? cards.filter((_, i) => i !== step.value % cards.length)
          : [...cards, { id: `extra${step.value}`, text: `Signal ${step.value}`, description: '' }],
    };
  }
  if (save(a.id, next)) a.config = next;
}
