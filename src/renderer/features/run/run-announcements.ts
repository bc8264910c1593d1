import { findDefinition } from '../../../activities/registry';
import type { Activity } from '../../../shared/domain';
import type { RoomInfo } from '../../../shared/room';
import { timerInWords, timerRemainingMs, type TimerState } from '../../../shared/run';
import { spellJoinCode, typedAddress } from '../../components/run/join-code';
import type { RunView } from '../../store/run-slice';

// What the console says when the run changes, in words. Pure: the state before and
// after (from any cause: a shortcut, a button, another window), never the keys pressed.

const sentence = (text: string) => (/[.?!…]$/.test(text) ? text : `${text}.`);

/** "Now showing 3 of 9: Dot vote, Priorities." */
export function nowShowing(activities: readonly Activity[], activityId: string): string | null {
  const index = activities.findIndex((a) => a.id === activityId);
  const activity = activities[index];
  if (!activity) return null;
  const kind = findDefinition(activity.kind)?.label ?? activity.kind;
  return sentence(`Now showing ${index + 1} of ${activities.length}: ${kind}, ${activity.title}`);
}

/** The time on the clock when it is not counting: what is left of the duration. */
const onTheClock = (t: TimerState) => timerInWords(t.durationMs - t.elapsedMs);

export function describeTimerChange(before: TimerState, after: TimerState, nowMs: number): string | null {
  const wasRunning = before.runningSince !== null;
  const running = after.runningSince !== null;
  if (after.durationMs - before.durationMs === 60_000 && after.elapsedMs === before.elapsedMs && wasRunning === running) {
    return `One minute added, ${timerInWords(timerRemainingMs(after, nowMs))}.`;
  }
  if (!wasRunning && running) return `${after.elapsedMs > 0 ? 'Timer resumed' : 'Timer started'}, ${onTheClock(after)}.`;
  const reset = !running && after.elapsedMs === 0 && (wasRunning || before.elapsedMs > 0 || before.durationMs !== after.durationMs);
  if (reset) return `Timer reset to ${timerInWords(after.durationMs).replace(/ left$/, '')}.`;
  if (wasRunning && !running) return `Timer paused, ${onTheClock(after)}.`;
  return null;
}

export function describeRoomChange(before: RoomInfo | null, after: RoomInfo | null): string | null {
  if (before && !after) return 'Closed for phones.';
  if (!after) return null;
  // The code people type, letter by letter; never the join link's token.
  if (!before || before.origin !== after.origin || before.joinCode !== after.joinCode) {
    return `Open for phones at ${typedAddress(after.origin)}, join code ${spellJoinCode(after.joinCode)}.`;
  }
  if (after.selfAddLimit > before.selfAddLimit) return `Up to ${after.selfAddLimit} people can now add themselves from a phone.`;
  return null;
}

const STATUS_WORDS: Record<string, string> = {
  'idle>running': 'The workshop has started.',
  'running>ended': 'The workshop has ended.',
  'ended>running': 'The workshop has resumed.',
};

/** Everything worth saying about the change from `before` to `after`; nothing while the console loads. */
export function describeRunChange(before: RunView, after: RunView, nowMs: number): string[] {
  const was = before.run;
  const run = after.run;
  if (!was || !run || !after.detail || before.workshopId !== after.workshopId) return [];
  const said: string[] = [];
  const status = STATUS_WORDS[`${was.status}>${run.status}`];
  if (status) said.push(status);

  const current = run.currentActivityId;
  if (current && current !== was.currentActivityId) {
    const words = nowShowing(after.detail.activities, current);
    if (words) said.push(words);
  } else if (current && run.status === 'running') {
    const a = was.activities.find((x) => x.activityId === current);
    const b = run.activities.find((x) => x.activityId === current);
    if (a && b) {
      if (a.locked !== b.locked) said.push(b.locked ? 'Answers are locked.' : 'Answers are open again.');
      if (a.revealed !== b.revealed) said.push(b.revealed ? 'Results are on the projector.' : 'Results are hidden from the room.');
      const timer = describeTimerChange(a.timer, b.timer, nowMs);
      if (timer) said.push(timer);
    }
    const { page, pages } = run.projector;
    if (pages && pages > 1 && pages === was.projector.pages && page !== was.projector.page) said.push(`Projector page ${page} of ${pages}.`);
  }

  const room = describeRoomChange(before.room, after.room);
  if (room) said.push(room);
  return said;
}
