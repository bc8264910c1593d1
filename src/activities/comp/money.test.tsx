import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { CompEditor } from './Editor';
import { CompPresenter } from './Presenter';
import { CompParticipant } from './Participant';
import { CompBoardView } from './Board';
import { PaycheckChart } from './charts';
import { comp, defaultCompConfig, type CompConfig } from './definition';
import { paychecks } from './maths';
import { activityOf, participantProps, resultsFor } from '../../../test/activities/views/helpers';

// Issue #14: the comp views say what the plan pays, in the workshop's currency.

const euros = (): CompConfig => comp.withCurrency!(defaultCompConfig(), 'EUR');
/** Every amount written with a currency sign on screen. */
const dollarsIn = (text: string) => text.match(/\$\s?\d/g) ?? [];

/** A month that pays less than nothing: a 60,000 deal booked in February, cancelled in April, nothing else booked. */
const cancelledInApril = [
  { id: 'd1', month: 1, amount: 50_000, label: '', cancelledIn: null },
  { id: 'd2', month: 2, amount: 60_000, label: '', cancelledIn: 4 },
  { id: 'd3', month: 3, amount: 40_000, label: '', cancelledIn: null },
  { id: 'd4', month: 4, amount: 50_000, label: '', cancelledIn: null },
];

describe('comp paychecks: a negative month', () => {
  it('draws below the zero line, with its amount under the bar and clear of the marketer’s bar', () => {
    const config = euros();
    const april = paychecks(config.plan, cancelledInApril)[3]!;
    expect(april.total).toBeLessThan(0); // the fixture really has a negative April
    const { container } = render(<PaycheckChart config={config} deals={cancelledInApril} />);
    const zero = Number(container.querySelector('.cgc-zero')!.getAttribute('y1'));
    const month = container.querySelector('[data-month="4"]')!;
    const bar = month.querySelector('rect[data-series="rep"]')!;
    const y = Number(bar.getAttribute('y'));
    const height = Number(bar.getAttribute('height'));
    expect(y).toBeCloseTo(zero, 6); // starts at zero…
    expect(height).toBeGreaterThan(0); // …and goes down
    const label = [...month.querySelectorAll('text')].find((t) => t.textContent === '−€1K')!;
    expect(label, 'a label with the negative amount').toBeTruthy();
    expect(Number(label.getAttribute('y'))).toBeGreaterThan(y + height); // under the bar
    // The marketer's bar stands above zero: the label below the axis cannot sit behind it.
    const mk = month.querySelector('rect[data-series="mk"]')!;
    expect(Number(mk.getAttribute('y')) + Number(mk.getAttribute('height'))).toBeCloseTo(zero, 6);
    expect(Number(label.getAttribute('y')) - 28).toBeGreaterThan(zero);
  });

  it('writes both people’s amount for every month, the marketer’s too', () => {
    const config = euros();
    const { container } = render(<PaycheckChart config={config} deals={config.patterns[0]!.deals} />);
    expect(container.querySelectorAll('.cgc-row-value-rep')).toHaveLength(12);
    const mk = [...container.querySelectorAll('.cgc-row-value-mk')].map((t) => t.textContent);
    expect(mk).toHaveLength(12);
    expect(mk[0]).toBe('€7.5K'); // 90,000 ÷ 12
    expect(mk[11]).toBe('€17K'); // December: 7,500 + the 9,000 bonus, to the thousand
  });
});

