import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CardSortParticipant } from '../../../src/activities/cardsort/Participant';
import { leadsort, type LeadSortConfig } from '../../../src/activities/leadsort/definition';
import { BrainstormParticipant } from '../../../src/activities/brainstorm/Participant';
import { CompParticipant } from '../../../src/activities/comp/Participant';
import { comp, type CompConfig } from '../../../src/activities/comp/definition';
import { PersonaParticipant } from '../../../src/activities/persona/Participant';
import { defaultPersonaConfig } from '../../../src/activities/persona/definition';
import { RankingParticipant } from '../../../src/activities/ranking/Participant';
import type { RankingConfig } from '../../../src/activities/ranking/definition';
import { RetroParticipant } from '../../../src/activities/retro/Participant';
import { retro } from '../../../src/activities/retro/definition';
import { ImagePicker } from '../../../src/activities/slide/ImagePicker';
import type { SlideImage } from '../../../src/activities/slide/definition';
import { participantProps } from './helpers';

// More of the focus rule (#15) in the participant views and the slide editor: a control that
// becomes unusable while it has the keyboard keeps it (aria-disabled, a press says why), and a
// form or control that is replaced hands the keyboard to a named successor. Never <body>.

const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;

function expectKeptAndUnusable(el: HTMLElement) {
  expect(document.activeElement).toBe(el);
  expect((el as HTMLButtonElement).disabled).toBe(false);
  expect(el.getAttribute('aria-disabled')).toBe('true');
}

type Submit = (key: string, value: unknown) => Promise<void>;

/** A submit that waits until released, as on a slow room network. */
function heldSubmit() {
  const waiting: (() => void)[] = [];
  const submit = vi.fn((_key: string, _value: unknown) => new Promise<void>((go) => waiting.push(go)));
  return { submit, release: () => act(() => waiting.splice(0).forEach((go) => go())) };
}

describe('ranking: Move up / Move down at the ends of the list keep the keyboard', () => {
  const config: RankingConfig = {
    prompt: 'Which KPI first?',
    options: [
      { id: 'r1', text: 'Pipeline created', description: '' },
      { id: 'r2', text: 'Win rate', description: '' },
      { id: 'r3', text: 'Sales cycle length', description: '' },
    ],
  };

  it('"Move up" that brings an option to the top stays focused, aria-disabled; pressed again it says so and sends nothing', async () => {
    const user = userEvent.setup();
    const props = participantProps('ranking', config);
    render(<RankingParticipant {...props} />);
    button('Move Win rate up').focus();
    await user.keyboard('{Enter}');
    expect(props.submit).toHaveBeenCalledWith('order', { order: ['r2', 'r1', 'r3'] });
    await waitFor(() => expectKeptAndUnusable(button('Move Win rate up')));
    await user.keyboard('{Enter}');
    expect(props.submit).toHaveBeenCalledTimes(1);
    expect(props.announce).toHaveBeenLastCalledWith('Win rate is already at the top, position 1 of 3.');
  });

  it('"Move down" that brings an option to the bottom stays focused, aria-disabled', async () => {
    const user = userEvent.setup();
    const props = participantProps('ranking', config);
    render(<RankingParticipant {...props} />);
    button('Move Win rate down').focus();
    await user.keyboard('{Enter}');
    expect(props.submit).toHaveBeenCalledWith('order', { order: ['r1', 'r3', 'r2'] });
    await waitFor(() => expectKeptAndUnusable(button('Move Win rate down')));
    await user.keyboard('{Enter}');
    expect(props.submit).toHaveBeenCalledTimes(1);
    expect(props.announce).toHaveBeenLastCalledWith('Win rate is already at the bottom, position 3 of 3.');
  });
});

