import { screen, waitFor } from '@testing-library/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { BrainstormParticipant } from '../../../src/activities/brainstorm/Participant';
import { PersonaParticipant } from '../../../src/activities/persona/Participant';
import { defaultPersonaConfig } from '../../../src/activities/persona/definition';
import { RetroParticipant } from '../../../src/activities/retro/Participant';
import { retro } from '../../../src/activities/retro/definition';
import { participantProps } from './helpers';

// The last cases of the focus rule (#15) in the phone views: a control that is replaced or
// removed while it has the keyboard hands it to a named successor. Never <body>.

const button = (name: string | RegExp) => screen.getByRole('button', { name }) as HTMLButtonElement;
const focused = () => document.activeElement;

describe('a failed save: "Try again" and "Dismiss" hand the keyboard on', () => {
  const config = { prompt: 'Ideas?', maxCardsPerPerson: 5 };

  it('"Try again" gives the keyboard to the save status, which then says it saved', async () => {
    const user = userEvent.setup();
    let calls = 0;
    const submit = vi.fn(() => (++calls === 1 ? Promise.reject(new Error('The server is not answering.')) : Promise.resolve()));
    render(<BrainstormParticipant {...participantProps('brainstorm', config)} submit={submit} />);
    await user.type(screen.getByLabelText('Write a card'), 'Leads go cold');
    await user.click(button('Add card'));
    await screen.findByRole('alert');
    button('Try again').focus();
    await user.keyboard('{Enter}');
    expect(submit).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    const status = document.querySelector('.cgv-saved')!;
    expect(focused()).toBe(status);
    await waitFor(() => expect(status.textContent).toContain('Saved'));
  });

  it('"Dismiss" gives the keyboard back to where it was when the save failed', async () => {
    const user = userEvent.setup();
    const props = participantProps('brainstorm', config, {}, { fail: true });
    render(<BrainstormParticipant {...props} />);
    const field = screen.getByLabelText('Write a card');
    await user.type(field, 'Leads go cold');
    button('Add card').focus();
    await user.keyboard('{Enter}');
    expect(focused()).toBe(field);
    await screen.findByRole('alert');
    button('Dismiss').focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(focused()).toBe(field);
  });

  it('a retry that fails again keeps the keyboard on the status, never <body>', async () => {
    const user = userEvent.setup();
    const props = participantProps('brainstorm', config, {}, { fail: true });
    render(<BrainstormParticipant {...props} />);
    await user.type(screen.getByLabelText('Write a card'), 'Leads go cold');
    await user.click(button('Add card'));
    await screen.findByRole('alert');
    button('Try again').focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(props.submit).toHaveBeenCalledTimes(2));
    await screen.findByRole('alert');
    expect(focused()).not.toBe(document.body);
    expect(focused()?.isConnected).toBe(true);
  });
});

// Locking removes the compose form (and each card's controls). If the keyboard was in there, the
// "Answers are locked" note takes it; if it was somewhere else, it stays there.
const writers: { name: string; field: string | RegExp; view: (locked: boolean) => ReactElement }[] = [
  {
    name: 'brainstorm',
    field: 'Write a card',
    view: (locked) => <BrainstormParticipant {...participantProps('brainstorm', { prompt: 'Ideas?', maxCardsPerPerson: 5 })} locked={locked} />,
  },
  { name: 'retro', field: 'Write a card', view: (locked) => <RetroParticipant {...participantProps('retro', retro.defaultConfig())} locked={locked} /> },
  { name: 'persona', field: /^Note for/, view: (locked) => <PersonaParticipant {...participantProps('persona', defaultPersonaConfig())} locked={locked} /> },
];

