import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TimerDisplay } from '../../../src/renderer/components/run/TimerDisplay';
import { groupJoinCode, spellJoinCode, typedAddress } from '../../../src/renderer/components/run/join-code';
import type { TimerState } from '../../../src/shared/run';

const T0 = Date.parse('2026-03-14T09:00:00.000Z');
const digits = (container: HTMLElement) => container.querySelector('.cg-timer-digits')!.textContent;
const phase = (container: HTMLElement) => container.querySelector('.cg-timer')!.getAttribute('data-phase');
const said = () => screen.getByTestId('timer-announcer').textContent;

describe('TimerDisplay', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(T0);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts down from the stored start time, corrected by the server clock offset, and says minutes in words', () => {
    // Started 30 s ago by the server's clock, with 2 minutes on it; our clock is 5 s behind the server's.
    const timer: TimerState = { durationMs: 120_000, elapsedMs: 0, runningSince: new Date(T0 + 5_000 - 30_000).toISOString() };
    const { container } = render(<TimerDisplay timer={timer} clockOffsetMs={5_000} />);
    expect(digits(container)).toBe('1:30');
    expect(phase(container)).toBe('running');
    expect(said()).toBe(''); // nothing said on first show

    act(() => vi.advanceTimersByTime(10_000));
    expect(digits(container)).toBe('1:20');
    expect(said()).toBe('');

    // Crossing 1:00: the last minute, in words and in the warning colour.
    act(() => vi.advanceTimersByTime(20_000));
    expect(digits(container)).toBe('1:00');
    expect(said()).toBe('1 minute left.');
    expect(phase(container)).toBe('warning');
    expect(container.querySelector('.cg-timer-label')!.textContent).toBe('Last minute');

    act(() => vi.advanceTimersByTime(60_000));
    expect(digits(container)).toBe('0:00');
    expect(said()).toBe('Time is up.');
    expect(phase(container)).toBe('over');

    act(() => vi.advanceTimersByTime(12_000));
    expect(digits(container)).toBe('+0:12');
    expect(container.textContent).toContain('12 seconds over time');
  });

  it('stands still when paused, says so, and shows nothing without a duration', () => {
    const running: TimerState = { durationMs: 300_000, elapsedMs: 0, runningSince: new Date(T0).toISOString() };
    const { container, rerender } = render(<TimerDisplay timer={running} clockOffsetMs={0} />);
    act(() => vi.advanceTimersByTime(65_000));
    expect(digits(container)).toBe('3:55');
    expect(said()).toBe('4 minutes left.');

    const paused: TimerState = { durationMs: 300_000, elapsedMs: 65_000, runningSince: null };
    rerender(<TimerDisplay timer={paused} clockOffsetMs={0} />);
    expect(said()).toBe('Timer paused, 3 minutes 55 seconds left.');
    act(() => vi.advanceTimersByTime(30_000));
    expect(digits(container)).toBe('3:55');
    expect(phase(container)).toBe('paused');

    rerender(<TimerDisplay timer={{ durationMs: 0, elapsedMs: 0, runningSince: null }} clockOffsetMs={0} />);
    expect(container.querySelector('.cg-timer')).toBeNull();
  });

  it('before it starts: the full time, muted, and not announced', () => {
    const { container } = render(<TimerDisplay timer={{ durationMs: 600_000, elapsedMs: 0, runningSince: null }} clockOffsetMs={0} />);
    expect(digits(container)).toBe('10:00');
    expect(phase(container)).toBe('ready');
    expect(container.textContent).toContain('Timer: 10 minutes, not started');
  });
});

describe('join details', () => {
  it('groups the code in threes with a thin space, spells it for screen readers, and drops the scheme from the address', () => {
    expect(groupJoinCode('acdefg')).toBe('ACD\u2009EFG');
    expect(spellJoinCode('ACD EFG')).toBe('A C D E F G');
    expect(typedAddress('http://192.168.1.20:5123')).toBe('192.168.1.20:5123');
  });
});
