import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { ReviewStatus } from '../../shared/review';
import type { ReviewItem } from './board';
import type { Headline } from './summary';
import { longDay } from '../room-dates';

// What the projector and the console say about a review, in the room's language (summary.ts keeps the
// report's English until the report speaks the workshop's language).

export const STATUS_WORDS: Readonly<Record<ReviewStatus | 'none', MessageDescriptor>> = {
  done: msg`Done`,
  partly: msg`Partly done`,
  notDone: msg`Not done`,
  dropped: msg`Dropped`,
  none: msg`Not reviewed yet`,
};

/** The marks' short names, for the radio buttons. */
export const SHORT_STATUS: Readonly<Record<ReviewStatus, MessageDescriptor>> = {
  done: msg`Done`,
  partly: msg({ message: 'Partly', context: 'a commitment partly done' }),
  notDone: msg`Not done`,
  dropped: msg`Dropped`,
};

/** "7 of 11 done since 3 March"; "Nothing carried over" when nothing is. */
export function headlineWords(i18n: I18n, head: Headline): string {
  const { done, total } = head;
  if (total === 0) return i18n._(msg`Nothing carried over`);
  if (!head.since) return i18n._(msg`${done} of ${total} done`);
  const since = longDay(i18n, head.since);
  return i18n._(msg`${done} of ${total} done since ${since}`);
}

/** "Kickoff, 3 March", or the title alone. */
export function fromWords(i18n: I18n, item: ReviewItem): string {
  const title = item.from.title;
  if (!item.from.date) return title;
  const date = longDay(i18n, item.from.date);
  return i18n._(msg`${title}, ${date}`);
}
