import type { Aggregate } from '../aggregate';
import type { CardSortTally } from '../cardsort/logic';
import { cardSortReport } from '../cardsort/report';
import type { ReportBlock, ReportInput } from '../report-types';
import { percent, salesAndMarketing, teamCounts } from '../report-kit';
import { compareTeams } from '../team-divergence';
import { APART_SCALE, formatApart } from './apart';
import type { LeadSortConfig } from './definition';
import { readLeadBoard } from './model';

/**
 * The definition in one line for the executive summary: lists run on after
 * their lead-in (“…of these: Budget is known; Timing is known”), cut at a
 * word near 220 characters.
 */
export function summaryOf(definition: string, max = 220): string {
  const parts: string[] = [];
  for (const raw of definition.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const item = /^[-•*]\s+(.*)$/.exec(line);
    if (item && parts.length > 0) parts[parts.length - 1] += `${/:$/.test(parts.at(-1)!) ? ' ' : '; '}${item[1]}`;
    else parts.push(item ? item[1]! : line);
  }
  const one = parts.map((p) => (/[.:;!?]$/.test(p) ? p : `${p}.`)).join(' ');
  if (one.length <= max) return one;
  const cut = one.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 30)).replace(/[\s,;:.]+$/, '')}…`;
}

/** The outcome first (the draft definition), then where the teams disagree most, then the full matrix. */
export function leadSortReport(input: ReportInput<LeadSortConfig>): ReportBlock[] {
  const { config, results, board } = input;
  const blocks: ReportBlock[] = [];
  const definition = readLeadBoard(board).definition.trim();
  if (definition) {
    blocks.push({ type: 'callout', title: 'Our shared definition of a quality lead (draft)', text: definition, tone: 'accent' });
    blocks.push({ type: 'finding', kind: 'decision', weight: 3, text: 'A draft shared definition of a quality lead, to confirm with both teams.', detail: summaryOf(definition) });
  } else if (input.status === 'done') {
    blocks.push({ type: 'paragraph', text: 'No shared definition was written down in the session.', muted: true });
  }
  const agg = results as Aggregate<CardSortTally> | null;
  const sm = salesAndMarketing(agg);
  if (agg && agg.n > 0 && sm) {
    const cmp = compareTeams(config.columns, config.cards, sm.sales, sm.marketing);
    if (cmp.agreement !== null) {
      blocks.push({
        type: 'metrics',
        items: [
          { label: 'Agreement between Sales and Marketing', value: `${percent(cmp.agreement, 1)} %` },
          { label: "Cards where both teams' most common column matched", value: `${cmp.sameTopCount} of ${cmp.compared}` },
        ],
      });
      const col = (id: string | null) => config.columns.find((c) => c.id === id)?.text ?? '–';
      const top = (d: Record<string, number> | null) => {
        if (!d) return '–';
        const best = config.columns.reduce((b, c) => ((d[c.id] ?? 0) > (d[b.id] ?? 0) ? c : b), config.columns[0]!);
        return `${col(best.id)} ${percent(d[best.id] ?? 0, 1)} %`;
      };
      blocks.push({
        type: 'ranked',
        title: `Where Sales and Marketing disagree most (${APART_SCALE})`,
        scoreLabel: 'How far apart',
        items: cmp.ranked.slice(0, 10).map((c, i) => ({ rank: i + 1, text: c.text, score: formatApart(c.divergence), detail: `Sales: ${top(c.a)} · Marketing: ${top(c.b)}` })),
      });
      for (const c of cmp.ranked.filter((x) => (x.divergence ?? 0) >= 0.5).slice(0, 3)) {
        blocks.push({ type: 'finding', kind: 'gap', weight: 1 + (c.divergence ?? 0), text: `“${c.text}”: Sales says ${top(c.a)}, Marketing says ${top(c.b)}.` });
      }
    }
  } else if (agg && agg.n > 0) {
    const hidden = teamCounts(agg).filter((t) => t.suppressed && t.team !== 'other');
    blocks.push({
      type: 'paragraph',
      muted: true,
      text: hidden.length > 0 ? 'No Sales/Marketing comparison: a team had fewer answers than the anonymity threshold, so its split stays hidden.' : 'No Sales/Marketing comparison: both teams need answers.',
    });
  }
  // The full card × column matrix and the "depends on" notes come from the card sort's own report.
  if (agg && agg.n > 0) blocks.push({ type: 'paragraph', muted: true, text: `${agg.n} people sorted ${config.cards.length} lead signals.` });
  return [...blocks, ...cardSortReport(input as unknown as ReportInput<never>).filter((b) => b.type === 'matrix' || b.type === 'cards')];
}
