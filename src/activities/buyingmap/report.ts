import type { ReportBlock, ReportInput } from '../report-types';
import { teamCounts } from '../kit/report';
import { readBuyingMapBoard, type BuyingMapConfig } from './definition';
import { markerKey, parseKey, stageFriction, worstPoints, type BuyingMapTally } from './logic';

/** One swimlane per segment with owners and the hand-off, a friction heatmap per segment (stages × markers, per team), the points to fix. */
export function buyingMapReport({ config, results, board }: ReportInput<BuyingMapConfig, BuyingMapTally>): ReportBlock[] {
  const agg = results;
  const b = readBuyingMapBoard(board);
  const blocks: ReportBlock[] = [];
  const visible = (agg?.teams ?? []).filter((t) => !t.suppressed && t.result !== null && t.team !== 'other');
  const teams = teamCounts(agg).filter((t) => t.team !== 'other');
  const answered = Boolean(agg && agg.n > 0);
  // The heat first (where deals get stuck), then the map itself for reference.
  const lanes: ReportBlock[] = [];
  for (const seg of config.segments) {
    lanes.push({
      type: 'swimlane',
      title: seg.name,
      stages: seg.stages.map((s) => ({ name: s.name, owner: s.owner === 'shared' ? 'shared' : s.owner, handoff: s.handoff })),
      lanes: [
        { name: 'Buyer’s goal', cells: seg.stages.map((s) => s.goal) },
        { name: 'Touchpoints', cells: seg.stages.map((s) => s.touchpoints) },
        { name: 'Content', cells: seg.stages.map((s) => s.content) },
        { name: 'Typical days', cells: seg.stages.map((s) => (s.days === null ? '' : String(s.days))) },
      ],
    });
    if (!answered) continue;
    const count = (counts: Record<string, number>, m: string, st: string) => counts[markerKey(seg.id, st, m)] ?? 0;
    const grid = (counts: Record<string, number>) => config.markers.map((m) => seg.stages.map((st) => count(counts, m.id, st.id)));
    if (stageFriction(config, agg!.overall, seg.id).every((f) => f.total === 0)) {
      blocks.push({ type: 'paragraph', muted: true, text: `${seg.name}: nobody placed a friction marker on this journey.` });
      continue;
    }
    blocks.push({
      type: 'heatmap',
      title: `Where deals get stuck: ${seg.name}`,
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
    if (hidden.length > 0)
      blocks.push({
        type: 'paragraph',
        text: `Split hidden for ${hidden.map((t) => (t.team === 'sales' ? 'Sales' : 'Marketing')).join(' and ')}: fewer people than the anonymity threshold.`,
        muted: true,
      });
    const top = worstPoints(config, agg.overall, 1)[0];
    if (top) {
      const seg = config.segments.find((s) => s.id === top.at.segment)!;
      blocks.push({
        type: 'finding',
        kind: 'insight',
        weight: 2,
        text: `Worst friction: ${config.markers.find((m) => m.id === top.at.marker)!.text.toLowerCase()}, at ${seg.stages.find((s) => s.id === top.at.stage)!.name} (${seg.name}), marked by ${top.count} people.`,
      });
    }
  }
  for (const f of b.focus) {
    const at = parseKey(config, f.key);
    if (!at) continue;
    const seg = config.segments.find((s) => s.id === at.segment)!;
    blocks.push({
      type: 'finding',
      kind: 'decision',
      weight: 3,
      text: `Fix first: ${seg.stages.find((s) => s.id === at.stage)!.name} (${seg.name}), ${config.markers.find((m) => m.id === at.marker)!.text.toLowerCase()}`,
      detail: f.note || undefined,
    });
  }
  return blocks;
}
