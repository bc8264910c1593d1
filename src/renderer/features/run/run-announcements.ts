import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg, t } from '@lingui/core/macro';
import { findDefinition } from '../../../activities/registry';
import type { Activity } from '../../../shared/domain';
import type { RoomInfo } from '../../../shared/room';
import { timerRemainingMs, type TimerState } from '../../../shared/run';
import { clockInWords, timerWords } from '../../i18n/format';
import { spellJoinCode, typedAddress } from '../../components/run/join-code';
import type { RunView } from '../../store/run-slice';
import { kindWord } from '../../../activities/kind-words';

// What the console says when the run changes, in words. Pure: the state before and
// after (from any cause: a shortcut, a button, another window), never the keys pressed.
// Said in the facilitator's interface language (the I18n given).

const sentence = (text: string) => (/[.?!…]$/.test(text) ? text : `${text}.`);

/** "Now showing 3 of 9: Dot vote, Priorities." */
export function nowShowing(i18n: I18n, activities: readonly Activity[], activityId: string): string | null {
  const index = activities.findIndex((a) => a.id === activityId);
  const activity = activities[index];
  if (!activity) return null;
  const kind = kindWord(i18n, activity.kind, findDefinition(activity.kind));
  const position = i18n.number(index + 1);
  const count = i18n.number(activities.length);
  const title = activity.title;
  return sentence(t(i18n)`Now showing ${position} of ${count}: ${kind}, ${title}`);
}

/** The time on the clock when it is not counting: what is left of the duration. */
const onTheClock = (i18n: I18n, timer: TimerState) => timerWords(i18n, timer.durationMs - timer.elapsedMs);

export function describeTimerChange(i18n: I18n, before: TimerState, after: TimerState, nowMs: number): string | null {
  const wasRunning = before.runningSince !== null;
  const running = after.runningSince !== null;
  if (after.durationMs - before.durationMs === 60_000 && after.elapsedMs === before.elapsedMs && wasRunning === running) {
    const left = timerWords(i18n, timerRemainingMs(after, nowMs));
    return t(i18n)`One minute added, ${left}.`;
  }
  if (!wasRunning && running) {
    const left = onTheClock(i18n, after);
    return after.elapsedMs > 0 ? t(i18n)`Timer resumed, ${left}.` : t(i18n)`Timer started, ${left}.`;
  }
  const reset = !running && after.elapsedMs === 0 && (wasRunning || before.elapsedMs > 0 || before.durationMs !== after.durationMs);
  if (reset) {
    const time = clockInWords(i18n, after.durationMs);
    return t(i18n)`Timer reset to ${time}.`;
  }
  if (wasRunning && !running) {
    const left = onTheClock(i18n, after);
    return t(i18n)`Timer paused, ${left}.`;
  }
  return null;
}

export function describeRoomChange(i18n: I18n, before: RoomInfo | null, after: RoomInfo | null): string | null {
  if (before && !after) return t(i18n)`Closed for phones.`;
  if (!after) return null;
  // The code people type, letter by letter; never the join link's token.
  if (!before || before.origin !== after.origin || before.joinCode !== after.joinCode) {
    const address = typedAddress(after.origin);
    const code = spellJoinCode(after.joinCode);
    return t(i18n)`Open for phones at ${address}, join code ${code}.`;
  }
  if (after.selfAddLimit > before.selfAddLimit) {
    const limit = i18n.number(after.selfAddLimit);
    return t(i18n)`Up to ${limit} people can now add themselves from a phone.`;
  }
  return null;
}

const STATUS_WORDS: Record<string, MessageDescriptor> = {
  'idle>running': msg`The workshop has started.`,
  'running>ended': msg`The workshop has ended.`,
  'ended>running': msg`The workshop has resumed.`,
};

/** Everything worth saying about the change from `before` to `after`; nothing while the console loads. */
export function describeRunChange(i18n: I18n, before: RunView, after: RunView, nowMs: number): string[] {
  const was = before.run;
  const run = after.run;
  if (!was || !run || !after.detail || before.workshopId !== after.workshopId) return [];
  const said: string[] = [];
  const status = STATUS_WORDS[`${was.status}>${run.status}`];
  if (status) said.push(i18n._(status));

  const current = run.currentActivityId;
  if (current && current !== was.currentActivityId) {
    const words = nowShowing(i18n, after.detail.activities, current);
    if (words) said.push(words);
  } else if (current && run.status === 'running') {
    const a = was.activities.find((x) => x.activityId === current);
    const b = run.activities.find((x) => x.activityId === current);
    if (a && b) {
      if (a.locked !== b.locked) said.push(b.locked ? t(i18n)`Answers are locked.` : t(i18n)`Answers are open again.`);
      if (a.revealed !== b.revealed) said.push(b.revealed ? t(i18n)`Results are on the projector.` : t(i18n)`Results are hidden from the room.`);
      const timer = describeTimerChange(i18n, a.timer, b.timer, nowMs);
      if (timer) said.push(timer);
    }
    const { page, pages } = run.projector;
    if (pages && pages > 1 && pages === was.projector.pages && page !== was.projector.page) {
      const shown = i18n.number(page);
      const all = i18n.number(pages);
      said.push(t(i18n)`Projector page ${shown} of ${all}.`);
    }
  }

  const room = describeRoomChange(i18n, before.room, after.room);
  if (room) said.push(room);
  return said;
}
