import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CARDS, createRunFake, renderRunPage, ROOM, SECRET_NOTES } from './run-fake';

const text = () => document.body.textContent ?? '';

describe('presenter view', () => {
  it('before the start: "Starting soon", the workshop title, and the way in for phones when the room is open', async () => {
    const fake = createRunFake();
    renderRunPage(`#/present/${fake.workshopId}`, fake);
    expect(await screen.findByText('Starting soon')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Q3 alignment kickoff' })).toBeTruthy();
    expect(screen.queryByTestId('join-panel')).toBeNull();

    fake.setRoom({ ...ROOM, workshopId: fake.workshopId });
    const panel = await screen.findByTestId('join-panel');
    expect(
      within(panel)
        .getByRole('img', { name: /QR code/ })
        .getAttribute('src'),
    ).toMatch(/^data:image\/svg\+xml;utf8,%3Csvg/);
    expect(within(panel).getByTestId('join-address').textContent).toBe('192.168.1.20:5123');
    // Grouped in threes with a thin space for eyes; spelled out for screen readers.
    expect(within(panel).getByTestId('join-code').textContent).toContain('ACD\u2009EFG');
    expect(within(panel).getByTestId('join-code').textContent).toContain('A C D E F G');
  });

  it('during an activity: progress as a count without names; results only once revealed; never the notes', async () => {
    const fake = createRunFake();
    const [, sortId] = fake.activityIds;
    fake.goTo(sortId!);
    fake.answer(fake.people[0]!.id, sortId!, 'sig1', { column: 'col1' });
    fake.answer(fake.people[3]!.id, sortId!, 'sig1', { column: 'col2' });
    renderRunPage(`#/present/${fake.workshopId}`, fake);

    expect(await screen.findByRole('heading', { level: 1, name: 'What makes a quality lead?' })).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('responded').textContent).toBe('2 of 6 responded'));
    // The Presenter view: the cards to sort, not the results.
    expect(screen.getByText(CARDS[1]!)).toBeTruthy();
    expect(screen.getByLabelText('Activity')).toBeTruthy();
    expect(screen.queryByLabelText('Results')).toBeNull();

    fake.answer(fake.people[4]!.id, sortId!, 'sig2', { column: 'col3' });
    await waitFor(() => expect(screen.getByTestId('responded').textContent).toBe('3 of 6 responded'));

    fake.setActivity(sortId!, { revealed: true });
    const results = await screen.findByLabelText('Results');
    expect(within(results).getAllByText(/Requested a demo/).length).toBeGreaterThan(0);

    for (const p of fake.people) expect(text()).not.toContain(p.name);
    expect(text()).not.toContain(SECRET_NOTES);
    expect(text()).not.toContain('Facilitator only');

    fake.setActivity(sortId!, { revealed: false });
    await waitFor(() => expect(screen.queryByLabelText('Results')).toBeNull());
  });

  it('shows the compact join panel only during interactive activities, and says thank you at the end', async () => {
    const fake = createRunFake();
    const [slideId, sortId] = fake.activityIds;
    fake.room = { ...ROOM, workshopId: fake.workshopId };
    fake.goTo(slideId!);
    renderRunPage(`#/present/${fake.workshopId}`, fake);
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome' })).toBeTruthy();
    expect(screen.queryByTestId('join-panel')).toBeNull();
    expect(screen.queryByTestId('responded')).toBeNull();

    fake.goTo(sortId!);
    expect(await screen.findByTestId('join-panel')).toBeTruthy();
    expect(screen.getByTestId('join-panel').className).toContain('cg-join-compact');

    fake.setRun({ status: 'ended', currentActivityId: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Thank you' })).toBeTruthy();
    expect(text()).toContain('Alex Moreno will send everyone a short summary');
  });
});
