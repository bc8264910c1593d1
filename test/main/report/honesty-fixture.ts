import type { Core } from '../../../src/main/core';
import type { Activity } from '../../../src/shared/domain';
import { ALIGNMENT_DAY_ID } from '../../../src/main/services/builtin-templates';
import type { OpInput, OpOutput } from '../../../src/shared/api/contract';
import type { OpName } from '../../../src/shared/api/names';
import { seeded } from '../../helpers/workshop-fill';
import { answerExercise } from '../export/alignment-day-fill';

// The alignment day as it often really goes: three exercises skipped (the
// room never spent a minute on them and nobody answered), the KPI session
// talked through for half an hour with nobody answering on a phone, a lead
// definition drafted from the template with its blank left unfilled, two deal
// patterns put on the projector, dates on the commitments.

/** A draft long enough that the executive summary cannot hold all of it. */
export const DEFINITION = [
  'A quality lead shows one or more of these:',
  '- Budget is known',
  '- Buying timeline is known',
  '- Referred by a partner or an existing customer who knows the problem first hand',
  '- Requested a demo from the pricing page after reading two or more case studies',
  '- Several people from one company engaged within the same fortnight',
  '',
  'On their own, these do not make a lead worth a sales call:',
  '- Downloaded a whitepaper',
  '- Opened three newsletters',
  '',
  'Sales follows up a quality lead within ___ working hours, and tells Marketing what happened to it.',
].join('\n');

export const SKIPPED = ['Icebreaker', 'The sales team as a persona', 'Trust retrospective'];
export const TALKED_THROUGH = 'Shared goals, roles and KPIs';

// No vitest here, so scripts can build the same day to look at it.
function call<K extends OpName>(core: Core, name: K, input: OpInput<K>): OpOutput<K> {
  const result = core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value as OpOutput<K>;
}

export interface HonestDay {
  workshopId: string;
  activities: Activity[];
  /** The deal patterns put on the projector. */
  shownPatterns: string[];
}

export function honestDay(core: Core, clock: { advance(ms: number): void }): HonestDay {
  const rng = seeded(3);
  const w = call(core, 'template:createWorkshop', { templateId: ALIGNMENT_DAY_ID, title: 'Alignment day, as it went' });
  call(core, 'workshop:update', { id: w.id, patch: { date: '2026-12-15', facilitator: 'Maya Jovanović' } });
  const people = ['sales', 'marketing', 'sales', 'marketing', 'sales', 'marketing', 'sales', 'marketing'].map((team, i) => ({
    name: `Person ${i + 1}`,
    team: team as 'sales' | 'marketing',
    role: '',
  }));
  call(core, 'participant:addMany', { workshopId: w.id, people });
  const detail = call(core, 'workshop:get', { id: w.id });
  const sentence = () => `${rng.pick(['follow-up', 'pipeline', 'demo'])} ${rng.pick(['too slow', 'works well', 'unclear'])}`;
  const board = (a: Activity, value: unknown) => call(core, 'run:setBoard', { activityId: a.id, board: value });
  const shownPatterns = ['slip', 'clawback'];
  call(core, 'run:start', { workshopId: w.id });
  detail.activities.forEach((a, i) => {
    if (i > 0) call(core, 'run:next', { workshopId: w.id });
    // Skipped: passed over at once, nobody answers.
    if (SKIPPED.some((s) => a.title.startsWith(s))) return;
    if (a.title === TALKED_THROUGH) {
      clock.advance(30 * 60_000);
      return;
    }
    answerExercise(core, a, detail.participants, rng, sentence);
    if (a.kind === 'leadsort') board(a, { definition: DEFINITION, onScreen: 'outcome' });
    if (a.kind === 'comp')
      board(a, { view: 'paycheck', patternId: 'clawback', scenarioId: null, takeaways: ['Pay shapes behaviour at quarter end'], shownPatterns });
    if (a.kind === 'commitments') {
      const sales = detail.participants.filter((p) => p.team === 'sales');
      const marketing = detail.participants.filter((p) => p.team === 'marketing');
      board(a, {
        pairs: [
          { id: 'p-1', sales: { id: sales[0]!.id, name: sales[0]!.name }, marketing: { id: marketing[0]!.id, name: marketing[0]!.name }, date: '2027-01-12' },
        ],
        reports: null,
        meeting: { everyWeeks: 2, day: 'Tuesday', time: '09:30', minutes: 45, firstDate: '2027-01-19', topic: 'Pipeline and lead feedback' },
        promoted: [],
      });
    }
    clock.advance(a.minutes * 60_000);
  });
  call(core, 'run:end', { workshopId: w.id });
  call(core, 'actionItem:add', { workshopId: w.id, text: 'Share the draft lead definition with both teams', owner: 'Person 1', dueDate: '2026-12-18' });
  call(core, 'actionItem:add', { workshopId: w.id, text: 'Book the first joint pipeline meeting', owner: '', dueDate: null });
  return { workshopId: w.id, activities: detail.activities, shownPatterns };
}
