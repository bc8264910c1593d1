import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { CardSortParticipant } from '../../../src/activities/cardsort/Participant';
import { DotVoteParticipant } from '../../../src/activities/dotvote/Participant';
import type { DotVoteConfig } from '../../../src/activities/dotvote/definition';
import { leadsort, type LeadSortConfig } from '../../../src/activities/leadsort/definition';
import { participantProps } from './helpers';

// The focus rule inside the participant views (the same views on the in-room page and on
// phones): a control that becomes unusable keeps the keyboard (aria-disabled), and a form
// that is replaced hands the keyboard to the button that replaces it. Never <body>.

const vote: DotVoteConfig = {
  prompt: 'Where do we start?',
  options: [
    { id: 'o1', text: 'One MQL definition', description: '' },
    { id: 'o2', text: 'Follow-up SLA', description: '' },
  ],
  dotsPerPerson: 2,
  maxPerItem: 2,
};
const plus = (text: string) => screen.getByRole('button', { name: `Add a dot to ${text}` }) as HTMLButtonElement;
const minus = (text: string) => screen.getByRole('button', { name: `Take a dot from ${text}` }) as HTMLButtonElement;

const sort = leadsort.defaultConfig() as LeadSortConfig;
const [first, second] = sort.cards;
/** Every card placed in Quality lead but the ones named. */
const allPlacedBut = (...left: string[]) => Object.fromEntries(sort.cards.filter((c) => !left.includes(c.id)).map((c) => [c.id, { column: 'quality' }]));

function inPage(view: React.ReactElement) {
  return render(
    <main>
      <h1>What makes a quality lead?</h1>
      {view}
    </main>,
  );
}

describe('dot vote: the + and − keep the keyboard', () => {
  it('the + that spends the last dot stays focused (aria-disabled) and, pressed again, says why and sends nothing', async () => {
    const user = userEvent.setup();
    const props = participantProps('dotvote', vote, { o1: { dots: 1 } });
    render(<DotVoteParticipant {...props} />);
    plus('Follow-up SLA').focus();
    await user.keyboard('{Enter}');
    expect(props.submit).toHaveBeenCalledWith('o2', { dots: 1 });
    const spent = plus('Follow-up SLA');
    expect(document.activeElement).toBe(spent);
    expect(spent.disabled).toBe(false);
    expect(spent.getAttribute('aria-disabled')).toBe('true');
    await user.keyboard('{Enter}');
    expect(props.submit).toHaveBeenCalledTimes(1);
    expect(props.announce).toHaveBeenLastCalledWith('No dots left. Take one back from another option first.');
    // The tray's drag handle, with nothing left to drag, stays in the tab order too.
    const tray = within(screen.getByTestId('dot-tray')).getByRole('button');
    expect((tray as HTMLButtonElement).disabled).toBe(false);
    expect(tray.getAttribute('aria-disabled')).toBe('true');
  });

  it('the − that takes the last dot off an option stays focused', async () => {
    const user = userEvent.setup();
    const props = participantProps('dotvote', vote, { o1: { dots: 1 } });
    render(<DotVoteParticipant {...props} />);
    minus('One MQL definition').focus();
    await user.keyboard('{Enter}');
    expect(props.submit).toHaveBeenCalledWith('o1', null);
    expect(document.activeElement).toBe(minus('One MQL definition'));
    expect(minus('One MQL definition').getAttribute('aria-disabled')).toBe('true');
    await user.keyboard('{Enter}');
    expect(props.submit).toHaveBeenCalledTimes(1);
  });
});

describe('lead sort: saving a "Depends on what?" note hands the keyboard to the button that replaces the form', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('on the board: focus goes into the note’s field, then to "Edit note for …"', async () => {
    const user = userEvent.setup();
    const props = participantProps('leadsort', sort, { [first!.id]: { column: 'depends' } });
    inPage(<CardSortParticipant {...props} />);
    await user.click(screen.getByRole('button', { name: `Depends on what? for ${first!.text}` }));
    // The button gives way to the form: the keyboard goes into its field.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Depends on what? (optional)')));
    await user.keyboard('company size{Enter}');
    expect(props.submit).toHaveBeenLastCalledWith(first!.id, { column: 'depends', note: 'company size' });
    const edit = await screen.findByRole('button', { name: `Edit note for ${first!.text}` });
    await waitFor(() => expect(document.activeElement).toBe(edit));
  });

  it('in the review at the end of one card at a time: focus goes to "Edit note for …" (also after "No note")', async () => {
    const user = userEvent.setup();
    window.sessionStorage.setItem('cg-sort-mode', 'one');
    const props = participantProps('leadsort', sort, { ...allPlacedBut(first!.id), [first!.id]: { column: 'depends', note: 'size' } });
    inPage(<CardSortParticipant {...props} />);
    await user.click(screen.getByRole('button', { name: `Edit note for ${first!.text}` }));
    await user.type(screen.getByLabelText('Depends on what? (optional)'), ' of the company');
    await user.click(screen.getByRole('button', { name: 'Save note' }));
    expect(props.submit).toHaveBeenLastCalledWith(first!.id, { column: 'depends', note: 'size of the company' });
    const edit = await screen.findByRole('button', { name: `Edit note for ${first!.text}` });
    await waitFor(() => expect(document.activeElement).toBe(edit));

    await user.click(edit);
    await user.click(screen.getByRole('button', { name: 'No note' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: `Edit note for ${first!.text}` })));
  });

  it('one card at a time, the last card: after its note the review’s heading has the keyboard', async () => {
    const user = userEvent.setup();
    window.sessionStorage.setItem('cg-sort-mode', 'one');
    const props = participantProps('leadsort', sort, allPlacedBut(second!.id));
    inPage(<CardSortParticipant {...props} />);
    await user.click(within(screen.getByRole('group', { name: `Where ${second!.text} goes` })).getByRole('button', { name: 'Depends' }));
    await user.type(screen.getByLabelText('Depends on what? (optional)'), 'budget{Enter}');
    const review = await screen.findByRole('heading', { name: 'Review your sort' });
    await waitFor(() => expect(document.activeElement).toBe(review));
  });

  it('the board’s column headings come right under the page’s h1 (axe heading-order)', async () => {
    inPage(<CardSortParticipant {...participantProps('leadsort', sort)} />);
    const result = await axe.run(document.body, { runOnly: ['heading-order'] });
    expect(result.violations.flatMap((v) => v.nodes.map((n) => n.html))).toEqual([]);
    expect(screen.getByRole('heading', { name: /^Unsorted/ }).tagName).toBe('H2');
  });
});
