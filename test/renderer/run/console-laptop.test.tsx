import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CARDS, createRunFake, renderRunPage, SECRET_NOTES } from './run-fake';

// The console's "On the projector" thumbnail and the step after the end.
// Layout (what is on the first screen) is checked in real Chromium: test/e2e/console-laptop.e2e.ts.

const thumbnail = () => screen.getByTestId('projector-thumbnail');

describe('the console: projector thumbnail and the step after the end', () => {
  it('draws what the projector shows, hidden from screen readers and out of reach, never with the facilitator’s notes', async () => {
    const fake = createRunFake();
    const [, sortId] = fake.activityIds;
    fake.goTo(sortId!);
    renderRunPage(`#/run/${fake.workshopId}`, fake);

    const region = await screen.findByRole('region', { name: 'On the projector' });
    await waitFor(() => expect(within(thumbnail()).getByRole('heading', { level: 1, hidden: true }).textContent).toBe('What makes a quality lead?'));
    expect(thumbnail().getAttribute('aria-hidden')).toBe('true');
    expect(thumbnail().inert).toBe(true);
    expect(region.textContent).toContain(CARDS[1]);
    expect(region.textContent).not.toContain(SECRET_NOTES);
    const hint = () => region.querySelector('.panel-header .console-hint')?.textContent;
    expect(hint()).toBe('Answering');

    // Revealing on the console turns the thumbnail to the results, as on the projector.
    fake.setActivity(sortId!, { revealed: true });
    await waitFor(() => expect(thumbnail().querySelector('.present-kicker')?.textContent).toBe('Results'));
    expect(hint()).toBe('Results');
  });

  it('after the end: a primary "Make the report" that opens Export, and Resume as the secondary choice', async () => {
    const fake = createRunFake();
    fake.goTo(fake.activityIds[0]!);
    fake.setRun({ status: 'ended', currentActivityId: null });
    renderRunPage(`#/run/${fake.workshopId}`, fake);

    const report = await screen.findByRole('link', { name: 'Make the report' });
    expect(report.getAttribute('href')).toBe(`#/export/${fake.workshopId}`);
    expect(report.className).toContain('btn-primary');
    const resume = screen.getByRole('button', { name: 'Resume the workshop' });
    expect(resume.className).toContain('btn-secondary');
    expect(screen.queryByRole('button', { name: 'Start the workshop' })).toBeNull();
    await waitFor(() => expect(within(thumbnail()).getByText('Thank you').textContent).toBe('Thank you'));
  });

  it('before the start: "Start the workshop" is the one primary step, and no report yet', async () => {
    const fake = createRunFake();
    renderRunPage(`#/run/${fake.workshopId}`, fake);
    const start = await screen.findByRole('button', { name: 'Start the workshop' });
    expect(start.className).toContain('btn-primary');
    expect(screen.queryByRole('link', { name: 'Make the report' })).toBeNull();
  });
});
