import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CodeEntry } from '../../../src/renderer/phone/CodeEntry';
import { PhoneI18n } from '../../../src/renderer/phone/i18n';
import type { RoomInfo } from '../../../src/shared/room';
import { createRunFake, renderRunPage, ROOM } from './run-fake';

describe('room panel: people adding themselves', () => {
  it('shows how many added themselves and, when the list is full, lets the facilitator let 100 more in', async () => {
    const fake = createRunFake();
    const full: RoomInfo = { ...ROOM, workshopId: fake.workshopId, selfAdded: 200, selfAddLimit: 200 };
    fake.setRoom(full);
    const invoke = fake.api.invoke.bind(fake.api);
    fake.api.invoke = (async (op: string, input: { selfAddLimit?: number }) => {
      if (op === 'room:open') {
        fake.api.calls.push({ op: 'room:open', input });
        fake.room = { ...full, selfAddLimit: input.selfAddLimit ?? full.selfAddLimit };
        return { ok: true, value: fake.room };
      }
      return invoke(op as never, input as never);
    }) as typeof fake.api.invoke;
    renderRunPage(`#/run/${fake.workshopId}`, fake);

    const count = await screen.findByTestId('self-add-count');
    expect(count.textContent).toBe(
      '200 of 200 people added themselves from a phone. The list is full for phones: add people here, or let more add themselves.',
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Let 100 more people add themselves' }));
    expect(fake.api.callsOf('room:open')).toEqual([{ workshopId: fake.workshopId, selfAddLimit: 300 }]);
    await waitFor(() => expect(screen.getByTestId('self-add-count').textContent).toBe('200 of 300 people added themselves from a phone.'));
  });

  it('phone code entry takes a code the room has lengthened (7 to 10 letters)', async () => {
    const user = userEvent.setup();
    const go = vi.fn();
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response(JSON.stringify({ ok: true, path: '/j/ROOMTOKEN' }), { status: 200 }));
    render(
      <PhoneI18n>
        <CodeEntry go={go} />
      </PhoneI18n>,
    );
    await user.type(screen.getByLabelText('Code from the screen'), 'acd efg h');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    await waitFor(() => expect(go).toHaveBeenCalledWith('/j/ROOMTOKEN'));
    expect(JSON.parse(String(fetchMock.mock.calls[0]![1]!.body))).toEqual({ code: 'ACDEFGH' });
    fetchMock.mockRestore();
  });
});