describe.each(writers)('$name: locking while typing', ({ field, view }) => {
  it('the keyboard in the removed form goes to the "Answers are locked" note', async () => {
    const user = userEvent.setup();
    const { rerender } = render(view(false));
    await user.type(screen.getByLabelText(field), 'Half a tho');
    rerender(view(true));
    expect(screen.queryByLabelText(field)).toBeNull();
    const note = screen.getByRole('note');
    expect(note.textContent).toMatch(/Answers are locked/);
    expect(focused()).toBe(note);
  });

  it('the keyboard anywhere else stays where it is', async () => {
    const user = userEvent.setup();
    const page = (locked: boolean) => (
      <>
        <button type="button">Outside</button>
        {view(locked)}
      </>
    );
    const { rerender } = render(page(false));
    await user.type(screen.getByLabelText(field), 'Half a tho');
    button('Outside').focus();
    rerender(page(true));
    expect(focused()).toBe(button('Outside'));
  });
});

// Delete removes the focused control with its card; Edit, Save and Cancel replace it.
const mineCards = (texts: string[], value: (text: string) => unknown, prefix = 'card') =>
  Object.fromEntries(texts.map((text, i) => [`${prefix}-${'abc'[i]!.repeat(8)}`, value(text)]));

const deleters = [
  {
    name: 'brainstorm',
    first: (text: string) => `Edit “${text}”`,
    field: 'Write a card',
    view: () => (
      <BrainstormParticipant
        {...participantProps(
          'brainstorm',
          { prompt: 'Ideas?', maxCardsPerPerson: 3 },
          mineCards(['A', 'B', 'C'], (text) => ({ text })),
        )}
      />
    ),
  },
  {
    name: 'retro',
    first: (text: string) => `Delete “${text}”`,
    field: 'Write a card',
    view: () => {
      const config = { ...retro.defaultConfig(), maxCardsPerPerson: 3 };
      return (
        <RetroParticipant
          {...participantProps(
            'retro',
            config,
            mineCards(['A', 'B', 'C'], (text) => ({ text, prompt: config.prompts[0]!.id })),
          )}
        />
      );
    },
  },
  {
    name: 'persona',
    first: (text: string) => `Drag ${text}`, // the grip, the note’s first control
    field: /^Note for/,
    view: () => {
      const config = { ...defaultPersonaConfig(), notesPerPerson: 3 };
      return (
        <PersonaParticipant
          {...participantProps(
            'persona',
            config,
            mineCards(['A', 'B', 'C'], (text) => ({ text, section: config.sections[0]!.id }), 'note'),
          )}
        />
      );
    },
  },
];

describe.each(deleters)('$name: Delete hands the keyboard to the next card, the previous, then the field', ({ first, field, view }) => {
  it('next, then previous, then (none left) the compose field', async () => {
    const user = userEvent.setup();
    render(view());
    button('Delete “B”').focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByText('B')).toBeNull());
    expect(focused()).toBe(button(first('C')));

    button('Delete “C”').focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByText('C')).toBeNull());
    expect(focused()).toBe(button(first('A')));

    button('Delete “A”').focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.queryByText('A')).toBeNull());
    await waitFor(() => expect(focused()).toBe(screen.getByLabelText(field)));
  });
});

describe('brainstorm: Edit, Save and Cancel hand the keyboard on', () => {
  it('Edit puts it in the field; Save and Cancel give it back to the card’s Edit button', async () => {
    const user = userEvent.setup();
    const props = participantProps(
      'brainstorm',
      { prompt: 'Ideas?', maxCardsPerPerson: 3 },
      mineCards(['A', 'B'], (text) => ({ text })),
    );
    render(<BrainstormParticipant {...props} />);
    button('Edit “A”').focus();
    await user.keyboard('{Enter}');
    expect(focused()).toBe(screen.getByLabelText('Edit card'));
    await user.type(screen.getByLabelText('Edit card'), ' and more');
    button('Save').focus();
    await user.keyboard('{Enter}');
    expect(props.submit).toHaveBeenCalledWith('card-aaaaaaaa', { text: 'A and more' });
    await waitFor(() => expect(focused()).toBe(button('Edit “A and more”')));

    button('Edit “B”').focus();
    await user.keyboard('{Enter}');
    button('Cancel').focus();
    await user.keyboard('{Enter}');
    expect(screen.queryByLabelText('Edit card')).toBeNull();
    expect(focused()).toBe(button('Edit “B”'));
  });
});
