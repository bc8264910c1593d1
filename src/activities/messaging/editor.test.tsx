import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { messaging, type MessagingConfig } from './definition';
import { MessagingEditor } from './Editor';
import { SeedSourceContext, type LoadSeeds } from './seeds-source';
import type { MessagingSeedsReport } from './seeds';

const from = { workshopTitle: 'Kickoff', date: '2027-01-20' };
const found: MessagingSeedsReport = {
  series: 'ACME alignment 2027',
  earlier: 1,
  seeds: [
    { id: 'persona-1', text: 'Leads arrive without any context', source: 'persona', about: 'Why they distrust marketing', from },
    { id: 'buyingmap-2', text: 'Evaluating: deals stall here', source: 'buyingmap', about: 'Mid-market · marked by 2 people', from },
  ],
  message: 'Found 1 persona pain and 1 friction point in the earlier workshop of “ACME alignment 2027”.',
};

function Harness({ load, start }: { load: LoadSeeds | null; start?: Partial<MessagingConfig> }) {
  const [config, setConfig] = useState<MessagingConfig>({ ...messaging.defaultConfig(), ...start });
  return (
    <SeedSourceContext.Provider value={load}>
      <MessagingEditor config={config} onChange={setConfig} />
      <output data-testid="seeds">{config.seeds.map((s) => `${s.source}:${s.text}`).join('|')}</output>
    </SeedSourceContext.Provider>
  );
}

describe('messaging settings', () => {
  it('brings in what earlier workshops found, once, and says what it did', async () => {
    const user = userEvent.setup();
    render(<Harness load={() => Promise.resolve({ ok: true, value: found })} />);
    const bring = await screen.findByRole('button', { name: 'Bring in pains and friction points from earlier workshops (2)' });
    await user.click(bring);
    expect(screen.getByTestId('seeds').textContent).toBe('persona:Leads arrive without any context|buyingmap:Evaluating: deals stall here');
    expect(screen.getByText('Added 2 starting points.')).toBeTruthy();
    expect(screen.getByText('Sales persona · Why they distrust marketing · Kickoff, 2027-01-20')).toBeTruthy();
    await user.click(bring);
    expect(screen.getByText('All of them are already in the list.')).toBeTruthy();
    expect(screen.getByTestId('seeds').textContent?.split('|')).toHaveLength(2);
  });

  it('says plainly why there is nothing to bring in, with no button', async () => {
    const none: MessagingSeedsReport = {
      series: null,
      earlier: 0,
      seeds: [],
      message: 'This workshop is not part of a series, so there are no earlier workshops to bring pains and friction points in from.',
    };
    render(<Harness load={() => Promise.resolve({ ok: true, value: none })} />);
    expect(await screen.findByText(none.message)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Bring in/ })).toBeNull();
  });

  it('says when the earlier workshops could not be read', async () => {
    render(<Harness load={() => Promise.resolve({ ok: false, message: 'Could not look in the earlier workshops: the connection failed.' })} />);
    expect(await screen.findByText('Could not look in the earlier workshops: the connection failed.')).toBeTruthy();
  });

  it('adds a starting point of your own with the keyboard in its field, and Remove hands the keyboard on', async () => {
    const user = userEvent.setup();
    render(<Harness load={null} start={{ seeds: found.seeds }} />);
    await user.click(screen.getByRole('button', { name: 'Add a starting point of your own' }));
    const field = screen.getByLabelText('Starting point 3', { exact: true });
    expect(document.activeElement).toBe(field);
    await user.type(field, 'IT directors get twenty vendor emails a day');
    expect(screen.getByTestId('seeds').textContent).toContain('typed:IT directors get twenty vendor emails a day');
    const first = screen.getByRole('button', { name: 'Remove starting point 1: Leads arrive without any context' });
    await user.click(first);
    expect(screen.getByTestId('seeds').textContent).not.toContain('Leads arrive');
    // The keyboard is on the next row's Remove (now row 1), not lost on the page.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove starting point 1: Evaluating: deals stall here' }));
  });
});
