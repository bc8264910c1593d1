import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PersonaParticipant } from './Participant';
import { defaultPersonaConfig } from './definition';
import { participantProps } from '../../../test/activities/views/helpers';
import { useFakeBoardLayout } from '../../../test/helpers/fake-board-layout';

// Moving a note to another section: by the Move menu, by a keyboard drag, never when locked.

const config = defaultPersonaConfig();
const mine = {
  'note-aaaa1': { section: 'night', text: 'Missing the quarter' },
  'note-bbbb2': { section: 'night', text: 'Pipeline for next quarter' },
  'note-cccc3': { section: 'need', text: 'Battlecards that are current' },
};

/** The section a note is shown under (its drop zone). */
const zoneOf = (key: string) => document.querySelector(`[data-card-id="${key}"]`)?.closest('[data-testid="drop-zone"]')?.getAttribute('data-zone-id');
const zoneIds = () => screen.queryAllByTestId('drop-zone').map((z) => z.getAttribute('data-zone-id'));

async function moveWithMenu(user: ReturnType<typeof userEvent.setup>, text: string, section: string) {
  await user.click(screen.getByRole('button', { name: `Move “${text}”` }));
  await user.click(within(screen.getByRole('list', { name: `Where “${text}” goes` })).getByRole('button', { name: section }));
}

describe('persona notes: grouped by section', () => {
  it('shows each note under its section, and only the sections that have notes', () => {
    render(<PersonaParticipant {...participantProps('persona', config, mine)} />);
    expect(zoneIds()).toEqual(['night', 'need']);
    expect(zoneOf('note-aaaa1')).toBe('night');
    expect(zoneOf('note-bbbb2')).toBe('night');
    expect(zoneOf('note-cccc3')).toBe('need');
    expect(screen.getByRole('heading', { name: /^What keeps them up at night/ }).textContent).toBe('What keeps them up at night (2)');
    expect(screen.getByRole('heading', { name: /Your notes/ }).textContent).toBe('Your notes 3 of 10');
  });

  it('no notes: no sections to drop on, only the empty message', () => {
    render(<PersonaParticipant {...participantProps('persona', config)} />);
    expect(zoneIds()).toEqual([]);
    expect(screen.getByText('Nothing yet. One idea per note works best.')).toBeTruthy();
  });
});

describe('persona notes: the Move menu', () => {
  it('moves a note: one submit with the same key and the new section, announced by title and text', async () => {
    const user = userEvent.setup();
    const props = participantProps('persona', config, mine);
    render(<PersonaParticipant {...props} />);
    await moveWithMenu(user, 'Missing the quarter', 'What they need from marketing');

    expect(props.submit).toHaveBeenCalledTimes(1);
    expect(props.submit).toHaveBeenCalledWith('note-aaaa1', { section: 'need', text: 'Missing the quarter' });
    expect(props.announce).toHaveBeenCalledWith('Missing the quarter moved to What they need from marketing.');
    for (const [message] of props.announce.mock.calls) expect(message).not.toContain('note-');
    expect(zoneOf('note-aaaa1')).toBe('need');
    expect(screen.getByRole('heading', { name: /^What keeps them up at night/ }).textContent).toBe('What keeps them up at night (1)');
    expect(screen.getByRole('heading', { name: /^What they need from marketing/ }).textContent).toBe('What they need from marketing (2)');
    // Keyboard users land back on the note they moved.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move “Missing the quarter”' }));
    expect(await screen.findByText('Saved')).toBeTruthy();
  });

  it('offers every other section, not the one the note is in', async () => {
    const user = userEvent.setup();
    render(<PersonaParticipant {...participantProps('persona', config, mine)} />);
    await user.click(screen.getByRole('button', { name: 'Move “Battlecards that are current”' }));
    const options = within(screen.getByRole('list', { name: 'Where “Battlecards that are current” goes' }))
      .getAllByRole('button')
      .map((b) => b.textContent);
    expect(options).toEqual(config.sections.filter((s) => s.id !== 'need').map((s) => s.title));
  });

  it('a move into an empty section makes that section appear with the note in it', async () => {
    const user = userEvent.setup();
    const props = participantProps('persona', config, mine);
    render(<PersonaParticipant {...props} />);
    await moveWithMenu(user, 'Battlecards that are current', 'A typical day');
    expect(props.submit).toHaveBeenCalledWith('note-cccc3', { section: 'day', text: 'Battlecards that are current' });
    expect(zoneIds()).toEqual(['night', 'day']);
  });

  it('puts the note back and says where when the save is rejected', async () => {
    const user = userEvent.setup();
    const props = participantProps('persona', config, mine, { fail: true });
    render(<PersonaParticipant {...props} />);
    await moveWithMenu(user, 'Pipeline for next quarter', 'Goals');
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(zoneOf('note-bbbb2')).toBe('night');
    expect(props.announce).toHaveBeenLastCalledWith(expect.stringContaining('Pipeline for next quarter went back to What keeps them up at night.'));
    // The focus stays on the note it came back to, not lost to the page.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move “Pipeline for next quarter”' })));
  });

  it('a note whose section was taken off the canvas still shows, and can be moved onto one that is there', async () => {
    const user = userEvent.setup();
    const trimmed = { ...config, sections: config.sections.filter((s) => s.id !== 'night') };
    const props = participantProps('persona', trimmed, mine);
    render(<PersonaParticipant {...props} />);
    expect(zoneOf('note-aaaa1')).toBe('__nowhere');
    expect(screen.getByRole('heading', { name: /^No longer on the canvas/ })).toBeTruthy();
    await moveWithMenu(user, 'Missing the quarter', 'Goals');
    expect(props.submit).toHaveBeenCalledWith('note-aaaa1', { section: 'goals', text: 'Missing the quarter' });
    expect(zoneOf('note-aaaa1')).toBe('goals');
  });

  it('locked: notes stay under their sections, with no Move, drag or delete', () => {
    render(<PersonaParticipant {...participantProps('persona', config, mine, { locked: true })} />);
    expect(zoneOf('note-aaaa1')).toBe('night');
    expect(screen.queryAllByRole('button', { name: /^Move / })).toHaveLength(0);
    expect(screen.queryAllByRole('button', { name: /^Drag / })).toHaveLength(0);
    expect(screen.queryAllByRole('button', { name: /^Delete / })).toHaveLength(0);
  });
});

