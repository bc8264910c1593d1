import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { activityOf, answers, participantProps, resultsFor } from '../../../test/activities/views/helpers';
import { PULSE_SET_VERSION, type PulseConfig } from './definition';
import { PulseParticipant } from './Participant';
import { PulseResults } from './Results';

const config: PulseConfig = {
  setVersion: PULSE_SET_VERSION,
  statements: [
    { id: 's1', text: 'We agree on what a qualified lead is.' },
    { id: 's2', text: 'I trust the other team’s numbers.' },
    { id: 's3', text: 'I know what the other team is working on this month.' },
  ],
  extra: [],
};

const rowTexts = (container: HTMLElement) => [...container.querySelectorAll('.cgv-bar-text')].map((e) => e.textContent);

describe('alignment pulse results', () => {
  it('puts the largest Sales–Marketing gap first and labels each mean directly', () => {
    const responses = [
      // s1: both 4 (gap 0); s2: Sales 2, Marketing 5 (gap 3); s3: Sales 3, Marketing 4 (gap 1)
      ...answers('sales', 3, () => [
        ['s1', { rating: 4 }],
        ['s2', { rating: 2 }],
        ['s3', { rating: 3 }],
      ]),
      ...answers('marketing', 3, () => [
        ['s1', { rating: 4 }],
        ['s2', { rating: 5 }],
        ['s3', { rating: 4 }],
      ]),
    ];
    const { container } = render(
      <PulseResults activity={activityOf('pulse', config)} config={config} results={resultsFor('pulse', config, responses)} surface="console" />,
    );
    expect(rowTexts(container)).toEqual([config.statements[1]!.text, config.statements[2]!.text, config.statements[0]!.text]);
    expect(container.textContent).toContain('Gap 3.0');
    expect(screen.getByText('Sales: I trust the other team’s numbers.', { exact: false }).parentElement?.textContent).toContain('2.0');
    expect(screen.getByText('Marketing: I trust the other team’s numbers.', { exact: false }).parentElement?.textContent).toContain('5.0');
  });

  it('hides a team split below the anonymity threshold and says why; no gap is claimed', () => {
    const responses = [...answers('sales', 3, () => [['s1', { rating: 2 }]]), ...answers('marketing', 2, () => [['s1', { rating: 5 }]])];
    const { container } = render(
      <PulseResults activity={activityOf('pulse', config)} config={config} results={resultsFor('pulse', config, responses, 3)} surface="projector" />,
    );
    const notes = [...container.querySelectorAll('.cgv-suppressed')].map((e) => e.textContent).join('\n');
    expect(notes).toMatch(/Marketing split hidden: fewer than 3/);
    // With Marketing hidden, Sales would give Marketing away from the total: hidden too, and it says so.
    expect(notes).toMatch(/Sales split hidden too/);
    // No team bars at all: only the overall mean per statement.
    expect(container.querySelectorAll('.cgv-bar-team')).toHaveLength(0);
    expect(container.querySelectorAll('.cgv-bar-line')).toHaveLength(3);
    expect(container.textContent).not.toContain('Gap');
    expect(container.textContent).toContain('5 people answered');
  });
});

describe('alignment pulse on a phone', () => {
  it('a tap saves that rating at once and the progress counts it', async () => {
    const user = userEvent.setup();
    const props = participantProps('pulse', { statements: config.statements, extra: [{ id: 'own1', text: 'Our stand-up is worth it.' }] });
    render(<PulseParticipant {...props} />);
    expect(screen.getByText('0 of 4 answered')).toBeTruthy();
    await user.click(screen.getAllByRole('radio', { name: '4 Agree' })[1]!);
    expect(props.submit).toHaveBeenCalledTimes(1);
    expect(props.submit).toHaveBeenCalledWith('s2', { rating: 4 });
    expect(screen.getByText('1 of 4 answered')).toBeTruthy();
    expect((screen.getAllByRole('radio', { name: '4 Agree' })[1] as HTMLInputElement).checked).toBe(true);
  });

  it('works from the keyboard: arrow keys move along the scale and save', async () => {
    const user = userEvent.setup();
    const props = participantProps('pulse', { statements: config.statements, extra: [] }, { s1: { rating: 2 } });
    render(<PulseParticipant {...props} />);
    expect(screen.getByText('1 of 3 answered')).toBeTruthy();
    screen.getAllByRole('radio', { name: '2 Disagree' })[0]!.focus();
    await user.keyboard('{ArrowRight}');
    expect(props.submit).toHaveBeenLastCalledWith('s1', { rating: 3 });
    expect(screen.getAllByRole('radio', { name: '1 Strongly disagree' })).toHaveLength(3);
    expect(screen.getAllByRole('radio', { name: '5 Strongly agree' })).toHaveLength(3);
  });

  it('a locked pulse takes no taps', async () => {
    const user = userEvent.setup();
    const props = participantProps('pulse', { statements: config.statements, extra: [] }, {}, { locked: true });
    render(<PulseParticipant {...props} />);
    await user.click(screen.getAllByRole('radio', { name: '3 Neither agree nor disagree' })[0]!);
    expect(props.submit).not.toHaveBeenCalled();
  });
});
