import { plural, t } from '@lingui/core/macro';
import type { ReportBlock, ReportInput } from '../report-types';
import { formatOf, teamCounts, teamWord } from '../kit/report';
import { readBuyingMapBoard, type BuyingMapConfig } from './definition';
import { markerKey, parseKey, stageFriction, worstPoints, type BuyingMapTally } from './logic';

/** One swimlane per segment with owners and the hand-off, a friction heatmap per segment (stages × markers, per team), the points to fix. */
export function buyingMapReport(input: ReportInput<BuyingMapConfig, BuyingMapTally>): ReportBlock[] {
  const { config, results, board, i18n } = input;
  const format = formatOf(input);
  const agg = results;
  const b = readBuyingMapBoard(board);
  const blocks: ReportBlock[] = [];
  const visible = (agg?.teams ?? []).filter((t) => !t.suppressed && t.result !== null && t.team !== 'other');
  const teams = teamCounts(agg).filter((t) => t.team !== 'other');
  const answered = Boolean(agg && agg.n > 0);
  // A marker's text mid-sentence: lower case, except in German, whose nouns keep their capital.
  const midSentence = (s: string) => (i18n.locale === 'de' ? s : s.toLocaleLowerCase(format.locale));
  // The heat first (where deals get stuck), then the map itself for reference.
  const lanes: ReportBlock[] = [];
  for (const seg of config.segments) {
    const segment = seg.name;
    lanes.push({
      type: 'swimlane',
      title: seg.name,
      stages: seg.stages.map((s) => ({ name: s.name, owner: s.owner === 'shared' ? 'shared' : s.owner, handoff: s.handoff })),
      lanes: [
        { name: t(i18n)`Buyer’s goal`, cells: seg.stages.map((s) => s.goal) },
        { name: t(i18n)`Touchpoints`, cells: seg.stages.map((s) => s.touchpoints) },
        { name: t(i18n)`Content`, cells: seg.stages.map((s) => s.content) },
        { name: t(i18n)`Typical days`, cells: seg.stages.map((s) => (s.days === null ? '' : format.number(s.days))) },
      ],
    });
    if (!answered) continue;
    const count = (counts: Record<string, number>, m: string, st: string) => counts[markerKey(seg.id, st, m)] ?? 0;
    const grid = (counts: Record<string, number>) => config.markers.map((m) => seg.stages.map((st) => count(counts, m.id, st.id)));
    if (stageFriction(config, agg!.overall, seg.id).every((f) => f.total === 0)) {
      blocks.push({ type: 'paragraph', muted: true, text: t(i18n)`${segment}: nobody placed a friction marker on this journey.` });
      continue;
    }
    blocks.push({
      type: 'heatmap',
      title: t(i18n)`Where deals get stuck: ${segment}`,
      columns: seg.stages.map((s) => ({ name: s.name, owner: s.owner, handoff: s.handoff })),
      rows: config.markers.map((m) => m.text),
      cells: grid(agg!.overall.counts),
      teams: visible.map((t) => ({ team: t.team, cells: grid(t.result!.counts) })),
      teamCounts: teams,
    });
  }
  blocks.push(...lanes);
  if (agg && agg.n > 0) {
    const hidden = teams.filter((t) => t.suppressed);
    if (hidden.length > 0) {
      const names = hidden.map((t) => teamWord(i18n, t.team)).join(` ${t(i18n)`and`} `);
      blocks.push({ type: 'paragraph', text: t(i18n)`Split hidden for ${names}: fewer people than the anonymity threshold.`, muted: true });
    }
    const top = worstPoints(config, agg.overall, 1)[0];
    if (top) {
      const seg = config.segments.find((s) => s.id === top.at.segment)!;
      const marker = midSentence(config.markers.find((m) => m.id === top.at.marker)!.text);
      const stage = seg.stages.find((s) => s.id === top.at.stage)!.name;
      const segment = seg.name;
      const people = top.count;
      blocks.push({
        type: 'finding',
        kind: 'insight',
        weight: 2,
        text: t(i18n)`Worst friction: ${marker}, at ${stage} (${segment}), marked by ${plural(people, { one: '# person', other: '# people' })}.`,
      });
    }
  }
  for (const f of b.focus) {
    const at = parseKey(config, f.key);
    if (!at) continue;
    const seg = config.segments.find((s) => s.id === at.segment)!;
    const stage = seg.stages.find((s) => s.id === at.stage)!.name;
    const segment = seg.name;
    const marker = midSentence(config.markers.find((m) => m.id === at.marker)!.text);
    blocks.push({
      type: 'finding',
      kind: 'decision',
      weight: 3,
      text: t(i18n)`Fix first: ${stage} (${segment}), ${marker}`,
      detail: f.note || undefined,
    });
  }
  return blocks;
}
