import type { I18n } from '@lingui/core';
import { plural, t } from '@lingui/core/macro';
import type { ReportBlock, ReportInput, ResponseText } from '../report-types';
import { formatOf, teamCounts, teamWord } from '../kit/report';
import { readPersonaBoard, type PersonaConfig } from './definition';
import type { PersonaTally } from './logic';
import { mismatches, onePager, type TeamVotes } from './board';

/** The one-page persona, then each note's dots from Sales and from Marketing. */
export function personaReport(input: ReportInput<PersonaConfig, PersonaTally>): ReportBlock[] {
  const { config, results, board, i18n } = input;
  const format = formatOf(input);
  const b = readPersonaBoard(board);
  const agg = results;
  if (!agg || b.ballot.length === 0) {
    const notes = agg?.overall.notes.length ?? 0;
    return [
      {
        type: 'paragraph',
        text:
          notes > 0
            ? t(i18n)`${plural(notes, { one: '# note was written; the vote was not opened.', other: '# notes were written; the vote was not opened.' })}`
            : t(i18n)`No notes yet.`,
        muted: true,
      },
    ];
  }
  const teams: TeamVotes[] = agg.teams.filter((t) => t.team !== 'other').map((t) => ({ team: t.team, n: t.n, tally: t.suppressed ? null : t.result }));
  const page = onePager(config, b, agg.overall, teams);
  const subject = config.subject;
  const blocks: ReportBlock[] = [
    {
      type: 'cards',
      title: t(i18n)`${subject}: the one-page persona`,
      groups: page
        .filter((s) => s.lines.length > 0)
        .map((s) => ({ title: s.title, cards: s.lines.map((l) => ({ text: `${l.agreed ? '✓ ' : ''}${l.text}`, team: null })) })),
    },
  ];
  const all = onePager(config, b, agg.overall, teams, null);
  const shown = teams.filter((t) => t.tally !== null).map((t) => t.team);
  blocks.push({
    type: 'table',
    title: t(i18n)`Every note: dots, and each team’s share of its own dots`,
    columns: [t(i18n)`Section`, t(i18n)`Note`, t(i18n)`Dots`, ...shown.map((team) => teamShare(i18n, team))],
    align: ['left', 'left', 'right', ...shown.map(() => 'right' as const)],
    widths: [2, 4, 1, ...shown.map(() => 1)],
    rows: all.flatMap((s) =>
      s.lines.map((l) => [s.title, `${l.agreed ? '✓ ' : ''}${l.text}`, format.number(l.dots), ...shown.map((t) => format.number(l.shares[t] ?? 0))]),
    ),
  });
  const hidden = teamCounts(agg).filter((t) => t.suppressed && t.team !== 'other');
  if (hidden.length > 0) {
    const names = hidden.map((t) => teamWord(i18n, t.team)).join(` ${t(i18n)`and`} `);
    blocks.push({ type: 'paragraph', text: t(i18n)`Split hidden for ${names}: fewer than the anonymity threshold voted.`, muted: true });
  }
  for (const s of mismatches(all)) {
    const text = (id: string | undefined) => b.ballot.find((x) => x.id === id)?.text ?? '';
    const section = s.title;
    const salesPick = text(s.topByTeam.sales);
    const marketingPick = text(s.topByTeam.marketing);
    blocks.push({ type: 'finding', kind: 'gap', weight: 2, text: t(i18n)`${section}: Sales picked “${salesPick}”, Marketing picked “${marketingPick}”` });
  }
  const agreed = b.agreed.length;
  if (agreed > 0) {
    // Mid-sentence in lower case, except in German, whose nouns keep their capital.
    const about = i18n.locale === 'de' ? subject : subject.toLocaleLowerCase(format.locale);
    blocks.push({
      type: 'finding',
      kind: 'decision',
      weight: 2,
      text: t(i18n)`${plural(agreed, { one: `Both teams agreed on # note describing ${about}.`, other: `Both teams agreed on # notes describing ${about}.` })}`,
    });
  }
  return blocks;
}

/** A team's column in the notes table: "Sales %". */
const teamShare = (i18n: I18n, team: 'sales' | 'marketing' | 'other') => {
  const name = teamWord(i18n, team);
  // A no-break space, so a narrow column never leaves the "%" alone on a line.
  return t(i18n)`${name} %`.replace(/ %$/, '\u00a0%');
};

export function describePersona(config: PersonaConfig, itemKey: string, value: unknown, board: unknown, i18n: I18n): ResponseText {
  const v = value as { section?: string; text?: string; dots?: number } | null;
  if (itemKey.startsWith('v-')) {
    const note = readPersonaBoard(board).ballot.find((b) => b.id === itemKey.slice(2));
    const count = v?.dots ?? 0;
    const text = note?.text;
    return {
      item: note ? t(i18n)`Vote: ${text}` : t(i18n)`A note no longer on the ballot`,
      value: t(i18n)`${plural(count, { one: '# dot', other: '# dots' })}`,
    };
  }
  return { item: config.sections.find((x) => x.id === v?.section)?.title ?? t(i18n)`Note`, value: v?.text ?? '' };
}