describe('persona vote: the + and − keep the keyboard', () => {
  const config = { ...defaultPersonaConfig(), dotsPerPerson: 2 };
  const shared = {
    phase: 'vote',
    ballot: [
      { id: 'n1', section: 'goals', text: 'Hit quota' },
      { id: 'n2', section: 'night', text: 'Slipping deals' },
    ],
  };

  it('the + that spends the last dot stays focused (aria-disabled) and, pressed again, says why and sends nothing', async () => {
    const user = userEvent.setup();
    const props = { ...participantProps('persona', config, { 'v-n1': { dots: 1 } }), shared };
    render(<PersonaParticipant {...props} />);
    button('Add a dot to Slipping deals').focus();
    await user.keyboard('{Enter}');
    expect(props.submit).toHaveBeenCalledWith('v-n2', { dots: 1 });
    expectKeptAndUnusable(button('Add a dot to Slipping deals'));
    expect(button('Add a dot to Hit quota').getAttribute('aria-disabled')).toBe('true');
    await user.keyboard('{Enter}');
    expect(props.submit).toHaveBeenCalledTimes(1);
    expect(props.announce).toHaveBeenLastCalledWith('No dots left. Take one back from another note first.');
  });

  it('the − that takes a note’s last dot stays focused and, pressed again, says there is none', async () => {
    const user = userEvent.setup();
    const props = { ...participantProps('persona', config, { 'v-n1': { dots: 1 } }), shared };
    render(<PersonaParticipant {...props} />);
    button('Take a dot from Hit quota').focus();
    await user.keyboard('{Enter}');
    expect(props.submit).toHaveBeenCalledWith('v-n1', null);
    expectKeptAndUnusable(button('Take a dot from Hit quota'));
    await user.keyboard('{Enter}');
    expect(props.submit).toHaveBeenCalledTimes(1);
    expect(props.announce).toHaveBeenLastCalledWith('No dot on Hit quota to take back.');
  });
});

describe('retro vote: the + and − keep the keyboard', () => {
  const config = { ...retro.defaultConfig(), dotsPerPerson: 1 };
  const shared = {
    voting: true,
    themes: [
      { id: 't1', name: 'Slow follow-up' },
      { id: 't2', name: 'Lead scoring' },
    ],
  };

  it('the + that spends the last dot and the − that takes it back stay focused', async () => {
    const user = userEvent.setup();
    const props = { ...participantProps('retro', config), shared };
    render(<RetroParticipant {...props} />);
    button('Put a dot on Lead scoring').focus();
    await user.keyboard('{Enter}');
    expect(props.submit).toHaveBeenCalledTimes(1);
    expectKeptAndUnusable(button('Put a dot on Lead scoring'));
    await user.keyboard('{Enter}');
    expect(props.submit).toHaveBeenCalledTimes(1);
    expect(props.announce).toHaveBeenLastCalledWith('No dots left. Take one off another theme first.');

    button('Take a dot off Lead scoring').focus();
    await user.keyboard('{Enter}');
    expect(props.submit).toHaveBeenCalledTimes(2);
    expectKeptAndUnusable(button('Take a dot off Lead scoring'));
  });
});

// Adding a card or note: the keyboard goes to the (now empty) field to write the next one, at
// once, not after the room answers; the Add button is never disabled under it. When that was the
// last card allowed, the form gives way to the notice saying so, and the notice takes the keyboard.
const writers = [
  {
    name: 'brainstorm',
    field: 'Write a card',
    add: 'Add card',
    full: /That's all 2 of your cards/,
    view: (submit: Submit) => <BrainstormParticipant {...participantProps('brainstorm', { prompt: 'Ideas?', maxCardsPerPerson: 2 })} submit={submit} />,
  },
  {
    name: 'retro',
    field: 'Write a card',
    add: 'Add card',
    full: /That's all 2 of your cards/,
    view: (submit: Submit) => <RetroParticipant {...participantProps('retro', { ...retro.defaultConfig(), maxCardsPerPerson: 2 })} submit={submit} />,
  },
  {
    name: 'persona',
    field: /^Note for/,
    add: 'Add note',
    full: /That is all 2 of your notes/,
    view: (submit: Submit) => <PersonaParticipant {...participantProps('persona', { ...defaultPersonaConfig(), notesPerPerson: 2 })} submit={submit} />,
  },
];

