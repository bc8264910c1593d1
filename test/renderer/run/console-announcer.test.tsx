import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { LiveAnnouncer, useAnnounce } from '../../../src/renderer/components/run/live-announcer';
import { ConsoleTimer } from '../../../src/renderer/features/run/ConsoleTimer';
import type { TimerState } from '../../../src/shared/run';
import { createRunFake, renderRunPage, ROOM, type RunFake } from './run-fake';

// The console's one polite live region: every change of the run is said in words,
// wherever the focus is (shortcuts) and whatever was clicked.

const region = () => screen.getByTestId('console-announcer');
/** What the region says, without the invisible mark that makes a repeat a change. */
const said = () => region().textContent!.replace(/\u200b/g, '');

/** The run operations the console sends, served from the fake the way the core answers them. */
function serveRunOps(fake: RunFake) {
  const clock = { now: Date.now() };
  const invoke = fake.api.invoke.bind(fake.api);
  const state = () => ({ ok: true, value: structuredClone({ ...fake.run, serverNow: new Date().toISOString() }) });
  const current = () => fake.run.activities.find((a) => a.activityId === fake.run.currentActivityId)!;
  fake.api.invoke = (async (op: string, input: Record<string, unknown>) => {
    const ids = fake.activityIds;
    const at = ids.indexOf(fake.run.currentActivityId ?? '');
    switch (op) {
      case 'run:next':
        fake.goTo(ids[Math.min(at + 1, ids.length - 1)]!);
        return state();
      case 'run:previous':
        fake.goTo(ids[Math.max(at - 1, 0)]!);
        return state();
      case 'run:goto':
        fake.goTo(String(input.activityId));
        return state();
      case 'run:set': {
        const { activityId, locked, revealed } = input as { activityId: string; locked?: boolean; revealed?: boolean };
        fake.setActivity(activityId, { ...(locked === undefined ? {} : { locked }), ...(revealed === undefined ? {} : { revealed }) });
        return state();
      }
      case 'run:timer': {
        const t = current().timer;
        const timer: TimerState = t.runningSince
          ? { ...t, elapsedMs: t.elapsedMs + clock.now - Date.parse(t.runningSince), runningSince: null }
          : { ...t, runningSince: new Date(clock.now).toISOString() };
        fake.setActivity(current().activityId, { timer });
        return state();
      }
      case 'run:page': {
        const pages = fake.run.projector.pages ?? 1;
        fake.setRun({ projector: { pages, page: Math.min(pages, Math.max(1, fake.run.projector.page + Number(input.delta))) } });
        return state();
      }
      case 'room:open':
        fake.room = { ...ROOM, workshopId: fake.workshopId };
        return { ok: true, value: fake.room };
      case 'room:close':
        fake.room = null;
        return { ok: true, value: null };
      default:
        return invoke(op as never, input as never);
    }
  }) as typeof fake.api.invoke;
  return clock;
}

async function consoleAtCardSort() {
  const fake = createRunFake();
  const clock = serveRunOps(fake);
  fake.goTo(fake.activityIds[1]!);
  renderRunPage(`#/run/${fake.workshopId}`, fake);
  await waitFor(() => expect(document.querySelector('#stage-title')?.textContent).toBe('What makes a quality lead?'));
  return { fake, clock, user: userEvent.setup() };
}

/** Nothing has the focus: keys go to <body>. */
const focusNowhere = () => act(() => (document.activeElement as HTMLElement | null)?.blur());

