import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { buyingmap, defaultBuyingMapConfig, BuyingMapBoard, type BuyingMapBoard as Board } from './definition';
import { stageFriction, worstPoints, type BuyingMapTally } from './logic';
import { BuyingMapParticipant } from './Participant';
import { BuyingMapBoardView } from './Board';
import { BuyingMapResults } from './Results';
import { activityOf, answers, participantProps, resultsFor } from '../../../test/activities/views/helpers';
import { i18nFor } from '../../main/i18n';

const config = defaultBuyingMapConfig();
const engine = buyingmap.responses!;

describe('buying map: markers', () => {
  it('accepts a known segment, stage and marker, up to the limit per person', () => {
    expect(engine.check(config, 'mid.evaluate.stall', { placed: true }, new Map())).toBeNull();
    expect(engine.check(config, 'mid.nope.stall', { placed: true }, new Map())).toMatch(/not on this map/);
    expect(engine.check(config, 'mid.evaluate.stall.x', { placed: true }, new Map())).toMatch(/not on this map/);
    const six = new Map(['aware', 'research', 'evaluate', 'decide', 'onboard', 'expand'].map((s) => [`mid.${s}.lose`, { placed: true }] as const));
    expect(engine.check(config, 'mid.aware.stall', { placed: true }, six)).toMatch(/up to 6 markers/);
    expect(engine.check(config, 'mid.aware.lose', null, six)).toBeNull();
  });
  it('counts people per stage and marker, per team through the aggregate', () => {
    const responses = [
      ...answers('sales', 3, () => [['mid.decide.stall', { placed: true }]]),
      ...answers('marketing', 3, (i) => [[i === 0 ? 'mid.decide.stall' : 'mid.research.nocontent', { placed: true }]]),
    ];
    const results = resultsFor('buyingmap', config, responses);
    const overall = results.aggregate!.overall as BuyingMapTally;
    expect(overall.counts).toEqual({ 'mid.decide.stall': 4, 'mid.research.nocontent': 2 });
    expect(overall.max).toBe(4);
    const sales = results.aggregate!.teams.find((t) => t.team === 'sales')!.result as BuyingMapTally;
    expect(sales.counts).toEqual({ 'mid.decide.stall': 3 });
    const friction = stageFriction(config, overall, 'mid');
    expect(friction.find((f) => f.stage.id === 'decide')).toMatchObject({ byMarker: { stall: 4, lose: 0, nocontent: 0 }, total: 4 });
    expect(worstPoints(config, overall).map((w) => [w.key, w.count])).toEqual([
      ['mid.decide.stall', 4],
      ['mid.research.nocontent', 2],
    ]);
  });
  it('draws one swimlane per segment in the report, and the points to fix', () => {
    const responses = answers('sales', 3, () => [['mid.decide.stall', { placed: true }]]);
    const blocks = buyingmap.report!({
      title: 't',
      config,
      results: resultsFor('buyingmap', config, responses).aggregate,
      threshold: 3,
      board: { segmentId: null, focus: [{ key: 'mid.decide.stall', note: 'Security pack ready before the demo' }] },
      nameOf: () => null,
      status: 'done',
      i18n: i18nFor('en'),
    });
    const lanes = blocks.filter((b) => b.type === 'swimlane');
    expect(lanes).toHaveLength(2);
    const mid = lanes[0]!;
    expect(mid.type === 'swimlane' && mid.stages.find((s) => s.name === 'Evaluating')).toMatchObject({ owner: 'shared', handoff: true });
    // Friction is a heatmap (stages × markers, a count per team in each cell), not words in the swimlane.
    const heat = blocks.find((b) => b.type === 'heatmap');
    expect(heat && heat.type === 'heatmap' ? heat.title : '').toBe('Where deals get stuck: Mid-market');
    const decide = mid.type === 'swimlane' ? mid.stages.findIndex((s) => s.name === 'Deciding') : -1;
    const stall = heat && heat.type === 'heatmap' ? heat.rows.indexOf('Deals stall here') : -1;
    expect(heat && heat.type === 'heatmap' ? [heat.cells[stall]![decide], heat.teams?.map((t) => [t.team, t.cells[stall]![decide]])] : null).toEqual([
      3,
      [['sales', 3]],
    ]);
    expect(blocks).toContainEqual(expect.objectContaining({ type: 'finding', kind: 'decision', detail: 'Security pack ready before the demo' }));
  });
});

