import type { CardSortTally } from '../cardsort/logic';
import { cardSortReport } from '../cardsort/report';
import type { ReportBlock, ReportInput } from '../report-types';
import type { I18n } from '@lingui/core';
import { plural, t } from '@lingui/core/macro';
import { divergenceBlock, formatOf, salesAndMarketing, teamCounts } from '../kit/report';
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
export function definitionSummary(definition: string, max = 220, i18n?: I18n): { text: string; more: string | null } {
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
  const more = i18n ? t(i18n)`${plural(left, { one: '# more point', other: '# more points' })}` : `${left} more ${left === 1 ? 'point' : 'points'}`;
  return { text, more: left > 0 ? more : null };
}

/** The summary's text alone (see definitionSummary). */
export const summaryOf = (definition: string, max = 220): string => definitionSummary(definition, max).text;

/** The outcome first (the draft definition), then where the teams disagree most, then the full matrix. */
export function leadSortReport(input: ReportInput<LeadSortConfig, CardSortTally>): ReportBlock[] {
  const { config, results, board, i18n } = input;
  const format = formatOf(input);
  const blocks: ReportBlock[] = [];
  const definition = readLeadBoard(board).definition.trim();
  if (definition) {
    blocks.push({ type: 'callout', title: t(i18n)`Our shared definition of a quality lead (draft)`, text: definition, tone: 'accent' });
    const short = definitionSummary(definition, 220, i18n);
    blocks.push({
      type: 'finding',
      kind: 'decision',
      weight: 3,
      text: t(i18n)`A draft shared definition of a quality lead, to confirm with both teams.`,
      detail: short.text,
      ...(short.more ? { more: short.more } : {}),
    });
  } else if (input.status === 'done') {
    blocks.push({ type: 'paragraph', text: t(i18n)`No shared definition was written down in the session.`, muted: true });
    blocks.push({ type: 'followUp', text: t(i18n)`Write down the shared definition of a quality lead and confirm it with both teams.` });
  }
  const agg = results;
  const sm = salesAndMarketing(agg);
  if (agg && agg.n > 0 && sm) {
    const cmp = compareTeams(config.columns, config.cards, sm.sales, sm.marketing);
    if (cmp.agreement !== null) {
      const same = cmp.sameTopCount;
      const compared = cmp.compared;
      blocks.push({
        type: 'metrics',
        items: [
          { label: t(i18n)`Agreement between Sales and Marketing`, value: format.percent(percentOf(cmp.agreement, 1)) },
          { label: t(i18n)`Cards where both teams' most common column matched`, value: t(i18n)`${same} of ${compared}` },
        ],
      });
      const col = (id: string | null) => config.columns.find((c) => c.id === id)?.text ?? '–';
      const top = (d: Record<string, number> | null) => {
        if (!d) return '–';
        const best = config.columns.reduce((b, c) => ((d[c.id] ?? 0) > (d[b.id] ?? 0) ? c : b), config.columns[0]!);
        return `${col(best.id)} ${format.percent(percentOf(d[best.id] ?? 0, 1))}`;
      };
      const chart = divergenceBlock(i18n, t(i18n)`Where Sales and Marketing disagree most`, config.columns, cmp);
      if (chart) blocks.push(chart);
      for (const c of cmp.ranked.filter((x) => (x.divergence ?? 0) >= 0.5).slice(0, 3)) {
        const card = c.text;
        const salesTop = top(c.a);
        const marketingTop = top(c.b);
        blocks.push({
          type: 'finding',
          kind: 'gap',
          weight: 1 + (c.divergence ?? 0),
          text: t(i18n)`“${card}”: Sales says ${salesTop}, Marketing says ${marketingTop}.`,
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
          ? t(i18n)`No Sales/Marketing comparison: a team had fewer answers than the anonymity threshold, so its split stays hidden.`
          : t(i18n)`No Sales/Marketing comparison: both teams need answers.`,
    });
  }
  // The full card × column matrix and the "depends on" notes come from the card sort's own report.
  if (agg && agg.n > 0) {
    const people = agg.n;
    const signals = config.cards.length;
    blocks.push({ type: 'paragraph', muted: true, text: t(i18n)`${people} people sorted ${signals} lead signals.` });
  }
  return [...blocks, ...cardSortReport(input).filter((b) => b.type === 'matrix' || b.type === 'cards')];
}
