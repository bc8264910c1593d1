import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CompParticipant } from './Participant';
import { CompBoardView } from './Board';
import { CompResults } from './Results';
import { CompPresenter } from './Presenter';
import { CompBoard, comp, defaultCompConfig, type CompBoard as Board, type CompConfig } from './definition';
import { CompEditor } from './Editor';
import { PayoutCurve } from './charts';
import { PLAN_PRESETS } from './presets';
import { activityOf, answers, participantProps, resultsFor } from '../../../test/activities/views/helpers';
import { i18nFor } from '../../main/i18n';

const config = defaultCompConfig();
const engine = comp.responses!;
const [first, second] = config.scenarios;

describe('comp polls: logic', () => {
  it('accepts a listed answer to a listed situation only', () => {
    expect(engine.check(config, first!.id, { option: first!.options[0]!.id }, new Map())).toBeNull();
    expect(engine.check(config, first!.id, { option: 'nope' }, new Map())).toMatch(/Pick one/);
    expect(engine.check(config, 'nope', { option: 'a1' }, new Map())).toMatch(/not part/);
    expect(engine.check(config, first!.id, null, new Map())).toBeNull();
  });
  it('counts answers per situation and option', () => {
    const t = engine.tally(config, [
      { participantId: 'p1', team: 'sales', itemKey: first!.id, value: { option: 'a1' } },
      { participantId: 'p2', team: 'marketing', itemKey: first!.id, value: { option: 'a2' } },
      { participantId: 'p3', team: 'marketing', itemKey: first!.id, value: { option: 'a2' } },
    ]) as { scenarios: { id: string; n: number; options: { id: string; count: number }[] }[] };
    expect(t.scenarios[0]).toMatchObject({ id: first!.id, n: 3 });
    expect(t.scenarios[0]!.options.map((o) => o.count)).toEqual([1, 2, 0, 0]);
    expect(t.scenarios[1]!.n).toBe(0);
  });
  it('tells phones which poll is open, and nothing else', () => {
    expect(comp.shared!(config, { view: 'poll', scenarioId: second!.id, patternId: null, takeaways: ['secret'] })).toEqual({ scenarioId: second!.id });
    expect(comp.shared!(config, { view: 'curve', scenarioId: second!.id, patternId: null, takeaways: [] })).toEqual({ scenarioId: null });
    expect(comp.shared!(config, 'garbage')).toEqual({ scenarioId: null });
  });
  it('writes a report with the plan, the curve, the paychecks and the polls', () => {
    const results = resultsFor(
      'comp',
      config,
      answers('sales', 3, () => [[first!.id, { option: 'a1' }]]),
    ).aggregate;
    const blocks = comp.report!({
      title: 't',
      config,
      results,
      threshold: 3,
      board: { view: 'curve', patternId: 'slip', scenarioId: null, takeaways: ['No launches in the last two weeks'] },
      nameOf: () => null,
      status: 'done',
      i18n: i18nFor('en'),
    });
    const types = blocks.map((b) => b.type);
    expect(types).toEqual(expect.arrayContaining(['keyValue', 'lineChart', 'table', 'callout', 'barChart', 'finding']));
    expect(JSON.stringify(blocks)).toContain('No launches in the last two weeks');
  });
});

