// A worst-case day for the presenter layout check: every activity kind, 60 people,
// 26 lead signals, 200-character cards (the longest a card may be), a 15-line draft definition, 12 action items,
// and the presenter states of each kind (waiting, answering, locked, revealed and the
// extra views set from the console's board); then the results of each kind that splits by
// team again with Marketing below the anonymity threshold (`<kind>/revealed+team-below-threshold`).
import { inSentence } from '../../src/activities/in-sentence';
import { items } from '../../src/activities/shared-schemas';

export type Op = (name: string, input?: unknown) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
export interface Screen {
  name: string;
  /** Puts the run into this state (through the API, as the console would). */
  apply: () => Promise<void>;
  /** Items the projector must show, each whole on some page (cards, signals, actions): none may be dropped. */
  expect?: string[];
  /** With the room open, the projector shows how to join (phones can still answer here). */
  joinPanel?: boolean;
}

const LONG = (i: number) =>
  `Card ${i + 1}: leads from the spring webinar series sat in the shared queue for more than a week because nobody knew whether sales or the SDR team owned them, and by the time anyone called, the buyer had already booked a demo with a competitor who answered the same afternoon with a clear price and ${'a'.repeat(3)} plan.`.slice(
    0,
    300,
  );

/** Retro cards the facilitator put in themes; the rest stay loose. */
const GROUPED_RETRO = 36;

/** A card as long as the server takes (200 characters). */
const CARD = (i: number) => LONG(i).slice(0, 200);

export const DEFINITION_15 = [
  'A quality lead is a person at a company that fits our ideal customer profile and shows a real buying intent:',
  '- Company size between 200 and 5,000 employees, in a region we sell to',
  '- Job title is head of, director, VP or above in sales, marketing or revenue operations',
  '- Requested a demo or asked for pricing in the last 30 days',
  '- Visited the pricing page at least twice in two weeks',
  '- Attended a webinar and asked a question or stayed to the end',
  '- Budget for this year is known, or a budget owner has been named',
  '- Buying timeline is within the next two quarters',
  '- Replied to a sales email or booked a meeting from one',
  '- Not an existing customer of the same product line, not a competitor, not a student',
  '- Came from a partner referral with a named contact who expects our call',
  'Not enough on their own: one whitepaper download, newsletter opens, careers page visits.',
  'Depends: uses a competitor today (yes if the contract ends within a year).',
  'Sales calls every quality lead within one working day and records the outcome in the CRM.',
  'We review this definition together every quarter with the win/loss numbers.',
].join('\n');

/** The kinds whose results split by team, measured a second time with one team below the anonymity threshold. */
export const SMALL_TEAM_KINDS = ['brainstorm', 'dotvote', 'cardsort', 'ranking', 'leadsort', 'persona', 'buyingmap', 'kpisort', 'retro', 'comp'];
/** The screen name's mark for those (`--only team-below-threshold` checks just them). */
export const SMALL_TEAM = 'team-below-threshold';

/**
 * `language`: the workshop's (its exercises' example content comes in it: German stage goals, lead signals...);
 * the content written here for the worst case (cards, options, actions) stays as typed, as a facilitator's would.
 */
