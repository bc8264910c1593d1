import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Button } from '../../src/ui/Button';
import { href } from '../../src/renderer/app/router';
import type { ApiError } from '../../src/shared/api/result';
import { createRunFake, renderRunPage, ROOM, type RunFake } from './run/run-fake';

// The focus rule for buttons that work: while busy a button says so (aria-busy, aria-disabled),
// keeps the keyboard and ignores more presses; a button replaced when its work is done hands
// the keyboard to its successor. (A disabled button loses focus to <body> in browsers.)

/** Hold every call of `op` until released; `reply` answers it instead of the fake when given. */
function hold(fake: RunFake, op: string, reply?: (input: unknown) => unknown) {
  const waiting: (() => void)[] = [];
  const invoke = fake.api.invoke.bind(fake.api);
  fake.api.invoke = (async (name: string, input: unknown) => {
    if (name !== op) return invoke(name as never, input as never);
    fake.api.calls.push({ op: name as never, input });
    await new Promise<void>((go) => waiting.push(go));
    return reply ? reply(input) : invoke(name as never, input as never);
  }) as typeof fake.api.invoke;
  return { release: () => act(() => waiting.splice(0).forEach((go) => go())), calls: () => fake.api.calls.filter((c) => c.op === op).length };
}

function expectBusyAndFocused(button: HTMLElement) {
  expect(button.getAttribute('aria-busy')).toBe('true');
  expect(button.getAttribute('aria-disabled')).toBe('true');
  expect((button as HTMLButtonElement).disabled).toBe(false);
  expect(document.activeElement).toBe(button);
}

describe('busy buttons keep the keyboard', () => {
  it('Button busy: aria-disabled and aria-busy, still focusable, presses ignored', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    render(
      <form onSubmit={(e) => (e.preventDefault(), onClick('submit'))}>
        <Button busy onClick={() => onClick('click')}>
          Save
        </Button>
        <Button type="submit" busy>
          Send
        </Button>
      </form>,
    );
    const save = screen.getByRole('button', { name: 'Save' });
    await user.tab();
    expectBusyAndFocused(save);
    await user.keyboard('{Enter}');
    await user.click(save);
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(onClick).not.toHaveBeenCalled();
  });

  for (const label of ['Dot vote', 'Ranking']) {
    it(`planner: "Add ${label}" keeps focus while it adds and after`, async () => {
      const user = userEvent.setup();
      const fake = createRunFake();
      const adding = hold(fake, 'activity:add');
      renderRunPage(href.planner(fake.workshopId), fake);
      const add = await screen.findByRole('button', { name: `Add ${label}` });
      add.focus();
      await user.keyboard('{Enter}');
      expectBusyAndFocused(add);
      await user.keyboard('{Enter}');
      expect(adding.calls()).toBe(1);
      adding.release();
      await waitFor(() => expect(add.getAttribute('aria-busy')).toBeNull());
      expect(add.getAttribute('aria-disabled')).toBeNull();
      expect(document.activeElement).toBe(add);
    });
  }

  it('console: "Open for phones" keeps focus while it opens, then hands it to "Close for phones" (and back)', async () => {
    const user = userEvent.setup();
    const fake = createRunFake();
    const room = { ...ROOM, workshopId: fake.workshopId };
    const opening = hold(fake, 'room:open', () => ((fake.room = room), { ok: true, value: room }));
    renderRunPage(href.run(fake.workshopId), fake);
    const open = await screen.findByRole('button', { name: 'Open for phones' });
    open.focus();
    await user.keyboard('{Enter}');
    expectBusyAndFocused(open);
    opening.release();
    const close = await screen.findByRole('button', { name: 'Close for phones' });
    await waitFor(() => expect(document.activeElement).toBe(close));

    const closing = hold(fake, 'room:close', () => ((fake.room = null), { ok: true, value: null }));
    await user.keyboard('{Enter}');
    expectBusyAndFocused(close);
    closing.release();
    const reopen = await screen.findByRole('button', { name: 'Open for phones' });
    await waitFor(() => expect(document.activeElement).toBe(reopen));
  });

  it('export: "Make and download the report" keeps focus while it works and after', async () => {
    const user = userEvent.setup();
    const fake = createRunFake();
    const refusal: ApiError = { code: 'INTERNAL', message: 'The report could not be made.' };
    const making = hold(fake, 'export:prepare', () => ({ ok: false, error: refusal }));
    renderRunPage(href.export(fake.workshopId), fake);
    const make = await screen.findByRole('button', { name: 'Make and download the report' });
    make.focus();
    await user.keyboard('{Enter}');
    expectBusyAndFocused(make);
    expect(make.textContent).toBe('Making the report…');
    making.release();
    expect((await screen.findByRole('alert')).textContent).toContain('The report could not be made.');
    expect(document.activeElement).toBe(make);
  });

  it('empty list: "Sample…" keeps focus while it is made, then the planner’s heading has it', async () => {
    const user = userEvent.setup();
    const fake = createRunFake();
    fake.api.db.workshops.clear();
    const making = hold(fake, 'workshop:createSample');
    renderRunPage(href.list(), fake);
    const sample = await screen.findByRole('button', { name: /^Sample:/ });
    sample.focus();
    await user.keyboard('{Enter}');
    expectBusyAndFocused(sample);
    making.release();
    const heading = await screen.findByRole('heading', { level: 1, name: /Sales & Marketing alignment kickoff|Sample/ });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });
});