describe('a euro workshop shows euros everywhere money appears', () => {
  it('editor', () => {
    const { container } = render(<CompEditor config={euros()} onChange={() => {}} />);
    expect(container.textContent).toContain('Euro (€)');
    expect(container.textContent).toContain('€120,000 a year');
    expect(container.textContent).toMatch(/from the first euro/);
    expect(dollarsIn(container.textContent!)).toEqual([]);
  });

  it('projector, every view', () => {
    for (const view of ['curve', 'paycheck', 'moment', 'poll'] as const) {
      const { container, unmount } = render(
        <CompPresenter activity={activityOf('comp', euros())} config={euros()} board={{ view, patternId: 'slip', scenarioId: 'last-day', takeaways: [] }} />,
      );
      expect(container.textContent, view).toMatch(/€\d/);
      expect(dollarsIn(container.textContent!), view).toEqual([]);
      unmount();
    }
  });

  it('console talking points', () => {
    for (const view of ['curve', 'paycheck', 'moment'] as const) {
      const { container, unmount } = render(
        <CompBoardView
          activity={activityOf('comp', euros())}
          config={euros()}
          results={resultsFor('comp', euros(), [])}
          board={{ view, patternId: 'slip', scenarioId: null, takeaways: [] }}
          onChange={() => {}}
          announce={() => {}}
        />,
      );
      expect(container.textContent, view).toMatch(/€\d/);
      expect(dollarsIn(container.textContent!), view).toEqual([]);
      unmount();
    }
  });

  it('phone', () => {
    const config = comp.participantConfig!(euros(), { view: 'poll', patternId: null, scenarioId: 'last-day', takeaways: [] }) as CompConfig;
    const { container } = render(<CompParticipant {...participantProps('comp', config)} shared={{ scenarioId: 'last-day' }} />);
    expect(container.textContent).toContain('€15,000 deal');
    expect(dollarsIn(container.textContent!)).toEqual([]);
  });
});

describe('comp editor: the rules in words', () => {
  function Harness({ start }: { start: CompConfig }) {
    const [config, setConfig] = useState(start);
    return (
      <>
        <CompEditor config={config} onChange={setConfig} />
        <output data-testid="cap">{String(config.plan.cap)}</output>
      </>
    );
  }

  it('a cap typed as “200 % attainment” stops pay at 200 %, and the line under it says what that pays', async () => {
    const user = userEvent.setup();
    render(<Harness start={defaultCompConfig()} />);
    const cap = screen.getByRole('group', { name: 'Cap' });
    await user.click(within(cap).getByRole('radio', { name: /At an attainment/ }));
    const field = within(cap).getByLabelText(/Pay stops rising at/);
    await user.clear(field);
    await user.type(field, '200');
    // 50/50 AE: 15,000 + 7,500 × 1.5 + 7,500 × 2 = 41,250 a quarter = 275 % of target; a year 60,000 + 4 × 41,250.
    expect(Number(screen.getByTestId('cap').textContent)).toBeCloseTo(275, 6);
    expect(cap.textContent).toContain('Capped at 200 % attainment (2.75× target variable): $225,000 a year at most');
    // The same cap written as a multiple: the number does not move.
    await user.click(within(cap).getByRole('radio', { name: /multiple of target variable/ }));
    expect(Number(screen.getByTestId('cap').textContent)).toBeCloseTo(275, 6);
    expect((within(cap).getByLabelText(/Variable is capped at/) as HTMLInputElement).value).toBe('2.75');
  });

  it('the threshold rule is a visible choice, stated in words', async () => {
    const user = userEvent.setup();
    render(<Harness start={defaultCompConfig()} />);
    const rule = screen.getByRole('group', { name: /Between the threshold and 100 %/ });
    expect(rule.textContent).toContain('once past it, everything booked in the quarter is paid, from the first dollar');
    await user.click(within(rule).getByRole('radio', { name: /Only what is booked above it/ }));
    expect(rule.textContent).toContain('only what is booked beyond 50 % is paid, so 100 % pays $7,500 of the $15,000 target');
    await user.click(within(rule).getByRole('radio', { name: /A ramp/ }));
    expect(rule.textContent).toContain('from 50 % to 100 % pay rises in a straight line from nothing to the full $15,000 target');
  });

  it('a yearly reset states the variable once', () => {
    const config = defaultCompConfig();
    const { container } = render(<CompEditor config={{ ...config, plan: { ...config.plan, period: 'year', quota: 1_000_000 } }} onChange={() => {}} />);
    const facts = container.querySelector('.cgc-facts')!.textContent!;
    expect(facts).toContain('Variable at 100 %$60,000 a year');
    expect(facts.match(/\$60,000 a year/g)).toHaveLength(1 + 1); // base and variable, each once
  });
});