describe('persona notes: keyboard drag', () => {
  useFakeBoardLayout({ stackCards: true });
  const live = () => document.querySelector('[id^="DndLiveRegion"]')?.textContent ?? '';
  /** Everything dnd-kit's live region said, in order (a message can be replaced before the next check). */
  function listen() {
    const spoken: string[] = [];
    const observer = new MutationObserver(() => {
      const now = live();
      if (now && now !== spoken.at(-1)) spoken.push(now);
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    return spoken;
  }

  it('lifts a note with Space, walks the sections with the arrows, drops it: spoken with text and titles, saved once under the same key', async () => {
    const user = userEvent.setup();
    const props = participantProps('persona', config, mine);
    render(<PersonaParticipant {...props} />);
    const spoken = listen();
    screen.getByRole('button', { name: 'Drag Battlecards that are current' }).focus();
    await user.keyboard('[Space]');
    // While a note is lifted every section is a place to drop it: the empty ones join below.
    expect(zoneIds()).toEqual(['night', 'need', 'goals', 'rhythm', 'paid', 'distrust', 'learn', 'day']);
    await user.keyboard('{ArrowDown}');
    await user.keyboard('{ArrowDown}');
    await user.keyboard('[Space]');
    await vi.waitFor(() => expect(spoken.at(-1)).toBe('Dropped Battlecards that are current in How their month and quarter feel.'));

    // The pick-up is heard: dnd-kit's first "over its own section" report right after it stays silent.
    expect(spoken.slice(-4)).toEqual([
      'Picked up Battlecards that are current from What they need from marketing.',
      'Battlecards that are current is over Goals.',
      'Battlecards that are current is over How their month and quarter feel.',
      'Dropped Battlecards that are current in How their month and quarter feel.',
    ]);
    expect(props.submit).toHaveBeenCalledTimes(1);
    expect(props.submit).toHaveBeenCalledWith('note-cccc3', { section: 'rhythm', text: 'Battlecards that are current' });
    expect(zoneOf('note-cccc3')).toBe('rhythm');
    expect(zoneIds()).toEqual(['night', 'rhythm']);
  });

  it('Escape puts the note back where it was, says so, and saves nothing', async () => {
    const user = userEvent.setup();
    const props = participantProps('persona', config, mine);
    render(<PersonaParticipant {...props} />);
    const spoken = listen();
    screen.getByRole('button', { name: 'Drag Missing the quarter' }).focus();
    await user.keyboard('[Space]');
    await user.keyboard('{ArrowDown}');
    await user.keyboard('{Escape}');
    await vi.waitFor(() => expect(spoken.at(-1)).toBe('Cancelled: Missing the quarter went back to What keeps them up at night.'));
    expect(spoken).toContain('Missing the quarter is over What they need from marketing.');
    expect(props.submit).not.toHaveBeenCalled();
    expect(zoneIds()).toEqual(['night', 'need']);
  });
});
