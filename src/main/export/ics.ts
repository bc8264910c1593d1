import type { Commitment } from '../../activities/report-types';
import type { HandlerContext } from '../services/context';
import { getWorkshopOrThrow } from '../services/workshop-records';
import { assembleReport } from '../report/data';
import type { I18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import { i18nFor } from '../i18n';
import { COMMITMENT_KIND_WORDS } from './export-words';

// The commitments as an iCalendar file (RFC 5545): joint meetings and
// shadowing days as repeating events, action items as all-day events on
// their due date. Commitments without a date are left out (the file says how
// many in its description). Its words (the calendar's name, "Owner", "From", categories) are in
// the workshop's language; what people typed is as they typed it.

/**
 * RFC 5545 TEXT: backslash, semicolon and comma escaped; every line break
 * (CRLF, a bare CR or LF) written as \n; other control characters, which
 * TEXT does not allow, dropped (a tab is kept).
 */
const escape = (s: string) =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');

/** Lines longer than 75 octets are folded: CRLF and one space. */
export function foldLine(line: string): string {
  const bytes = Buffer.from(line, 'utf8');
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    // Do not cut a UTF-8 sequence in half.
    while (end < bytes.length && (bytes[end]! & 0xc0) === 0x80) end--;
    parts.push(bytes.subarray(start, end).toString('utf8'));
    start = end;
    limit = 74;
  }
  return parts.join('\r\n ');
}

const compactDate = (iso: string) => iso.replace(/-/g, '');
const compactStamp = (iso: string) => iso.replace(/[-:]/g, '').replace(/\.\d+/, '');

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function localEnd(date: string, time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number);
  const start = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), h, m);
  const end = new Date(start + minutes * 60_000).toISOString();
  return `${end.slice(0, 4)}${end.slice(5, 7)}${end.slice(8, 10)}T${end.slice(11, 13)}${end.slice(14, 16)}00`;
}

export interface IcsEvent {
  uid: string;
  commitment: Commitment;
  source: string;
}

export function buildIcs(events: IcsEvent[], opts: { title: string; now: string; undated: number; i18n?: I18n }): string {
  const i18n = opts.i18n ?? i18nFor('en');
  const title = opts.title;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Common Ground//Workshop commitments//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escape(t(i18n)`Commitments: ${title}`)}`,
  ];
  for (const { uid, commitment: c, source } of events) {
    if (!c.due) continue;
    lines.push('BEGIN:VEVENT', `UID:${uid}`, `DTSTAMP:${compactStamp(opts.now)}`);
    if (c.time && /^\d\d:\d\d$/.test(c.time)) {
      // Floating local time: the meeting is at that clock time wherever the calendar is.
      lines.push(`DTSTART:${compactDate(c.due)}T${c.time.replace(':', '')}00`, `DTEND:${localEnd(c.due, c.time, c.minutes ?? 60)}`);
    } else {
      lines.push(`DTSTART;VALUE=DATE:${compactDate(c.due)}`, `DTEND;VALUE=DATE:${compactDate(addDays(c.due, 1))}`);
    }
    if (c.repeat) {
      const freq = { day: 'DAILY', week: 'WEEKLY', month: 'MONTHLY' }[c.repeat.unit];
      lines.push(`RRULE:FREQ=${freq};INTERVAL=${c.repeat.every}${c.repeat.times ? `;COUNT=${c.repeat.times}` : ''}`);
    }
    const summary = c.kind === 'action' || !c.kind ? `${c.text}${c.owner ? ` (${c.owner})` : ''}` : c.text;
    lines.push(`SUMMARY:${escape(summary)}`);
    const owner = c.owner;
    const description = [owner ? t(i18n)`Owner: ${owner}` : t(i18n)`No owner yet`, t(i18n)`From: ${source}`, t(i18n)`Workshop: ${title}`];
    lines.push(`DESCRIPTION:${escape(description.join('\n'))}`);
    lines.push(`CATEGORIES:${escape(i18n._(COMMITMENT_KIND_WORDS[c.kind ?? 'action']))}`, 'TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** The calendar of one workshop's commitments (from the exercises and the action items). */
export function commitmentsIcs(ctx: HandlerContext, workshopId: string): { text: string; events: number; undated: number } {
  const w = getWorkshopOrThrow(ctx, workshopId);
  const data = assembleReport(ctx, workshopId, { paper: 'a4', sections: ['commitments'] });
  const events = data.commitments.map((c, i) => ({ uid: `${w.id}-${i + 1}@common-ground`, commitment: c, source: c.source }));
  const dated = events.filter((e) => e.commitment.due);
  return {
    text: buildIcs(events, { title: w.title, now: ctx.now, undated: events.length - dated.length, i18n: i18nFor(w.language) }),
    events: dated.length,
    undated: events.length - dated.length,
  };
}
