import type { I18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import type { ReportFormat } from '../../activities/report-types';
import { teamWord } from '../../activities/kit/report';

// Every fixed word the Typst template prints, in the workshop's language (data.words): the
// template writes none of its own. A word with a figure in it keeps a named slot ("{page}"),
// which the template fills in (base.typ `say`).

const slot = (name: string) => `{${name}}`;

export function reportWords(i18n: I18n, format: ReportFormat) {
  const page = slot('page');
  const total = slot('total');
  const n = slot('n');
  const threshold = slot('threshold');
  const teams = slot('teams');
  const from = slot('from');
  const section = slot('section');
  const sections = slot('sections');
  const activity = slot('activity');
  const more = slot('more');
  const max = slot('max');
  const list = slot('list');
  const name = slot('name');
  const date = slot('date');
  return {
    // Numbers the template writes itself (the line chart's ticks): the locale's decimal mark.
    decimal: format.number(1.5, 1).replace(/\d/g, ''),
    // What follows a percentage the template writes ("42 %" in English, "42 %" with a no-break space as Intl writes it).
    percent: format.percent(42).replace(/\d/g, ''),
    teams: { sales: teamWord(i18n, 'sales'), marketing: teamWord(i18n, 'marketing'), other: teamWord(i18n, 'other') },
    shared: t(i18n)`Shared`,
    // Cover and running heads
    preparedFor: t(i18n)`Prepared for ${name}`,
    workshopReport: t(i18n)`Workshop report`,
    interimReport: t(i18n)`Interim report`,
    sinceLastTime: t(i18n)`Since last time`,
    date: t(i18n)`Date`,
    time: t(i18n)`Time`,
    place: t(i18n)`Place`,
    facilitator: t(i18n)`Facilitator`,
    participants: t(i18n)`Participants`,
    inThisReport: t(i18n)`In this report`,
    madeWith: t(i18n)`Made with Common Ground on ${date}.`,
    footer: t(i18n)`Common Ground · workshop report`,
    pageOf: t(i18n)`Page ${page} of ${total}`,
    // Chapters
    executiveSummary: t(i18n)`Executive summary`,
    trends: t(i18n)`Trends across the series`,
    agenda: t(i18n)`Agenda: planned and actual`,
    whatWeDid: t(i18n)`What we did and found`,
    commitmentsChapter: t(i18n)`Commitments and action items`,
    appendix: t(i18n)`Appendix: every answer`,
    whoTookPart: t(i18n)`Who took part`,
    // Agenda
    activity: t(i18n)`Activity`,
    start: t(i18n)`Start`,
    planned: t(i18n)`Planned`,
    actual: t(i18n)`Actual`,
    plannedActual: t(i18n)`Planned / actual`,
    minutes: t(i18n)`${n} min`,
    minutesPlanned: t(i18n)`${n} min planned`,
    minutesActual: t(i18n)`${n} min actual`,
    skipped: t(i18n)`Skipped`,
    total: t(i18n)`Total`,
    // Commitments
    commitmentsIntro: t(i18n)`Who does what by when. The calendar export (.ics) has the same dates.`,
    noCommitments: t(i18n)`No commitments or action items recorded yet.`,
    toFollowUp: t(i18n)`To follow up`,
    followUpIntro: t(i18n)`Left open in the workshop: blanks a template left unfilled, owners not decided, commitments without an owner or a date.`,
    what: t(i18n)`What`,
    where: t(i18n)`Where`,
    commitments: t(i18n)`Commitments`,
    commitment: t(i18n)`Commitment`,
    owner: t(i18n)`Owner`,
    when: t(i18n)`When`,
    from: t(i18n)`From`,
    done: t(i18n)`(done)`,
    noOwnerYet: t(i18n)`No owner yet`,
    noDateYet: t(i18n)`No date yet`,
    // Appendix
    item: t(i18n)`Item`,
    answer: t(i18n)`Answer`,
    people: t(i18n)`People`,
    person: t(i18n)`Person`,
    team: t(i18n)`Team`,
    name: t(i18n)`Name`,
    role: t(i18n)`Role`,
    value: t(i18n)`Value`,
    // Blocks and charts
    card: t(i18n)`Card`,
    score: t(i18n)`Score`,
    handoff: t(i18n)`Hand-off`,
    friction: t(i18n)`Friction`,
    agreed: t(i18n)`Agreed`,
    teamsDiffer: t(i18n)`Teams differ`,
    insight: t(i18n)`Insight`,
    keyPoints: t(i18n)`Key points`,
    andMoreBelow: t(i18n)`And ${more} below.`,
    toFill: t(i18n)`To fill`,
    suppressed: t(i18n)`suppressed`,
    hiddenToo: t(i18n)`hidden too`,
    fewerThan: t(i18n)`Fewer than ${threshold} people of a suppressed team answered, so its split is not shown.`,
    hiddenTooOne: t(i18n)`${teams} hidden too: with it, the answers of the ${n} person from ${from} could be worked out from the total.`,
    hiddenTooMany: t(i18n)`${teams} hidden too: with it, the answers of the ${n} people from ${from} could be worked out from the total.`,
    and: t(i18n)`and`,
    everyone: t(i18n)`Everyone`,
    notPlaced: t(i18n)`not placed`,
    splitHead: t(i18n)`Card: each team’s split over the columns`,
    apartHead: t(i18n)`How far apart (of 100)`,
    ofHundred: t(i18n)`of 100`,
    heatNote: t(i18n)`Each number: people who placed that marker on that stage; the darker the cell, the more people (darkest: ${max}).`,
    perTeam: t(i18n)`Per team: ${list}.`,
    notDecided: t(i18n)`Not decided`,
    // Executive summary
    agreedHead: t(i18n)`What the room agreed`,
    differHead: t(i18n)`Where Sales and Marketing differ most`,
    alsoHead: t(i18n)`Also worth knowing`,
    agreementOne: t(i18n)`${n} agreement`,
    agreementMany: t(i18n)`${n} agreements`,
    differenceOne: t(i18n)`${n} difference`,
    differenceMany: t(i18n)`${n} differences`,
    commitmentOne: t(i18n)`${n} commitment`,
    commitmentMany: t(i18n)`${n} commitments`,
    followUpOne: t(i18n)`${n} item to follow up`,
    followUpMany: t(i18n)`${n} items to follow up`,
    insightOne: t(i18n)`${n} insight`,
    insightMany: t(i18n)`${n} insights`,
    sectionOne: t(i18n)`section ${section}`,
    sectionsMany: t(i18n)`sections ${sections}`,
    theToFollowUpList: t(i18n)`the To follow up list`,
    theCommitmentsChapter: t(i18n)`the commitments chapter`,
    commitmentsChapterShort: t(i18n)`commitments chapter`,
    see: t(i18n)`${more} (see ${section})`,
    notOnThisPage: t(i18n)`Not on this page, to keep it to one: ${list}.`,
    andMoreSee: t(i18n)`And ${more}: see section ${section}.`,
    sectionActivity: t(i18n)`Section ${section}, “${activity}”.`,
    noCommitmentsSummary: t(i18n)`No commitments recorded yet. Add action items with an owner and a date in the console.`,
  };
}

export type ReportWords = ReturnType<typeof reportWords>;