export async function buildDay(op: Op, language = 'en'): Promise<{ workshopId: string; screens: Screen[] }> {
  const w = await op('workshop:create', { title: 'Sales & Marketing alignment day', anonymityThreshold: 3 });
  if (language !== 'en') await op('workshop:update', { id: w.id, patch: { language } });
  const teams = (i: number) => (i % 15 === 14 ? 'other' : i % 2 ? 'marketing' : 'sales');
  const people: { id: string; team: string }[] = await op('participant:addMany', {
    workshopId: w.id,
    people: Array.from({ length: 60 }, (_, i) => ({ name: `Person ${i + 1} Longname-Whitfield`, team: teams(i) })),
  });
  const kinds = [
    'slide',
    'brainstorm',
    'dotvote',
    'cardsort',
    'ranking',
    'leadsort',
    'persona',
    'buyingmap',
    'kpisort',
    'retro',
    'comp',
    'commitments',
    'break',
  ];
  const acts: Record<string, any> = {}; // eslint-disable-line @typescript-eslint/no-explicit-any
  const opts = (n: number, what: string, prefix: string) =>
    items(
      Array.from({ length: n }, (_, i) => `${what} ${i + 1}: ${LONG(i).slice(8, 90)}`),
      prefix,
    );
  const configs: Record<string, unknown> = {
    slide: { text: LONG(0).slice(8), bullets: Array.from({ length: 6 }, (_, i) => `Point ${i + 1}: ${LONG(i).slice(8, 110).trim()}`) },
    brainstorm: {
      prompt: 'One thing about your work the other team never sees, and what it costs us when it stays hidden.',
      anonymous: true,
      maxCardsPerPerson: 10,
    },
    dotvote: { prompt: 'Spend your dots on what costs us deals.', options: opts(12, 'Option', 'o'), dotsPerPerson: 5, maxPerItem: 3 },
    cardsort: { prompt: 'Sort each signal.', cards: opts(20, 'Card', 'c'), columns: items(['Quality lead', 'Not a signal', 'Depends'], 'col'), open: false },
    ranking: { prompt: 'Order by what to measure together first.', options: opts(10, 'Measure', 'k') },
  };
  for (const kind of kinds) acts[kind] = await op('activity:add', { workshopId: w.id, kind, ...(configs[kind] ? { config: configs[kind] } : {}) });
  // 26 lead signals: the default list, topped up.
  const lead = acts.leadsort;
  const cards = [...lead.config.cards];
  for (let i = cards.length; i < 26; i++) cards.push({ id: `extra${i}`, text: `Signal ${i + 1}: opened three product emails in a week` });
  acts.leadsort = await op('activity:update', { id: lead.id, patch: { config: { ...lead.config, cards: cards.slice(0, 26) } } }).catch(async (e: Error) => {
    throw new Error(`could not set 26 lead signals: ${e.message}`);
  });
  // The same results with Marketing below the anonymity threshold (2 of 3 answer): team splits hidden, overall only.
  const small: Record<string, any> = {}; // eslint-disable-line @typescript-eslint/no-explicit-any
  for (const kind of SMALL_TEAM_KINDS) small[kind] = await op('activity:add', { workshopId: w.id, kind, config: acts[kind].config });
  await op('run:start', { workshopId: w.id });
  for (let i = 0; i < 12; i++)
    await op('actionItem:add', {
      workshopId: w.id,
      text: `Action ${i + 1}: ${LONG(i).slice(8, 120)}`,
      owner: `Person ${i + 1} Longname-Whitfield`,
      dueDate: `2026-12-${String(10 + i).padStart(2, '0')}`,
    });

  // Sixteen answers in flight at a time: a room answering, and a check that takes minutes, not ten.
  let inFlight: Promise<unknown>[] = [];
  // An answer the server refuses would leave a screen emptier than the worst case: say so.
  const refused = new Map<string, string>();
  const submit = async (a: { id: string; kind?: string }, p: { id: string }, itemKey: string, value: unknown) => {
    inFlight.push(op('response:submit', { activityId: a.id, participantId: p.id, itemKey, value }).catch((e: Error) => refused.set(a.kind ?? a.id, e.message)));
    if (inFlight.length >= 16) await Promise.all(inFlight.splice(0));
  };
  const settle = async () => {
    await Promise.all(inFlight);
    inFlight = [];
    for (const [kind, message] of refused) console.error(`warning: ${kind} answers refused: ${message.slice(0, 300)}`);
    refused.clear();
  };
  // Each kind's answers from a group of people (`i` is the person's place in the room, for their text).
  type Who = { p: { id: string; team: string }; i: number }[];
  const everyone: Who = people.map((p, i) => ({ p, i }));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const answers: Record<string, (a: any, who: Who) => Promise<void>> = {
    async brainstorm(a, who) {
      for (const { p, i } of who) await submit(a, p, `card-lay${String(i).padStart(4, '0')}`, { text: CARD(i) });
    },
    async retro(a, who) {
      const prompts = a.config.prompts.map((x: { id: string }) => x.id);
      for (const { p, i } of who) await submit(a, p, `card-lay${String(i).padStart(4, '0')}`, { text: CARD(i), prompt: prompts[i % prompts.length] });
    },
    async dotvote(a, who) {
      const o = a.config.options;
      for (const { p, i } of who) await submit(a, p, o[i % o.length].id, { dots: 1 });
    },
    async ranking(a, who) {
      const ids = a.config.options.map((x: { id: string }) => x.id);
      for (const { p, i } of who) await submit(a, p, 'order', { order: i % 2 ? [...ids].reverse() : ids });
    },
    cardsort: sortAll,
    leadsort: sortAll,
    kpisort: sortAll,
    async persona(a, who) {
      const sections = a.config.sections.map((s: { id: string }) => s.id);
      for (const { p, i } of who)
        await submit(a, p, `note-lay${String(i).padStart(4, '0')}`, { section: sections[i % sections.length], text: LONG(i).slice(0, 200) });
    },
    async buyingmap(a, who) {
      const c = a.config;
      const seg = c.segments[0];
      for (const { p, i } of who)
        for (let k = 0; k < Math.min(3, c.maxMarkers); k++)
          await submit(a, p, `${seg.id}.${seg.stages[(i + k) % seg.stages.length].id}.${c.markers[k % c.markers.length].id}`, { placed: true });
    },
    async comp(a, who) {
      for (const { p, i } of who) for (const s of a.config.scenarios) await submit(a, p, s.id, { option: s.options[i % s.options.length].id });
    },
    async commitments(a, who) {
      for (const { p, i } of who) {
        await submit(a, p, 'shadow', { in: i % 3 !== 0 });
        await submit(a, p, 'pledge', { text: LONG(i).slice(0, 200) });
      }
    },
  };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async function sortAll(a: any, who: Who) {
    const c = a.config;
    for (const { p, i } of who)
      for (const [k, card] of c.cards.entries())
        await submit(a, p, card.id, { column: c.columns[(i + k) % 3 === 0 ? 0 : (k + (p.team === 'sales' ? 0 : 1)) % 3].id });
  }

  const results = (kind: string) => op('activity:results', { activityId: acts[kind].id });
  const boards: Record<string, [string, () => Promise<unknown>][]> = {
    leadsort: [['draft-definition', async () => ({ definition: DEFINITION_15, onScreen: 'outcome' })]],
    kpisort: [
      [
        'agreed-table',
        async () => ({
          rows: acts.kpisort.config.cards.map((k: { id: string }, i: number) => ({
            kpiId: k.id,
            owner: ['marketing', 'sales', 'shared'][i % 3],
            person: `Person ${i + 1} Longname-Whitfield`,
            target: '25 % more',
            unit: 'per month',
          })),
          onScreen: 'outcome',
        }),
      ],
    ],
    brainstorm: [['themes', async () => ({ clusters: themes(await results('brainstorm')) })]],
    // The first 36 cards in themes, the rest left loose: both kinds of line on the projector.
    retro: [
      ['vote', async () => ({ clusters: themes(await results('retro'), (key) => Number(/lay(\d+)/.exec(key)?.[1] ?? 0) < GROUPED_RETRO), voting: true })],
    ],
    persona: [['vote', async () => ({ phase: 'vote', ballot: await personaBallot(), hidden: [], agreed: [], lastId: 999 })]],
    buyingmap: [
      [
        'fix-first',
        async () => ({
          segmentId: acts.buyingmap.config.segments[0].id,
          focus: acts.buyingmap.config.segments[0].stages.slice(0, 4).map((s: { id: string }) => ({
            key: `${acts.buyingmap.config.segments[0].id}.${s.id}.${acts.buyingmap.config.markers[0].id}`,
            note: LONG(1).slice(0, 200),
          })),
        }),
      ],
    ],
    comp: ['curve', 'paycheck', 'moment', 'poll'].map((view) => [
      view,
      async () => ({
        view,
        patternId: view === 'paycheck' ? (acts.comp.config.patterns?.[0]?.id ?? null) : null,
        scenarioId: view === 'poll' || view === 'moment' ? acts.comp.config.scenarios[0].id : null,
        takeaways: Array.from({ length: 8 }, (_, i) => LONG(i).slice(0, 140)),
      }),
    ]),
  };
  // The one-pager: as many notes per section on the ballot as it shows (topPerSection), all 200 characters long.
  const personaBallot = async () => {
    const notes: { key: string; section: string; text: string }[] = (await results('persona')).aggregate?.overall?.notes ?? [];
    const top = acts.persona.config.topPerSection;
    const ballot = acts.persona.config.sections.flatMap((s: { id: string }) => notes.filter((n) => n.section === s.id).slice(0, top));
    personaShown.splice(0, personaShown.length, ...ballot.map((n: { text: string }) => n.text));
    return ballot.map((n: { key: string; section: string; text: string }, i: number) => ({ id: `n${i + 1}`, key: n.key, section: n.section, text: n.text }));
  };
  const themes = (r: { aggregate?: { overall?: { cards?: { key: string }[] } } }, grouped = (_key: string) => true) => {
    const keys = (r.aggregate?.overall?.cards ?? []).map((c) => c.key).filter(grouped);
    return Array.from({ length: 6 }, (_, i) => ({ id: `th${i}`, name: `Theme ${i + 1}: hand-offs and speed`, cardKeys: keys.filter((_, j) => j % 6 === i) }));
  };

  // What each list screen must show in full, page by page.
  const bm = acts.buyingmap.config;
  const fixFirst: string[] = bm.segments[0].stages
    .slice(0, 4)
    .map((st: { name: string }) => `${st.name}${bm.segments.length > 1 ? ` (${bm.segments[0].name})` : ''}: ${inSentence(language, bm.markers[0].text)}`);
  // Filled when the vote opens (the ballot is built from the notes the server kept).
  const personaShown: string[] = [];
  const texts = (list: { text: string }[]) => list.map((x) => x.text);
  const cardsWritten = people.map((_, i) => CARD(i));
  const themeNames = Array.from({ length: 6 }, (_, i) => `Theme ${i + 1}: hand-offs and speed`);
  const all = (kind: string, list: string[]) => Object.fromEntries(['waiting', 'answering', 'locked', 'revealed'].map((s) => [`${kind}/${s}`, list]));
  const expected: Record<string, string[]> = {
    'slide/waiting': [acts.slide.config.text, ...acts.slide.config.bullets],
    ...all('dotvote', texts(acts.dotvote.config.options)),
    ...all('ranking', texts(acts.ranking.config.options)),
    ...all('cardsort', texts(acts.cardsort.config.cards)),
    ...all('leadsort', texts(acts.leadsort.config.cards)),
    'leadsort/revealed+draft-definition': DEFINITION_15.split('\n').map((l) => l.replace(/^- /, '')),
    'brainstorm/revealed': cardsWritten,
    'brainstorm/revealed+themes': cardsWritten,
    'retro/answering+vote': themeNames,
    // A theme stands for its cards (as in the console); the cards left loose show themselves.
    'retro/revealed': [...themeNames, ...cardsWritten.slice(GROUPED_RETRO)],
    'retro/revealed+vote': [...themeNames, ...cardsWritten.slice(GROUPED_RETRO)],
    // The persona one-pager: every note it shows per section (topPerSection), on some page.
    'persona/revealed': personaShown,
    'persona/revealed+vote': personaShown,
    // "Fix first" under the buying map: each of the four stages named.
    'buyingmap/revealed': fixFirst,
    'buyingmap/revealed+fix-first': fixFirst,
    // Every action item and every personal commitment written on a phone, none left as "…and N more".
    'commitments/revealed': [
      ...Array.from({ length: 12 }, (_, i) => `Action ${i + 1}: ${LONG(i).slice(8, 120)}`),
      ...people.map((_, i) => LONG(i).slice(0, 200)),
    ],
  };

  const screens: Screen[] = [];
  const goto = (kind: string) => op('run:goto', { workshopId: w.id, activityId: acts[kind].id });
  const set = (kind: string, s: object) => op('run:set', { activityId: acts[kind].id, ...s });
  const setBoard = async (kind: string, make: () => Promise<unknown>) => op('run:setBoard', { activityId: acts[kind].id, board: await make() });
  const push = (screen: Screen) =>
    screens.push({ ...screen, expect: expected[screen.name], joinPanel: Boolean(answers[screen.name.split('/')[0]!]) && !screen.name.includes('/revealed') });
  for (const kind of kinds) {
    push({ name: `${kind}/waiting`, apply: () => goto(kind) });
    const fill = answers[kind];
    if (!fill) continue;
    push({ name: `${kind}/answering`, apply: async () => (await fill(acts[kind], everyone), await settle()) });
    for (const [view, make] of boards[kind] ?? [])
      if (kind !== 'leadsort' && kind !== 'kpisort') push({ name: `${kind}/answering+${view}`, apply: () => setBoard(kind, make) });
    push({ name: `${kind}/locked`, apply: () => set(kind, { locked: true }) });
    push({ name: `${kind}/revealed`, apply: () => set(kind, { revealed: true }) });
    for (const [view, make] of boards[kind] ?? []) push({ name: `${kind}/revealed+${view}`, apply: () => setBoard(kind, make) });
  }
  // Marketing below the threshold: every person from the other teams answers, and two from Marketing.
  const fewMarketing = everyone.filter(({ p }) => p.team !== 'marketing').concat(everyone.filter(({ p }) => p.team === 'marketing').slice(0, 2));
  const fewCards = fewMarketing.map(({ i }) => CARD(i));
  const smallExpected: Record<string, string[] | undefined> = {
    ...Object.fromEntries(['dotvote', 'ranking', 'cardsort', 'leadsort'].map((k) => [k, expected[`${k}/revealed`]])),
    brainstorm: fewCards,
    retro: fewCards,
  };
  for (const kind of SMALL_TEAM_KINDS) {
    const a = small[kind];
    screens.push({
      name: `${kind}/revealed+${SMALL_TEAM}`,
      expect: smallExpected[kind],
      apply: async () => {
        await op('run:goto', { workshopId: w.id, activityId: a.id });
        await answers[kind]!(a, fewMarketing);
        await settle();
        await op('run:set', { activityId: a.id, revealed: true });
      },
    });
  }
  // The comp board's poll view splits by team too.
  screens.push({
    name: `comp/revealed+poll+${SMALL_TEAM}`,
    apply: () =>
      op('run:setBoard', { activityId: small.comp.id, board: { view: 'poll', patternId: null, scenarioId: small.comp.config.scenarios[0].id, takeaways: [] } }),
  });
  for (const name of Object.keys(expected)) if (!screens.some((x) => x.name === name)) throw new Error(`layout-day: no screen named ${name}`);
  return { workshopId: w.id, screens };
}
