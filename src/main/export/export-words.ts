import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { ACTION_STATUSES } from '../../shared/domain';
import type { Commitment } from '../../activities/report-types';

// The exports' fixed words (CSV headers, statuses, the calendar's categories), in the workshop's
// language: `i18nFor(workshop.language)._(CSV_HEADERS.responses.activity)`. English keeps the
// column names spreadsheets and scripts already read (activity_number, value_json, ...).

export const CSV_HEADERS = {
  responses: [
    msg({ message: 'activity_number', comment: 'CSV column header' }),
    msg({ message: 'activity', comment: 'CSV column header' }),
    msg({ message: 'participant', comment: 'CSV column header' }),
    msg({ message: 'team', comment: 'CSV column header' }),
    msg({ message: 'item', comment: 'CSV column header' }),
    msg({ message: 'answer', comment: 'CSV column header' }),
    msg({ message: 'value_json', comment: 'CSV column header' }),
    msg({ message: 'time', comment: 'CSV column header' }),
  ],
  actionItems: [
    msg({ message: 'action', comment: 'CSV column header' }),
    msg({ message: 'owner', comment: 'CSV column header' }),
    msg({ message: 'due_date', comment: 'CSV column header' }),
    msg({ message: 'status', comment: 'CSV column header' }),
  ],
  teamCounts: [msg({ message: 'team', comment: 'CSV column header' }), msg({ message: 'people', comment: 'CSV column header' })],
  people: [
    msg({ message: 'name', comment: 'CSV column header' }),
    msg({ message: 'team', comment: 'CSV column header' }),
    msg({ message: 'role', comment: 'CSV column header' }),
  ],
} as const satisfies Record<string, readonly MessageDescriptor[]>;

export const ACTION_STATUS_WORDS: Readonly<Record<(typeof ACTION_STATUSES)[number], MessageDescriptor>> = {
  open: msg({ message: 'open', comment: 'An action item’s status in the CSV export' }),
  done: msg({ message: 'done', comment: 'An action item’s status in the CSV export' }),
  dropped: msg({ message: 'dropped', comment: 'An action item’s status in the CSV export' }),
};

/** A calendar event's category (CATEGORIES in the .ics file). */
export const COMMITMENT_KIND_WORDS: Readonly<Record<NonNullable<Commitment['kind']>, MessageDescriptor>> = {
  meeting: msg({ message: 'meeting', comment: 'A calendar event’s category in the .ics export' }),
  shadowing: msg({ message: 'shadowing', comment: 'A calendar event’s category in the .ics export' }),
  report: msg({ message: 'report', comment: 'A calendar event’s category in the .ics export' }),
  action: msg({ message: 'action', comment: 'A calendar event’s category in the .ics export' }),
};

export const headers = (i18n: I18n, list: readonly MessageDescriptor[]): string[] => list.map((m) => i18n._(m));
