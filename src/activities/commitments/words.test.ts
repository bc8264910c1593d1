import { describe, expect, it } from 'vitest';
import { i18nFor } from '../../main/i18n';
import { defaultCommitmentsConfig } from './definition';
import { dateIn, meetingSentence, reportRoute, reportSentence, weekdayName } from './words';

// The commitments' words in the room's language (#19): weekdays and dates from Intl, the team names translated.
const config = defaultCommitmentsConfig();
const friday = config.reports.find((r) => r.from === 'sales')!;

describe('commitments words', () => {
  it('names weekdays and dates in the language, English dates as before', () => {
    expect(weekdayName(i18nFor('de'), 'Friday')).toBe('Freitag');
    expect(weekdayName(i18nFor('fr'), 'Monday')).toBe('lundi');
    expect(weekdayName(i18nFor('es'), 'Tuesday')).toBe('martes');
    expect(dateIn(i18nFor('en'), '2026-03-17')).toBe('Tue 17 Mar 2026');
    expect(dateIn(i18nFor('de'), '2026-03-17')).toBe('Di., 17. März 2026');
    expect(dateIn(i18nFor('de'), null)).toBe('Termin noch offen');
  });

  it('says the weekly report and the meeting in the language, the facilitator’s words as typed', () => {
    expect(reportRoute(i18nFor('de'), friday)).toBe('Vertrieb an Marketing, jeden Freitag');
    expect(reportSentence(i18nFor('de'), friday)).toBe(`Jeden Freitag, Vertrieb an Marketing: ${friday.what}`);
    expect(reportSentence(i18nFor('en'), friday)).toBe(`Every Friday, Sales to Marketing: ${friday.what}`);
    expect(meetingSentence(i18nFor('de'), { ...config.meeting, topic: 'Pipeline' })).toBe(
      'Gemeinsames Meeting alle 2 Wochen, Dienstag um 09:30, 45 Minuten: Pipeline',
    );
  });
});
