import type { Core } from '../../../src/main/core';
import { ACTIVITIES } from '../../../src/activities/registry';
import type { Participant, Team } from '../../../src/shared/domain';
import { ALIGNMENT_DAY_ID } from '../../../src/main/services/builtin-templates';
import type { OpInput, OpOutput } from '../../../src/shared/api/contract';
import type { OpName } from '../../../src/shared/api/names';
import { answer as answerGeneric, seeded } from '../../helpers/workshop-fill';
import { genericWorkshop } from '../../helpers/generic-workshop';
import { answerExercise } from './alignment-day-fill';

// One workshop with an activity of every registered kind, each answered by
// its own six people (three Sales, three Marketing) whose surnames appear
// nowhere else: a name in an export then says which kind let it through.
// No vitest here, so a script can render it too.

function call<K extends OpName>(core: Core, name: K, input: OpInput<K>): OpOutput<K> {
  const result = core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value as OpOutput<K>;
}

/** Kinds nobody answers (a talk, a break, a commitments review). */
export const NO_ANSWERS = ['slide', 'break', 'review'];

const FIRST = ['Ottoline', 'Bertrand', 'Imelda', 'Casimir', 'Rosalind', 'Thaddeus'];
const STEM = ['Zorv', 'Quil', 'Brax', 'Vend', 'Mirth', 'Plov', 'Skar', 'Thun', 'Wex', 'Yarn', 'Glim', 'Drov', 'Frelk', 'Knupp', 'Lusq', 'Harv'];
const END = ['aby', 'enko', 'ifer', 'ovin', 'uzel', 'athe'];

/** A workshop with one activity of every kind, each answered by its own six people. */
export function everyKindAnswered(core: Core, clock: { advance(ms: number): void }) {
  // Settings with content (cards, options, scenarios) from the generic workshop and the alignment day.
  const configs = new Map<string, unknown>();
  for (const source of [genericWorkshop(core).id, call(core, 'template:createWorkshop', { templateId: ALIGNMENT_DAY_ID, title: 'Day' }).id]) {
    for (const a of call(core, 'workshop:get', { id: source }).activities) if (!configs.has(a.kind)) configs.set(a.kind, a.config);
  }
  const w = call(core, 'workshop:create', { title: 'Every kind, answered' });
  for (const kind of Object.keys(ACTIVITIES)) {
    const a = call(core, 'activity:add', { workshopId: w.id, kind, config: configs.get(kind) });
    // A brainstorm and a messaging brainstorm (#18) that show authors when names are on (their defaults are anonymous).
    if (kind === 'brainstorm' || kind === 'messaging')
      call(core, 'activity:update', { id: a.id, patch: { config: { ...(a.config as object), anonymous: false } } });
  }
  const answering = Object.keys(ACTIVITIES).filter((k) => !NO_ANSWERS.includes(k));
  if (answering.length > STEM.length) throw new Error(`Add surname stems: ${answering.length} kinds answer, ${STEM.length} stems`); // else names read "undefinedaby"
  const people = answering.flatMap((kind, k) =>
    FIRST.map((first, i) => ({ name: `${first} ${STEM[k]}${END[i]}`, team: (i < 3 ? 'sales' : 'marketing') as Team, role: 'AE' })),
  );
  call(core, 'participant:addMany', { workshopId: w.id, people });
  const detail = call(core, 'workshop:get', { id: w.id });
  const groupOf = new Map<string, Participant[]>(answering.map((kind, k) => [kind, detail.participants.slice(k * 6, k * 6 + 6)]));

  const rng = seeded(12);
  let n = 0;
  const sentence = () => `hand-off point ${n++}`;
  call(core, 'run:start', { workshopId: w.id });
  detail.activities.forEach((a, i) => {
    if (i > 0) call(core, 'run:next', { workshopId: w.id });
    const group = groupOf.get(a.kind);
    if (!group) return;
    if (['cardsort', 'dotvote', 'ranking'].includes(a.kind)) answerGeneric(core, a, group, rng, { n: 0 });
    else answerExercise(core, a, group, rng, sentence);
    // The KPI owner is typed by the facilitator; here a role, so only answers can leak names.
    if (a.kind === 'kpisort') call(core, 'run:setBoard', { activityId: a.id, board: { rows: [], onScreen: 'outcome' } });
    clock.advance(a.minutes * 60_000);
  });
  call(core, 'run:end', { workshopId: w.id });
  // An action item owned by someone from the commitments exercise (action items are named by nature).
  call(core, 'actionItem:add', { workshopId: w.id, text: 'Book the first shadowing day', owner: groupOf.get('commitments')![0]!.name, dueDate: '2026-12-15' });
  return { workshopId: w.id, groupOf };
}
