import type { ReportBlock, ReportInput } from '../report-types';
import { teamCounts } from '../kit/report';
import { readPersonaBoard, type PersonaConfig } from './definition';
import type { PersonaTally } from './logic';
import { mismatches, onePager, type TeamVotes } from './board';

/** The one-page persona, then each note's dots from Sales and from Marketing. */
export function personaReport({ config, results, board }: ReportInput<PersonaConfig, PersonaTally>): ReportBlock[] {
  const b = readPersonaBoard(board);
  const agg = results;
  if (!agg || b.ballot.length === 0) {
    return [
      {
        type: 'paragraph',
        text: agg && agg.overall.notes.length > 0 ? `${agg.overall.notes.length} notes were written; the vote was not opened.` : 'No notes yet.',
        muted: true,
      },
    ];
  }
  const teams: TeamVotes[] = agg.teams.filter((t) => t.team !== 'other').map((t) => ({ team: t.team, n: t.n, tally: t.suppressed ? null : t.result }));
  const page = onePager(config, b, agg.overall, teams);
  const blocks: ReportBlock[] = [
    {
      type: 'cards',
      title: `${config.subject}: the one-page persona`,
      groups: page
        .filter((s) => s.lines.length > 0)
        .map((s) => ({ title: s.title, cards: s.lines.map((l) => ({ text: `${l.agreed ? '✓ ' : ''}${l.text}`, team: null })) })),
    },
  ];
  const all = onePager(config, b, agg.overall, teams, null);
  const shown = teams.filter((t) => t.tally !== null).map((t) => t.team);
  blocks.push({
    type: 'table',
    title: 'Every note: dots, and each team’s share of its own dots',
    columns: ['Section', 'Note', 'Dots', ...shown.map((t) => (t === 'sales' ? 'Sales %' : 'Marketing %'))],
    align: ['left', 'left', 'right', ...shown.map(() => 'right' as const)],
    widths: [2, 4, 1, ...shown.map(() => 1)],
    rows: all.flatMap((s) => s.lines.map((l) => [s.title, `${l.agreed ? '✓ ' : ''}${l.text}`, String(l.dots), ...shown.map((t) => `${l.shares[t] ?? 0}`)])),
  });
  const hidden = teamCounts(agg).filter((t) => t.suppressed && t.team !== 'other');
  if (hidden.length > 0)
    blocks.push({
      type: 'paragraph',
      text: `Split hidden for ${hidden.map((t) => (t.team === 'sales' ? 'Sales' : 'Marketing')).join(' and ')}: fewer than the anonymity threshold voted.`,
      muted: true,
    });
  for (const s of mismatches(all)) {
    const text = (id: string | undefined) => b.ballot.find((x) => x.id === id)?.text ?? '';
    blocks.push({
      type: 'finding',
      kind: 'gap',
      weight: 2,
      text: `${s.title}: Sales picked “${text(s.topByTeam.sales)}”, Marketing picked “${text(s.topByTeam.marketing)}”`,
    });
  }
  const agreed = b.agreed.length;
  if (agreed > 0)
    blocks.push({
      type: 'finding',
      kind: 'decision',
      weight: 2,
      text: `Both teams agreed on ${agreed} note${agreed === 1 ? '' : 's'} describing ${config.subject.toLowerCase()}.`,
    });
  return blocks;
}
