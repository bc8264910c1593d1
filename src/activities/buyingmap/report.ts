import type { Aggregate } from '../aggregate';
import type { ReportBlock, ReportInput } from '../report-types';
import { teamCounts } from '../report-kit';
import { readBuyingMapBoard, type BuyingMapConfig } from './definition';
import { parseKey, stageFriction, worstPoints, type BuyingMapTally } from './logic';

/** One swimlane per segment with owners, the hand-off and friction; the points to fix. */
export function buyingMapReport({ config, results, board }: ReportInput<BuyingMapConfig>): ReportBlock[] {
  const agg = results as Aggregate<BuyingMapTally> | null;
  const b = readBuyingMapBoard(board);
  const blocks: ReportBlock[] = [];
  const visible = (agg?.teams ?? []).filter((t) => !t.suppressed && t.result !== null && t.team !== 'other');
  for (const seg of config.segments) {
    const friction = stageFriction(config, agg?.overall ?? null, seg.id);
    blocks.push({
      type: 'swimlane',
      title: seg.name,
      stages: seg.stages.map((s, i) => {
        const f = friction[i]!;
        const parts = config.markers
          .filter((m) => f.byMarker[m.id]! > 0)
          .map((m) => {
            const teams = visible.map((t) => `${t.team === 'sales' ? 'S' : 'M'} ${t.result!.counts[`${seg.id}.${s.id}.${m.id}`] ?? 0}`).join(', ');
            return `${m.text}: ${f.byMarker[m.id]}${teams ? ` (${teams})` : ''}`;
          });
        return { name: s.name, owner: s.owner === 'shared' ? 'shared' : s.owner, handoff: s.handoff, friction: parts.length > 0 ? parts.join('; ') : null };
      }),
      lanes: [
        { name: 'Buyer’s goal', cells: seg.stages.map((s) => s.goal) },
        { name: 'Touchpoints', cells: seg.stages.map((s) => s.touchpoints) },
        { name: 'Content', cells: seg.stages.map((s) => s.content) },
        { name: 'Typical days', cells: seg.stages.map((s) => (s.days === null ? '' : String(s.days))) },
      ],
    });
  }
  if (agg && agg.n > 0) {
    const teams = teamCounts(agg).filter((t) => t.team !== 'other');
    const hidden = teams.filter((t) => t.suppressed);
    blocks.push({
      type: 'table',
      title: 'Friction markers per stage (people; Sales and Marketing where shown)',
      columns: ['Segment', 'Stage', 'Marker', 'All', ...visible.map((t) => (t.team === 'sales' ? 'Sales' : 'Marketing'))],
      align: ['left', 'left', 'left', 'right', ...visible.map(() => 'right' as const)],
      rows: worstPoints(config, agg.overall, 50).map((w) => {
        const seg = config.segments.find((s) => s.id === w.at.segment)!;
        return [seg.name, seg.stages.find((s) => s.id === w.at.stage)!.name, config.markers.find((m) => m.id === w.at.marker)!.text, String(w.count), ...visible.map((t) => String(t.result!.counts[w.key] ?? 0))];
      }),
    });
    if (hidden.length > 0) blocks.push({ type: 'paragraph', text: `Split hidden for ${hidden.map((t) => (t.team === 'sales' ? 'Sales' : 'Marketing')).join(' and ')}: fewer people than the anonymity threshold.`, muted: true });
    const top = worstPoints(config, agg.overall, 1)[0];
    if (top) {
      const seg = config.segments.find((s) => s.id === top.at.segment)!;
      blocks.push({ type: 'finding', kind: 'insight', weight: 2, text: `Worst friction: ${config.markers.find((m) => m.id === top.at.marker)!.text.toLowerCase()}, at ${seg.stages.find((s) => s.id === top.at.stage)!.name} (${seg.name}), marked by ${top.count} people.` });
    }
  }
  for (const f of b.focus) {
    const at = parseKey(config, f.key);
    if (!at) continue;
    const seg = config.segments.find((s) => s.id === at.segment)!;
    blocks.push({ type: 'finding', kind: 'decision', weight: 3, text: `Fix first: ${seg.stages.find((s) => s.id === at.stage)!.name} (${seg.name}), ${config.markers.find((m) => m.id === at.marker)!.text.toLowerCase()}`, detail: f.note || undefined });
  }
  return blocks;
}