describe('buying map participant (no dragging needed)', () => {
  it('places and removes a marker with the stage’s buttons, saying where', async () => {
    const props = participantProps('buyingmap', config);
    const user = userEvent.setup();
    render(<BuyingMapParticipant {...props} />);
    const stage = screen.getByRole('group', { name: 'Markers on Deciding' });
    await user.click(within(stage).getByRole('button', { name: 'Deals stall here' }));
    expect(props.submit).toHaveBeenCalledWith('mid.decide.stall', { placed: true });
    expect(props.announce).toHaveBeenCalledWith('Placed Deals stall here on Deciding. 5 markers left.');
    expect(within(stage).getByRole('button', { name: 'Deals stall here' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(within(stage).getByRole('button', { name: 'Deals stall here' }));
    expect(props.submit).toHaveBeenLastCalledWith('mid.decide.stall', null);
  });
  it('switches segment', async () => {
    const props = participantProps('buyingmap', config);
    const user = userEvent.setup();
    render(<BuyingMapParticipant {...props} />);
    await user.click(screen.getByRole('button', { name: 'Enterprise' }));
    await user.click(within(screen.getByRole('group', { name: 'Markers on Researching' })).getByRole('button', { name: 'No content here' }));
    expect(props.submit).toHaveBeenCalledWith('ent.research.nocontent', { placed: true });
  });
  it('stops at the limit and says so', () => {
    const six = Object.fromEntries(['aware', 'research', 'evaluate', 'decide', 'onboard', 'expand'].map((s) => [`mid.${s}.lose`, { placed: true }]));
    render(<BuyingMapParticipant {...participantProps('buyingmap', config, six)} />);
    expect(screen.getByText('0', { selector: 'strong' })).toBeTruthy();
    const stage = screen.getByRole('group', { name: 'Markers on Deciding' });
    expect((within(stage).getByRole('button', { name: 'Deals stall here' }) as HTMLButtonElement).disabled).toBe(true);
    expect((within(stage).getByRole('button', { name: 'We lose them here' }) as HTMLButtonElement).disabled).toBe(false); // taking one back
  });
});

describe('buying map board and results', () => {
  const responses = [
    ...answers('sales', 3, () => [['mid.decide.stall', { placed: true }]]),
    ...answers('marketing', 2, () => [['mid.research.nocontent', { placed: true }]]),
    // One person from Other: with Marketing's two, three people hide together, so Sales' heat may show.
    ...answers('other', 1, () => [['mid.research.nocontent', { placed: true }]]),
  ];
  it('marks a friction point to fix first and switches the projector’s segment', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(
      <BuyingMapBoardView
        activity={activityOf('buyingmap', config)}
        config={config}
        results={resultsFor('buyingmap', config, responses)}
        board={{ segmentId: null, focus: [] }}
        onChange={onChange}
        announce={vi.fn()}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Fix first: Deciding (Mid-market): Deals stall here' }));
    expect(BuyingMapBoard.parse(onChange.mock.calls.at(-1)![0]).focus).toEqual([{ key: 'mid.decide.stall', note: '' }]);
    await user.click(screen.getByRole('button', { name: 'Enterprise' }));
    expect((onChange.mock.calls.at(-1)![0] as Board).segmentId).toBe('ent');
  });
  it('shows heat per team, and hides a team under the threshold', () => {
    render(
      <BuyingMapResults activity={activityOf('buyingmap', config)} config={config} results={resultsFor('buyingmap', config, responses)} surface="console" />,
    );
    expect(screen.getByText('Marketing split hidden: fewer than 3 answered')).toBeTruthy();
    const tables = screen.getAllByRole('table');
    expect(tables).toHaveLength(2);
    const row = within(tables[0]!).getByRole('row', { name: /Deals stall here/ });
    expect(within(row).getByText('Sales', { exact: false }).parentElement!.textContent).toContain('3');
  });
});
