import type { I18n } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { direction, PULSE_GAP_TOLERANCE, statementKey, type SeriesTrends, type TrendWorkshop } from '../../shared/trends';
import { gapLastTime } from '../../shared/since-last-time';
import { CHANGE_ARROW } from '../../shared/trend-tables';
import type { TrendChange } from '../../shared/trend-change';
import { oneDecimal } from './rows';
import { workshopName } from '../room-dates';

// The gap last time next to the gap now, for the pulse results of a workshop in a series (issue #18).
// Words and an arrow, never colour alone, in the room's language. Pure: the view only lays it out.

/** "↓ narrowed from 1.8 last time": the arrow is decoration, the words carry it. */
export type GapChange = TrendChange;

/** Plain code, so a view can key a statement without the schemas. */
export const pulseStatementKey = (config: { setVersion: number; extra: readonly { id: string }[] }, id: string): string =>
  statementKey(id, config.extra.some((s) => s.id === id) ? null : config.setVersion);

/** How a statement's gap compares with the last workshop of the series that answered it; null when none did. */
export function gapChange(i18n: I18n, trends: SeriesTrends | null | undefined, workshopId: string, key: string, now: number | null): GapChange | null {
  const last = gapLastTime(trends, workshopId, key);
  if (!last) return null;
  if (last.gap === null) return { way: 'hidden-then', arrow: '', text: i18n._(msg`hidden last time`), then: last.workshop };
  const gap = oneDecimal(i18n, last.gap);
  if (now === null) return { way: 'unknown-now', arrow: '', text: i18n._(msg`${gap} last time`), then: last.workshop };
  const way = direction(last.gap, now, PULSE_GAP_TOLERANCE);
  const text =
    way === 'unchanged'
      ? i18n._(msg`same as last time (${gap})`)
      : way === 'narrowed'
        ? i18n._(msg`narrowed from ${gap} last time`)
        : i18n._(msg`widened from ${gap} last time`);
  return { way, arrow: CHANGE_ARROW[way], text, then: last.workshop };
}

/** "Since Joint meeting 2 (17 Mar): narrower on 3 statements, wider on 1 statement." Null when nothing compares. */
export function changeSummary(i18n: I18n, changes: readonly (GapChange | null)[], workshops: readonly TrendWorkshop[]): string | null {
  const known = changes.filter((c): c is GapChange => c !== null);
  if (known.length === 0) return null;
  const order = (w: TrendWorkshop) => workshops.findIndex((x) => x.id === w.id);
  const then = known.map((c) => c.then).reduce((a, b) => (order(b) > order(a) ? b : a));
  const count = (way: GapChange['way']) => known.filter((c) => c.way === way).length;
  const narrowed = count('narrowed');
  const widened = count('widened');
  const unchanged = count('unchanged');
  const parts = [
    narrowed ? i18n._(msg`narrower on ${plural(narrowed, { one: '# statement', other: '# statements' })}`) : null,
    widened ? i18n._(msg`wider on ${plural(widened, { one: '# statement', other: '# statements' })}`) : null,
    unchanged ? i18n._(msg`the same on ${plural(unchanged, { one: '# statement', other: '# statements' })}`) : null,
  ].filter((p): p is string => p !== null);
  const workshop = workshopName(i18n, then);
  if (parts.length === 0) return i18n._(msg`Since ${workshop}: no gap to compare (team splits hidden).`);
  const changed = parts.join(', ');
  return i18n._(msg`Since ${workshop}: ${changed}.`);
}
