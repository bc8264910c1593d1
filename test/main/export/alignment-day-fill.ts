import type { Core } from '../../../src/main/core';
import type { OpInput, OpOutput } from '../../../src/shared/api/contract';
import type { OpName } from '../../../src/shared/api/names';
import type { Activity, Participant, Team } from '../../../src/shared/domain';
import { ALIGNMENT_DAY_ID } from '../../../src/main/services/builtin-templates';
import type { PersonaConfig } from '../../../src/activities/persona/definition';
import type { CompConfig } from '../../../src/activities/comp/definition';
import type { CardSortConfig } from '../../../src/activities/cardsort/definition';
import type { BuyingMapConfig } from '../../../src/activities/buyingmap/definition';
import type { RetroConfig } from '../../../src/activities/retro/definition';
import type { PulseConfig } from '../../../src/activities/pulse/definition';
import { seeded } from '../../helpers/workshop-fill';

// The built-in six-hour "alignment day", run for n people who answer every
// exercise, with the facilitator's boards filled in (themes, ballot, pairs,
// draft definition, KPI table). Everything goes through the live operations.

function op<K extends OpName>(core: Core, name: K, input: OpInput<K>): OpOutput<K> {
  const result = core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${result.error.code} ${result.error.message}`);
  return result.value as OpOutput<K>;
}

const WORDS = ['follow-up', 'quota', 'pipeline', 'webinar', 'demo', 'hand-off', 'MQL', 'churn', 'pricing', 'case study', 'forecast', 'renewal'];

export function answeredAlignmentDay(core: Core, n: number, clock: { advance(ms: number): void }, seed = 5): string {
  const rng = seeded(seed);
  const w = op(core, 'template:createWorkshop', { templateId: ALIGNMENT_DAY_ID, title: `Alignment day (${n} people)` });
  const teams: Team[] = ['sales', 'marketing', 'other'];
  const people: { name: string; team: Team; role: string }[] = Array.from({ length: n }, (_, i) => ({
    name: `Person ${i + 1}`,
    team: teams[i % 7 === 6 ? 2 : i % 2]!,
    role: rng.pick(['AE', 'SDR', 'Content', 'RevOps']),
  }));
  for (let i = 0; i < people.length; i += 200) op(core, 'participant:addMany', { workshopId: w.id, people: people.slice(i, i + 200) });
  const detail = op(core, 'workshop:get', { id: w.id });
  const sentence = () =>
    `${rng.pick(WORDS)} ${rng.pick(WORDS)}: ${rng.pick(['too slow', 'works well', 'nobody owns it', 'we should share it', 'unclear'])} ${rng.int(1000)}`;
  op(core, 'run:start', { workshopId: w.id });
  detail.activities.forEach((a, i) => {
    if (i > 0) op(core, 'run:next', { workshopId: w.id });
    answerExercise(core, a, detail.participants, rng, sentence);
    clock.advance(a.minutes * 60_000);
  });
  op(core, 'run:end', { workshopId: w.id });
  for (let i = 0; i < 6; i++)
    op(core, 'actionItem:add', {
      workshopId: w.id,
      text: `Action ${i + 1}: ${sentence()}`,
      owner: detail.participants[i]!.name,
      dueDate: `2026-12-${String(10 + i).padStart(2, '0')}`,
    });
  return w.id;
}

type Rng = ReturnType<typeof seeded>;

/** Answer one alignment exercise for these people, with the facilitator's board filled in. */
export function answerExercise(core: Core, a: Activity, people: Participant[], rng: Rng, sentence: () => string) {
  const submit = (p: Participant, itemKey: string, value: unknown) => op(core, 'response:submit', { activityId: a.id, participantId: p.id, itemKey, value });
  const board = (value: unknown) => op(core, 'run:setBoard', { activityId: a.id, board: value });
  const card = (p: Participant, k: number) => `card-${p.id.slice(0, 8)}x${k}`;
  if (a.kind === 'brainstorm') {
    for (const p of people) for (let k = 0; k < 2; k++) submit(p, card(p, k), { text: sentence() });
    board({ clusters: [{ id: 'g-1', name: 'First theme', cardKeys: people.slice(0, 5).map((p) => `${p.id}/${card(p, 0)}`) }] });
  } else if (a.kind === 'persona') {
    const c = a.config as PersonaConfig;
    const ballot: { id: string; key: string; section: string; text: string }[] = [];
    for (const p of people) {
      for (let k = 0; k < 3; k++) {
        const section = rng.pick(c.sections).id;
        const text = sentence();
        submit(p, `note-${p.id.slice(0, 8)}${k}`, { section, text });
        if (ballot.length < 40) ballot.push({ id: `n${ballot.length + 1}`, key: `${p.id}/note-${p.id.slice(0, 8)}${k}`, section, text });
      }
    }
    board({ phase: 'vote', ballot, hidden: [`${people[1]!.id}/note-${people[1]!.id.slice(0, 8)}2`], agreed: ['n1'], lastId: ballot.length });
    for (const p of people) for (let k = 0; k < 3; k++) submit(p, `v-${rng.pick(ballot).id}`, { dots: 2 });
  } else if (a.kind === 'comp') {
    const c = a.config as CompConfig;
    for (const p of people) for (const s of c.scenarios) submit(p, s.id, { option: rng.pick(s.options).id });
    board({ view: 'poll', patternId: null, scenarioId: c.scenarios[0]!.id, takeaways: ['Pay shapes behaviour at quarter end'] });
  } else if (a.kind === 'leadsort' || a.kind === 'kpisort') {
    const c = a.config as CardSortConfig;
    for (const p of people)
      for (const k of c.cards) submit(p, k.id, rng.next() < 0.2 ? { column: rng.pick(c.columns).id, note: sentence() } : { column: rng.pick(c.columns).id });
    if (a.kind === 'leadsort') board({ definition: `A quality lead: ${sentence()}`, onScreen: 'outcome' });
    else
      board({
        rows: c.cards.slice(0, 4).map((k) => ({ kpiId: k.id, owner: 'shared', person: people[0]!.name, target: '25', unit: '%' })),
        onScreen: 'outcome',
      });
  } else if (a.kind === 'buyingmap') {
    const c = a.config as BuyingMapConfig;
    const seg = c.segments[0]!;
    for (const p of people)
      for (let k = 0; k < 3; k++) {
        const key = `${seg.id}.${seg.stages[(k * 2 + rng.int(2)) % seg.stages.length]!.id}.${c.markers[k % c.markers.length]!.id}`;
        if (k === 0 || rng.next() < 0.8) submit(p, key, { placed: true });
      }
    board({ segmentId: seg.id, focus: [{ key: `${seg.id}.${seg.stages[0]!.id}.${c.markers[0]!.id}`, note: 'Fix first' }] });
  } else if (a.kind === 'retro') {
    const c = a.config as RetroConfig;
    for (const p of people) for (let k = 0; k < 2; k++) submit(p, card(p, k), { text: sentence(), prompt: rng.pick(c.prompts).id });
    const clusters = [0, 1, 2].map((t) => ({
      id: `g-t${t}`,
      name: `Theme ${t + 1}`,
      cardKeys: people.filter((_, i) => i % 3 === t).map((p) => `${p.id}/${card(p, 0)}`),
    }));
    board({ clusters, voting: true });
    for (const p of people) submit(p, `vote-${rng.pick(clusters).id}`, { dots: 1 + rng.int(c.dotsPerPerson) });
  } else if (a.kind === 'pulse') {
    const c = a.config as PulseConfig;
    for (const p of people) for (const s of [...c.statements, ...c.extra]) submit(p, s.id, { rating: 1 + rng.int(5) });
  } else if (a.kind === 'messaging') {
    // Messaging brainstorm (#18): a message each, all put to the vote, one vote each.
    for (const p of people) submit(p, card(p, 0), { text: sentence() });
    const ballot = people.map((p, i) => ({ id: `m${i + 1}`, key: `${p.id}/${card(p, 0)}`, text: `message ${i + 1}` }));
    board({ phase: 'vote', ballot, lastId: ballot.length });
    for (const p of people) submit(p, `vote-${rng.pick(ballot).id}`, { picked: true });
  } else if (a.kind === 'commitments') {
    for (const p of people) {
      submit(p, 'shadow', { in: rng.next() < 0.5 });
      submit(p, 'pledge', { text: sentence() });
    }
    const sales = people.filter((p) => p.team === 'sales');
    const marketing = people.filter((p) => p.team === 'marketing');
    const pairs = [0, 1, 2].map((i) => ({
      id: `p-${i}`,
      sales: { id: sales[i]!.id, name: sales[i]!.name },
      marketing: { id: marketing[i]!.id, name: marketing[i]!.name },
      date: `2027-01-1${i}`,
    }));
    board({ pairs, reports: null, meeting: null, promoted: [`${people[0]!.id}/pledge`] });
  }
}