describe('the console says every change of the run in one polite region', () => {
  it('→, ←, L, R, Space and ↓ are said with the focus on <body> or on any other control', async () => {
    const { fake, clock, user } = await consoleAtCardSort();
    expect(said()).toBe(''); // nothing said on load

    focusNowhere();
    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(said()).toBe('Now showing 3 of 3: Break, Coffee.'));
    focusNowhere();
    await user.keyboard('{ArrowLeft}');
    await waitFor(() => expect(said()).toBe('Now showing 2 of 3: Card sort, What makes a quality lead?'));

    focusNowhere();
    expect(document.activeElement).toBe(document.body);
    await user.keyboard('l');
    await waitFor(() => expect(said()).toBe('Answers are locked.'));
    // With the focus on a control that is not the agenda, the shortcuts still speak.
    screen.getByRole('button', { name: 'Shortcuts' }).focus();
    await user.keyboard('l');
    await waitFor(() => expect(said()).toBe('Answers are open again.'));
    await user.keyboard('r');
    await waitFor(() => expect(said()).toBe('Results are on the projector.'));
    focusNowhere();
    await user.keyboard('R');
    await waitFor(() => expect(said()).toBe('Results are hidden from the room.'));

    focusNowhere();
    await user.keyboard(' ');
    await waitFor(() => expect(said()).toBe('Timer started, 20 minutes left.'));
    clock.now += 65_000;
    await user.keyboard(' ');
    await waitFor(() => expect(said()).toBe('Timer paused, 18 minutes 55 seconds left.'));
    await user.keyboard(' ');
    await waitFor(() => expect(said()).toBe('Timer resumed, 18 minutes 55 seconds left.'));

    // The projector measured three pages (not said); ↓ turns one.
    act(() => fake.setRun({ projector: { page: 1, pages: 3 } }));
    await waitFor(() => expect(screen.getByTestId('projector-page').textContent).toBe('Page 1 of 3'));
    expect(said()).toBe('Timer resumed, 18 minutes 55 seconds left.');
    focusNowhere();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(said()).toBe('Projector page 2 of 3.'));
  });

  it('says what the buttons did, and opening or closing the room for phones with its code', async () => {
    const { user } = await consoleAtCardSort();
    await user.click(screen.getByRole('button', { name: 'Lock answers' }));
    await waitFor(() => expect(said()).toBe('Answers are locked.'));
    await user.click(screen.getByRole('button', { name: 'Reveal results' }));
    await waitFor(() => expect(said()).toBe('Results are on the projector.'));
    await user.click(screen.getByRole('button', { name: 'Start timer' }));
    await waitFor(() => expect(said()).toBe('Timer started, 20 minutes left.'));

    await user.click(screen.getByRole('button', { name: 'Open for phones' }));
    await waitFor(() => expect(said()).toBe('Open for phones at 192.168.1.20:5123, join code A C D E F G.'));
    expect(said()).not.toContain('abcdefghijklmnop'); // the join token is never read out
    await user.click(screen.getByRole('button', { name: 'Close for phones' }));
    await waitFor(() => expect(said()).toBe('Closed for phones.'));

    await user.click(screen.getByRole('button', { name: 'Next activity' }));
    await waitFor(() => expect(said()).toBe('Now showing 3 of 3: Break, Coffee.'));
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    await waitFor(() => expect(said()).toBe('Now showing 2 of 3: Card sort, What makes a quality lead?'));
  });

  it('is the only polite region of the console, and a room already open is not announced on load', async () => {
    const fake = createRunFake();
    fake.setRoom({ ...ROOM, workshopId: fake.workshopId });
    fake.goTo(fake.activityIds[1]!);
    fake.setRun({ projector: { page: 1, pages: 2 } });
    renderRunPage(`#/run/${fake.workshopId}`, fake);
    await screen.findByText('Close for phones');
    await screen.findByTestId('projector-page');
    // The toasts have their own region; the projector's thumbnail is hidden from screen readers.
    const polite = [...document.querySelectorAll('[aria-live="polite"]')].filter((el) => !el.closest('.toast-stack, [aria-hidden="true"]'));
    expect(polite).toEqual([region()]);
    expect(said()).toBe('');
  });
});

describe('the live region', () => {
  it('says the same words twice in a row, and words given in the same moment together', async () => {
    let speak: (text: string) => void = () => {};
    function Speaker() {
      speak = useAnnounce();
      return null;
    }
    render(
      <LiveAnnouncer testId="console-announcer">
        <Speaker />
      </LiveAnnouncer>,
    );
    // Each in its own task, as two key presses are.
    await act(async () => speak('Answers are locked.'));
    const first = region().textContent;
    await act(async () => speak('Answers are locked.'));
    expect(said()).toBe('Answers are locked.');
    expect(region().textContent).not.toBe(first); // a change the screen reader notices
    await act(async () => {
      speak('One.');
      speak('Two.');
    });
    expect(said()).toBe('One. Two.');
  });

  it('the timer says the last minute and time up, and nothing on the ticks in between', async () => {
    const T0 = Date.parse('2026-03-14T09:00:00.000Z');
    const timer: TimerState = { durationMs: 600_000, elapsedMs: 0, runningSince: new Date(T0).toISOString() };
    function Clock() {
      const [now, setNow] = useState(T0);
      tick = setNow;
      return <ConsoleTimer timer={timer} now={now} disabled={false} onAction={() => {}} />;
    }
    let tick: (now: number) => void = () => {};
    render(
      <LiveAnnouncer testId="console-announcer">
        <Clock />
      </LiveAnnouncer>,
    );
    for (let s = 1; s <= 530; s++) await act(async () => tick(T0 + s * 1000));
    expect(said()).toBe(''); // 10:00 down to 1:10: quiet
    for (let s = 531; s <= 540; s++) await act(async () => tick(T0 + s * 1000));
    expect(said()).toBe('One minute left.');
    await act(async () => tick(T0 + 600_000));
    expect(said()).toBe('Time is up.');
    expect(document.querySelectorAll('[aria-live]')).toHaveLength(1);
  });
});
