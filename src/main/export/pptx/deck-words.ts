import type { I18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import type { ReportData } from '../../report/types';
import { i18nFor } from '../../i18n';

// The deck's own words in the workshop's language (the report's data carries its language and its
// template words; what the deck says beyond those is here).

export function deckWords(data: Pick<ReportData, 'lang' | 'words'>) {
  const i18n: I18n = i18nFor(data.lang);
  const w = data.words;
  return {
    teams: w.teams,
    /** "42 %" as the report writes it. */
    percent: (n: number) => `${n}${w.percent}`,
    interimResults: t(i18n)`Interim results`,
    preparedFor: (name: string) => t(i18n)`Prepared for ${name}`,
    logo: (name: string) => t(i18n)`${name} logo`,
    logoAlone: t(i18n)`Logo`,
    facilitatedBy: (name: string) => t(i18n)`Facilitated by ${name}`,
    finding: { decision: w.agreed, gap: t(i18n)`Gap`, insight: w.insight },
    summary: t(i18n)`Summary`,
    noFindings: t(i18n)`No decisions or gaps were recorded.`,
    minutes: (n: number) => w.minutes.replace('{n}', String(n)),
    minutesPlanned: (n: number) => w.minutesPlanned.replace('{n}', String(n)),
    commitments: w.commitments,
    commitmentsContinued: t(i18n)`Commitments (continued)`,
    madeInWorkshop: (count: number) => t(i18n)`${count} made in the workshop`,
    commitmentHead: [w.commitment, w.owner, t(i18n)`Due`],
    everyonePercent: t(i18n)`Everyone, %`,
    all: (unit: string) => t(i18n)`All (${unit})`,
    differMost: t(i18n)`Where Sales and Marketing differ most (0 = same, 100 = opposite)`,
    apart: t(i18n)`apart`,
    /** A team's initial in a crowded heatmap cell. */
    initial: { sales: t(i18n)`S`, marketing: t(i18n)`M`, other: t(i18n)`O` } as Record<string, string>,
    item: w.item,
    score: w.score,
    friction: t(i18n)`friction`,
    moreInPdf: (more: number) => t(i18n)`${more} more in the PDF report`,
  };
}

export type DeckWords = ReturnType<typeof deckWords>;