describe('comp participant', () => {
  it('taps an answer, then takes it back', async () => {
    const props = participantProps('comp', config);
    const user = userEvent.setup();
    render(<CompParticipant {...props} />);
    const q = screen.getByRole('group', { name: /95 %/ });
    await user.click(within(q).getByRole('button', { name: /Give the discount/ }));
    expect(props.submit).toHaveBeenCalledWith(first!.id, { option: 'a1' });
    expect(props.announce).toHaveBeenCalledWith('Chose: Give the discount and sign today.');
    expect(
      within(q)
        .getByRole('button', { name: /Give the discount/ })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await user.click(within(q).getByRole('button', { name: /Give the discount/ }));
    expect(props.submit).toHaveBeenLastCalledWith(first!.id, null);
  });
  it('shows only the open poll when the facilitator opened one', () => {
    render(<CompParticipant {...participantProps('comp', config)} shared={{ scenarioId: second!.id }} />);
    expect(screen.getAllByRole('group')).toHaveLength(1);
    expect(screen.getByRole('group', { name: /messaging workshop/ })).toBeTruthy();
    // Progress is about the open poll, not polls the phone cannot see.
    expect(screen.getByText('Not answered yet')).toBeTruthy();
    expect(screen.queryByText(/of \d+ answered/)).toBeNull();
  });
  it('shows no situation while no poll is open, even where the page holds them all (the in-room page)', () => {
    render(<CompParticipant {...participantProps('comp', config)} shared={{ scenarioId: null }} />);
    expect(screen.queryAllByRole('group')).toHaveLength(0);
    for (const s of config.scenarios) expect(screen.queryByText(s.prompt)).toBeNull();
    expect(screen.getByText(/No question open yet/)).toBeTruthy();
  });
  it('gives phones only the open poll’s situation, and none before the facilitator opens one', () => {
    const curve: Board = { view: 'curve', patternId: 'slip', scenarioId: second!.id, takeaways: ['Only for the room'] };
    expect(comp.participantConfig!(config, curve)).toEqual({ scenarios: [] });
    expect(comp.participantConfig!(config, { ...curve, view: 'poll' })).toEqual({ scenarios: [second] });
    // The projector shows the first situation when the poll view has none chosen: so do phones.
    expect(comp.participantConfig!(config, { ...curve, view: 'poll', scenarioId: null })).toEqual({ scenarios: [first] });
    expect(comp.shared!(config, { ...curve, view: 'poll', scenarioId: null })).toEqual({ scenarioId: first!.id });
  });
  it('shows the answer but no way to change it once locked', () => {
    render(<CompParticipant {...participantProps('comp', config, { [first!.id]: { option: 'a2' } }, { locked: true })} />);
    expect(screen.getByText(/Answers are locked/)).toBeTruthy();
    const held = screen.getByRole('button', { name: /Hold the price/ }) as HTMLButtonElement;
    expect(held.getAttribute('aria-disabled')).toBe('true'); // focusable still: locking never drops the keyboard (#15)
    expect(held.getAttribute('aria-pressed')).toBe('true');
  });
});

describe('comp board', () => {
  function setup(board: Board = { view: 'curve', patternId: null, scenarioId: null, takeaways: [] }) {
    const onChange = vi.fn();
    const announce = vi.fn();
    render(
      <CompBoardView
        activity={activityOf('comp', config)}
        config={config}
        results={resultsFor('comp', config, [])}
        board={board}
        onChange={onChange}
        announce={announce}
      />,
    );
    const last = (): Board => CompBoard.parse(onChange.mock.calls.at(-1)![0]);
    return { onChange, announce, last, user: userEvent.setup() };
  }
  it('switches what the projector shows', async () => {
    const { last, announce, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Twelve paychecks' }));
    expect(last()).toMatchObject({ view: 'paycheck', patternId: 'slip' });
    expect(announce).toHaveBeenCalledWith('The projector shows the twelve paychecks.');
  });
  it('opens a poll from the list', async () => {
    const { last, user } = setup();
    await user.selectOptions(screen.getByLabelText('Open poll'), second!.id);
    expect(last()).toMatchObject({ view: 'poll', scenarioId: second!.id });
  });
  it('adds and removes takeaways', async () => {
    const { last, user } = setup({ view: 'curve', patternId: null, scenarioId: null, takeaways: ['Old one'] });
    await user.type(screen.getByLabelText('New takeaway'), 'No launches in the last two weeks{Enter}');
    expect(last().takeaways).toEqual(['Old one', 'No launches in the last two weeks']);
    await user.click(screen.getByRole('button', { name: 'Remove the takeaway: Old one' }));
    expect(last().takeaways).toEqual([]);
  });
});

describe('comp results and presenter', () => {
  it('splits a poll by team and hides a team below the threshold', () => {
    const responses = [...answers('sales', 3, () => [[first!.id, { option: 'a1' }]]), ...answers('marketing', 2, () => [[first!.id, { option: 'a2' }]])];
    render(<CompResults activity={activityOf('comp', config)} config={config} results={resultsFor('comp', config, responses)} surface="console" />);
    expect(screen.getByText('Marketing split hidden: fewer than 3 answered')).toBeTruthy();
    expect(screen.getAllByText(/60% · 3 people/)).toHaveLength(1);
  });
  it('draws the curve by default and the view the board asks for', () => {
    const { unmount } = render(<CompPresenter activity={activityOf('comp', config)} config={config} />);
    expect(screen.getByRole('img', { name: /pay for a year at each level/ })).toBeTruthy();
    unmount();
    render(
      <CompPresenter activity={activityOf('comp', config)} config={config} board={{ view: 'moment', patternId: null, scenarioId: null, takeaways: [] }} />,
    );
    expect(screen.getByText('Signed today')).toBeTruthy();
    expect(screen.getByText('+$1,875')).toBeTruthy();
  });
});

describe('comp editor presets', () => {
  it('“Use this plan” resizes the deal patterns and the last-day deal to the new quota (meetings, not dollars)', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const start = defaultCompConfig();
    render(<CompEditor config={start} onChange={onChange} />);
    await user.selectOptions(screen.getByLabelText('Preset plan'), 'sdr-70-30');
    await user.click(screen.getByRole('button', { name: 'Use this plan' }));
    const next = onChange.mock.calls.at(-1)![0] as CompConfig;
    expect(next.unit).toBe('meetings');
    expect(next.plan.quota).toBe(168);
    // 40,000 of a 600,000 yearly quota is 11.2 → 11 of 168 meetings; the last-day deal 15,000 → 4.2 → 4.
    expect(next.patterns.find((p) => p.id === 'slip')!.deals[0]!.amount).toBe(11);
    expect(next.moment.deal).toBe(4);
  });
});

describe('payout curve labels', () => {
  it('keep the marketer’s label clear of the end-of-curve callout, whatever the plan', () => {
    for (const preset of PLAN_PRESETS) {
      for (const salary of [40_000, 60_000, 90_000, 99_000, 120_000, 160_000]) {
        const config = { ...defaultCompConfig(), plan: structuredClone(preset.plan), marketer: { ...defaultCompConfig().marketer, salary } };
        const { container, unmount } = render(<PayoutCurve config={config} />);
        const mk = Number(container.querySelector('.cgc-marketer-label')!.getAttribute('y'));
        const callouts = [...container.querySelectorAll('.cgc-callout')];
        const end = Number(callouts.at(-1)!.getAttribute('y'));
        expect(Math.abs(mk - end), `${preset.id} with a ${salary} salary`).toBeGreaterThanOrEqual(36);
        unmount();
      }
    }
  });
});
