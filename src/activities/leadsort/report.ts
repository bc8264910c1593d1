import type { CardSortTally } from '../cardsort/logic';
import { cardSortReport } from '../cardsort/report';
import type { ReportBlock, ReportInput } from '../report-types';
import { divergenceBlock, salesAndMarketing, teamCounts } from '../kit/report';
import { compareTeams } from '../team-divergence';
import type { LeadSortConfig } from './definition';
import { readLeadBoard } from './board';
import { percentOf } from '../kit/numbers';

/** The definition's phrases in order: each paragraph's lead-in, then its list items. */
function phrases(definition: string): { text: string; item: boolean }[] {
  const out: { text: string; item: boolean }[] = [];
  for (const raw of definition.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const item = /^[-•*]\s+(.*)$/.exec(line);
    out.push(item ? { text: item[1]!, item: true } : { text: line, item: false });
  }
  return out;
}

/**
 * The definition for the executive summary: list items run on after their
 * lead-in (“…of these: Budget is known; Timing is known”), whole phrases
 * only, up to about `max` characters. Never cut mid-phrase: what is left out
 * is counted in `more` (“4 more points”), and the summary points to the section.
 */
export function definitionSummary(definition: string, max = 220): { text: string; more: string | null } {
  const all = phrases(definition);
  let text = '';
  let used = 0;
  for (const [i, p] of all.entries()) {
    const joined = !p.item || i === 0 ? (text ? `${/[.:;!?]$/.test(text) ? '' : '.'} ${p.text}` : p.text) : `${/:$/.test(text) ? ' ' : '; '}${p.text}`;
    if (i > 0 && text.length + joined.length > max) break;
    text += joined;
    used = i + 1;
  }
  if (text && !/[.:;!?]$/.test(text)) text += '.';
  const left = all.length - used;
  return { text, more: left > 0 ? `${left} more ${left === 1 ? 'point' : 'points'}` : null };
}

/** The summary's text alone (see definitionSummary). */
export const summaryOf = (definition: string, max = 220): string => definitionSummary(definition, max).text;

/** The outcome first (the draft definition), then where the teams disagree most, then the full matrix. */
export function leadSortReport(input: ReportInput<LeadSortConfig, CardSortTally>): ReportBlock[] {
  const { config, results, board } = input;
  const blocks: ReportBlock[] = [];
  const definition = readLeadBoard(board).definition.trim();
  if (definition) {
    blocks.push({ type: 'callout', title: 'Our shared definition of a quality lead (draft)', text: definition, tone: 'accent' });
    const short = definitionSummary(definition);
    blocks.push({
      type: 'finding',
      kind: 'decision',
      weight: 3,
      text: 'A draft shared definition of a quality lead, to confirm with both teams.',
      detail: short.text,
      ...(short.more ? { more: short.more } : {}),
    });
  } else if (input.status === 'done') {
    blocks.push({ type: 'paragraph', text: 'No shared definition was written down in the session.', muted: true });
    blocks.push({ type: 'followUp', text: 'Write down the shared definition of a quality lead and confirm it with both teams.' });
  }
  const agg = results;
  const sm = salesAndMarketing(agg);
  if (agg && agg.n > 0 && sm) {
    const cmp = compareTeams(config.columns, config.cards, sm.sales, sm.marketing);
    if (cmp.agreement !== null) {
      blocks.push({
        type: 'metrics',
        items: [
          { label: 'Agreement between Sales and Marketing', value: `${percentOf(cmp.agreement, 1)} %` },
          { label: "Cards where both teams' most common column matched", value: `${cmp.sameTopCount} of ${cmp.compared}` },
        ],
      });
      const col = (id: string | null) => config.columns.find((c) => c.id === id)?.text ?? '–';
      const top = (d: Record<string, number> | null) => {
        if (!d) return '–';
        const best = config.columns.reduce((b, c) => ((d[c.id] ?? 0) > (d[b.id] ?? 0) ? c : b), config.columns[0]!);
        return `${col(best.id)} ${percentOf(d[best.id] ?? 0, 1)} %`;
      };
      const chart = divergenceBlock('Where Sales and Marketing disagree most', config.columns, cmp);
      if (chart) blocks.push(chart);
      for (const c of cmp.ranked.filter((x) => (x.divergence ?? 0) >= 0.5).slice(0, 3)) {
        blocks.push({
          type: 'finding',
          kind: 'gap',
          weight: 1 + (c.divergence ?? 0),
          text: `“${c.text}”: Sales says ${top(c.a)}, Marketing says ${top(c.b)}.`,
        });
      }
    }
  } else if (agg && agg.n > 0) {
    const hidden = teamCounts(agg).filter((t) => t.suppressed && t.team !== 'other');
    blocks.push({
      type: 'paragraph',
      muted: true,
      text:
        hidden.length > 0
          ? 'No Sales/Marketing comparison: a team had fewer answers than the anonymity threshold, so its split stays hidden.'
          : 'No Sales/Marketing comparison: both teams need answers.',
    });
  }
  // The full card × column matrix and the "depends on" notes come from the card sort's own report.
  if (agg && agg.n > 0) blocks.push({ type: 'paragraph', muted: true, text: `${agg.n} people sorted ${config.cards.length} lead signals.` });
  return [...blocks, ...cardSortReport(input).filter((b) => b.type === 'matrix' || b.type === 'cards')];
}