describe.each(writers)('$name: the Add button hands the keyboard on', ({ field, add, full, view }) => {
  it('pressed, the field takes the keyboard at once; an empty Add stays focusable and says what is missing; the last one allowed hands it to the notice', async () => {
    const user = userEvent.setup();
    const held = heldSubmit();
    render(view(held.submit));
    await user.type(screen.getByLabelText(field), 'Leads go cold');
    button(add).focus();
    await user.keyboard('{Enter}');
    expect(held.submit).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(screen.getByLabelText(field));
    expect(button(add).disabled).toBe(false);
    expect(button(add).getAttribute('aria-disabled')).toBe('true');
    held.release();

    button(add).focus();
    await user.keyboard('{Enter}');
    expect(held.submit).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(button(add));
    expect(screen.getByText('Write something first.')).toBeTruthy();

    await user.type(screen.getByLabelText(field), 'No SLA');
    button(add).focus();
    await user.keyboard('{Enter}');
    expect(held.submit).toHaveBeenCalledTimes(2);
    const notice = await screen.findByText(full);
    await waitFor(() => expect(document.activeElement).toBe(notice));
    held.release();
  });
});

describe('comp poll: locking keeps the keyboard on the answer it was on', () => {
  it('the focused answer stays focused, aria-disabled; a press says answers are locked and sends nothing', async () => {
    const user = userEvent.setup();
    const config: CompConfig = comp.defaultConfig();
    const props = participantProps('comp', config);
    const { rerender } = render(<CompParticipant {...props} />);
    const first = config.scenarios[0]!.options[0]!;
    const answer = () => screen.getAllByRole('button', { name: first.text })[0] as HTMLButtonElement;
    answer().focus();
    rerender(<CompParticipant {...props} locked />);
    expectKeptAndUnusable(answer());
    await user.keyboard('{Enter}');
    expect(props.submit).not.toHaveBeenCalled();
    expect(props.announce).toHaveBeenLastCalledWith('Answers are locked. You can still see what you chose.');
  });
});

describe('slide picture picker: the keyboard follows the picture', () => {
  const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
  function Picker() {
    const [image, setImage] = useState<SlideImage | null>(null);
    return <ImagePicker image={image} onChange={setImage} />;
  }

  it('the file field stays focusable while it reads; the picture’s description field takes the keyboard; Remove hands it back to the file field', async () => {
    const user = userEvent.setup();
    render(<Picker />);
    const input = screen.getByLabelText('Picture (optional)') as HTMLInputElement;
    input.focus();
    const file = new File([Uint8Array.from(atob(PNG.split(',')[1]!), (c) => c.charCodeAt(0))], 'pipeline_review.png', { type: 'image/png' });
    fireEvent.change(input, { target: { files: [file] } });
    expectKeptAndUnusable(input);
    expect(input.getAttribute('aria-busy')).toBe('true');
    const described = await screen.findByLabelText(/What the picture shows/);
    await waitFor(() => expect(document.activeElement).toBe(described));

    button('Remove picture').focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Picture (optional)')));
  });
});

describe('one card at a time: Back and Undo keep the keyboard when there is nothing more to go back to', () => {
  const sort = leadsort.defaultConfig() as LeadSortConfig;

  it('Undo that undoes the last step, and Back that reaches the first card, stay focused (aria-disabled); pressed again they say why', async () => {
    const user = userEvent.setup();
    window.sessionStorage.setItem('cg-sort-mode', 'one');
    const props = participantProps('leadsort', sort);
    render(<CardSortParticipant {...props} />);
    await user.click(within(screen.getByRole('group', { name: `Where ${sort.cards[0]!.text} goes` })).getByRole('button', { name: /^Quality lead/ }));
    button('↶ Undo').focus();
    await user.keyboard('{Enter}');
    expectKeptAndUnusable(button('↶ Undo'));
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('one-card-sort').querySelector('[role=status]')!.textContent).toBe('Nothing to undo.');

    button('Skip ›').focus();
    await user.keyboard('{Enter}');
    button('‹ Back').focus();
    await user.keyboard('{Enter}');
    expectKeptAndUnusable(button('‹ Back'));
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('one-card-sort').querySelector('[role=status]')!.textContent).toMatch(/^This is the first /);
    window.sessionStorage.clear();
  });
});
