import type { I18n } from '@lingui/core';
import { t } from '@lingui/core/macro';
import type { Naming } from '../../shared/privacy';
import type { Activity } from '../../shared/domain';
import type { ActivityDefinition } from '../../activities/types';
import type { Aggregate } from '../../activities/aggregate';
import type { ReportBlock, ReportFormat } from '../../activities/report-types';
import { blankLines } from './follow-up';
import { namingWord } from './appendix';
import { kindWord } from '../../activities/kind-words';
import { oneLineOf, stateText, type RunFacts } from './run-state';
import type { ReportActivity, RunState } from './types';

// One activity's section: the engine's blocks, or one line saying it did not
// run or that nobody answered (never an empty table).

export interface SectionInput {
  number: number;
  activity: Activity;
  def: ActivityDefinition | undefined;
  results: Aggregate | null;
  naming: Naming;
  threshold: number;
  board: unknown;
  nameOf(id: string): string | null;
  facts: RunFacts;
  state: RunState;
  format: ReportFormat;
  i18n: I18n;
}

/** Blocks that only matter with results: without them a section has nothing to show. */
const quiet = (b: ReportBlock) => b.type === 'followUp' || (b.type === 'paragraph' && b.muted === true);

export function buildSection(s: SectionInput): ReportActivity | null {
  const { activity, def, results, state, facts, i18n } = s;
  // A break has no section of its own: the agenda shows it, and whether it was skipped.
  if (activity.kind === 'break') return null;
  let blocks: ReportBlock[] = [];
  if (state !== 'skipped') {
    try {
      blocks =
        def?.report?.({
          title: activity.title,
          config: activity.config,
          results,
          threshold: s.threshold,
          board: s.board ?? def.board?.initial() ?? null,
          nameOf: s.nameOf,
          status: state === 'current' ? 'current' : state === 'run' ? 'done' : 'not-run',
          format: s.format,
          i18n,
        }) ?? [];
    } catch (error) {
      console.error(`[report] ${activity.kind} report failed:`, error);
      blocks = [{ type: 'callout', tone: 'warning', text: t(i18n)`This activity’s results could not be summarised. The raw answers are in the appendix.` }];
    }
    if (!def?.report && def?.interactive) {
      const answers = facts.answers;
      blocks = answers > 0 ? [{ type: 'paragraph', muted: true, text: t(i18n)`${answers} answers. The raw answers are in the appendix.` }] : [];
    }
  }
  const hasOutcome = blocks.some((b) => !quiet(b));
  const oneLine = oneLineOf(i18n, state, facts, def?.interactive ?? false, hasOutcome);
  // Nothing to show but the prompt and a "nobody answered yet": the one line says it.
  if (oneLine !== null && !hasOutcome) blocks = blocks.filter((b) => b.type === 'followUp');
  if (blocks.length === 0 && oneLine === null) return null;
  return {
    number: s.number,
    title: activity.title,
    kindLabel: kindWord(i18n, activity.kind, def),
    why: def?.description ?? '',
    status: state === 'current' ? 'current' : state === 'run' ? 'done' : 'not-run',
    state,
    statusText: stateText(i18n, state),
    oneLine,
    blanks: blankLines(blocks).length > 0,
    plannedMinutes: activity.minutes,
    actualMinutes: facts.visited ? facts.actualMinutes : null,
    naming: s.naming,
    // Only where people answer: a slide or a break has no answers to name.
    namingLabel: def?.responses ? namingWord(i18n, s.naming) : '',
    blocks,
  };
}
