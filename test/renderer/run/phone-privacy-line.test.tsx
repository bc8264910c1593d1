import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { PhoneApp } from '../../../src/renderer/phone/PhoneApp';
import { items } from '../../../src/activities/shared-schemas';
import { NAMING_LINE, type Naming } from '../../../src/shared/privacy';
import { FakeSocket } from './fake-socket';

// A phone tells its person, above the answers, whether their name goes with
// them: from the `naming` the phone state carries, in the report's words.

const line = () => screen.getByTestId('privacy-line');
const firstCard = () => document.querySelector('[data-card-id]')!;
const above = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('the privacy line on a phone', () => {
  beforeEach(() => {
    FakeSocket.all = [];
    localStorage.clear();
  });

  it('shows the naming the phone state carries, above the answers, and follows it when it changes', async () => {
    const user = userEvent.setup();
    render(<PhoneApp path="/j/ROOMTOKEN" createSocket={(url) => new FakeSocket(url)} />);
    const server = FakeSocket.all.at(-1)!;
    const dana = { id: 'p1', name: 'Dana Whitfield', team: 'sales' as const };
    act(() => server.open());
    act(() => server.say({ t: 'welcome', workshopTitle: 'Q3 kickoff', roster: [dana], allowSelfAdd: false }));
    await user.click(within(screen.getByRole('group', { name: /Sales/ })).getByRole('button', { name: 'Dana Whitfield' }));
    act(() => server.say({ t: 'joined', participant: dana, deviceToken: 't'.repeat(43) }));
    const sort = (naming: Naming) => ({
      id: 'a1',
      kind: 'cardsort',
      title: 'What makes a quality lead?',
      naming,
      config: { prompt: 'Sort each signal', cards: items(['Requested a demo'], 'sig'), columns: items(['Quality lead', 'Not a signal'], 'col'), open: false },
    });
    for (const naming of ['anonymous', 'named', 'team'] as const) {
      act(() => server.say({ t: 'state', stage: 'activity', activity: sort(naming), locked: false, mine: {} }));
      await screen.findAllByRole('button', { name: 'Place Requested a demo' }); // the view's code loads on demand
      expect(line().textContent).toBe(NAMING_LINE[naming]);
      expect(above(line(), firstCard())).toBe(true);
    }
  });
});
