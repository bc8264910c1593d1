import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createRunFake, renderRunPage, SECRET_NOTES } from './run-fake';

const zoneOf = (cardId: string) => document.querySelector(`[data-card-id="${cardId}"]`)?.closest('[data-testid="drop-zone"]')?.getAttribute('data-zone-id');

async function placeWithMenu(user: ReturnType<typeof userEvent.setup>, cardText: string, column: string) {
  await user.click(screen.getByRole('button', { name: `Place ${cardText}` }));
  await user.click(within(screen.getByRole('list', { name: `Where ${cardText} goes` })).getByRole('button', { name: column }));
}

describe('in-room participation', () => {
  it('waits while there is nothing to answer, then: pick a name → answer → "Done — next person" clears the screen', async () => {
    const user = userEvent.setup();
    const fake = createRunFake();
    const [slideId, sortId] = fake.activityIds;
    fake.goTo(slideId!);
    renderRunPage(`#/participate/${fake.workshopId}`, fake);
    expect(await screen.findByRole('heading', { level: 1, name: 'Eyes on the main screen' })).toBeTruthy();

    fake.goTo(sortId!);
    expect(await screen.findByRole('heading', { level: 1, name: 'Who’s answering?' })).toBeTruthy();
    // Grouped by team, each named with its mark.
    const sales = screen.getByRole('group', { name: /Sales/ });
    const marketing = screen.getByRole('group', { name: /Marketing/ });
    expect(
      within(sales)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['◆Dana Whitfield', '◆Marcus Oyelaran', '◆Priya Raman']);
    expect(within(marketing).getAllByRole('button')).toHaveLength(3);

    await user.click(within(sales).getByRole('button', { name: 'Dana Whitfield' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'What makes a quality lead?' })).toBeTruthy();
    expect(document.querySelector('.part-who')!.textContent).toContain('Answering as Dana Whitfield');
    await screen.findByRole('button', { name: 'Place Requested a demo' });
    expect(document.body.textContent).not.toContain(SECRET_NOTES);

    await placeWithMenu(user, 'Requested a demo', 'Quality lead');
    expect(await screen.findByText('Saved')).toBeTruthy();
    const dana = fake.people[0]!.id;
    expect(fake.answers.filter((a) => a.participantId === dana).map((a) => [a.itemKey, a.value])).toEqual([['sig1', { column: 'col1' }]]);
    expect(zoneOf('sig1')).toBe('col1');

    await user.click(screen.getByRole('button', { name: 'Done — next person' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Who’s answering?' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByTestId('announcer').textContent).toContain('Thanks, Dana Whitfield. Next person: pick your name.');
    expect(screen.queryByText('Saved')).toBeNull();
    expect(document.querySelector('[data-card-id]')).toBeNull();

    // The next person starts from a clean sheet.
    await user.click(screen.getByRole('button', { name: 'Hannah Brooks' }));
    await screen.findByRole('button', { name: 'Place Requested a demo' });
    expect(zoneOf('sig1')).toBe('unsorted');
    expect(screen.getByText(/of 3 sorted/).textContent).toBe('0 of 3 sorted');

    // Coming back, Dana finds her own answer again (loaded from the server), after her own step.
    await user.click(screen.getByRole('button', { name: 'Done — next person' }));
    await user.click(await screen.findByRole('button', { name: /^Dana Whitfield/ }));
    await user.click(await screen.findByRole('button', { name: 'It’s me: change my answers' }));
    await user.click(screen.getByRole('button', { name: 'Show my answers' }));
    await waitFor(() => expect(zoneOf('sig1')).toBe('col1'));
  });

  it('shows the locked state from the run and follows the facilitator to the next activity', async () => {
    const user = userEvent.setup();
    const fake = createRunFake();
    const [, sortId, breakId] = fake.activityIds;
    fake.goTo(sortId!);
    renderRunPage(`#/participate/${fake.workshopId}`, fake);
    await user.click(await screen.findByRole('button', { name: 'Marcus Oyelaran' }));
    await screen.findByRole('button', { name: 'Place Requested a demo' });

    fake.setActivity(sortId!, { locked: true });
    expect(await screen.findByText(/Answers are locked/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Place Requested a demo' })).toBeNull();

    fake.goTo(breakId!);
    expect(await screen.findByRole('heading', { level: 1, name: 'Eyes on the main screen' })).toBeTruthy();
    fake.setRun({ status: 'ended', currentActivityId: null });
    expect(await screen.findByRole('heading', { level: 1, name: 'Thanks for taking part' })).toBeTruthy();
  });
});
