import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PhoneClient, SAVE_TROUBLE, STORAGE_RETRY_MS } from '../../../src/renderer/phone/client';
import { PhoneApp } from '../../../src/renderer/phone/PhoneApp';
import { items } from '../../../src/activities/shared-schemas';
import { FakeSocket } from './fake-socket';

const DANA = { id: 'p1', name: 'Dana Whitfield', team: 'sales' as const };
const TOKEN = 'd'.repeat(43);
const latest = () => FakeSocket.all.at(-1)!;
const FULL = { code: 'STORAGE_FULL', message: 'The disk is full, so this was not saved. Free some space on this computer, then try again.' };

describe('phone: the facilitator’s laptop cannot save', () => {
  beforeEach(() => {
    FakeSocket.all = [];
    localStorage.clear();
  });

  describe('client', () => {
    beforeEach(() => vi.useFakeTimers());
    afterEach(() => vi.useRealTimers());

    it('keeps an answer refused for storage, sends it again (same seq, slower each time) and settles it on the ack', async () => {
      const client = new PhoneClient({
        url: 'ws://x/p/ws?room=ROOM',
        roomToken: 'ROOM',
        createSocket: (url) => new FakeSocket(url),
        storage: null,
        random: () => 1,
      });
      client.start();
      latest().open();
      latest().say({ t: 'joined', participant: DANA, deviceToken: TOKEN });
      let settled: string | null = null;
      client.submit('a1', 'sig1', { column: 'col1' }).then(
        () => (settled = 'saved'),
        (e: Error) => (settled = `refused: ${e.message}`),
      );
      const [first] = latest().submits();
      latest().say({ t: 'error', seq: first!.seq as number, ...FULL });
      await vi.advanceTimersByTimeAsync(0);
      expect(settled).toBeNull(); // kept, not dropped
      expect(client.getSnapshot()).toMatchObject({ unsent: 1, saveTrouble: SAVE_TROUBLE });

      await vi.advanceTimersByTimeAsync(STORAGE_RETRY_MS);
      expect(latest().submits()).toEqual([first, first]);
      latest().say({ t: 'error', seq: first!.seq as number, ...FULL });
      await vi.advanceTimersByTimeAsync(STORAGE_RETRY_MS);
      expect(latest().submits()).toHaveLength(2); // backing off: not yet
      await vi.advanceTimersByTimeAsync(STORAGE_RETRY_MS);
      expect(latest().submits()).toEqual([first, first, first]);

      latest().say({ t: 'ack', seq: first!.seq as number, mine: { sig1: { column: 'col1' } } });
      await vi.advanceTimersByTimeAsync(0);
      expect(settled).toBe('saved');
      expect(client.getSnapshot()).toMatchObject({ unsent: 0, saveTrouble: null });
      client.stop();
    });
  });

  it('shows the phone its own words, not the facilitator’s, while the answer waits', async () => {
    const user = userEvent.setup();
    render(<PhoneApp path="/j/ROOMTOKEN" createSocket={(url) => new FakeSocket(url)} />);
    act(() => latest().open());
    act(() => latest().say({ t: 'joined', participant: DANA, deviceToken: TOKEN }));
    const sort = {
      id: 'a1',
      kind: 'cardsort',
      title: 'What makes a quality lead?',
      naming: 'team' as const,
      config: { prompt: 'Sort each signal', cards: items(['Requested a demo'], 'sig'), columns: items(['Quality lead', 'Not a signal'], 'col'), open: false },
    };
    act(() => latest().say({ t: 'state', stage: 'activity', activity: sort, locked: false, mine: {} }));
    await user.click(await screen.findByRole('button', { name: 'Place Requested a demo' })); // the view's code loads on demand
    await user.click(within(screen.getByRole('list', { name: 'Where Requested a demo goes' })).getByRole('button', { name: 'Quality lead' }));
    const submit = latest().submits().at(-1)!;
    act(() => latest().say({ t: 'error', seq: submit.seq as number, ...FULL }));
    expect(screen.getByTestId('save-trouble').textContent).toBe(SAVE_TROUBLE);
    expect(screen.queryByText(/Free some space/)).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull(); // not a refusal of this answer
    act(() => latest().say({ t: 'ack', seq: submit.seq as number, mine: { sig1: { column: 'col1' } } }));
    expect(await screen.findByText('Saved')).toBeTruthy();
    expect(screen.queryByTestId('save-trouble')).toBeNull();
  });
});
