import type { Team } from '../../shared/domain';
import type { Commitment, ReportBlock } from '../../activities/report-types';

// The JSON the Typst template reads (data.json). Everything is already in
// words: the template only lays it out.

import type { PaperSize, ReportSection } from '../../shared/export';
export { REPORT_SECTIONS, PAPER_SIZES, type PaperSize, type ReportSection } from '../../shared/export';

export interface ReportOptions {
  paper: PaperSize;
  sections: readonly ReportSection[];
}

export interface ReportFinding {
  kind: 'decision' | 'gap' | 'insight';
  text: string;
  detail: string | null;
  weight: number;
  activity: string;
}

export interface ReportCommitment extends Commitment {
  /** "every 2 weeks", "" for one-off. */
  repeatText: string;
  /** "Fri 11 Dec 2026" or "". */
  dueText: string;
  source: string;
  status: string;
}

export interface ReportActivity {
  number: number;
  title: string;
  kindLabel: string;
  why: string;
  status: 'done' | 'current' | 'not-run';
  statusText: string;
  plannedMinutes: number;
  actualMinutes: number | null;
  anonymous: boolean;
  blocks: ReportBlock[];
}

export interface AppendixTable {
  title: string;
  anonymous: boolean;
  note: string;
  /** False when every row answers the same item (e.g. brainstorm cards). */
  showItem: boolean;
  /** who is '' for anonymous activities; team '' when hidden; time '' for anonymous activities. */
  rows: { who: string; team: Team | ''; item: string; value: string; time: string }[];
}

export interface ReportData {
  version: 1;
  paper: PaperSize;
  sections: Record<ReportSection, boolean>;
  /** Interim report (workshop not finished) and why. */
  partial: boolean;
  partialText: string;
  generated: string;
  workshop: {
    title: string;
    goal: string;
    dateText: string;
    timeText: string;
    location: string;
    facilitator: string;
    threshold: number;
  };
  teams: { team: Team; label: string; count: number }[];
  participantCount: number;
  anonymityNote: string;
  summary: {
    metrics: { label: string; value: string }[];
    decisions: ReportFinding[];
    gaps: ReportFinding[];
    insights: ReportFinding[];
    commitments: ReportCommitment[];
  };
  agenda: {
    rows: {
      number: number;
      title: string;
      kindLabel: string;
      start: string;
      planned: number;
      actual: number | null;
      status: ReportActivity['status'];
    }[];
    plannedTotal: number;
    actualTotal: number | null;
    note: string;
  };
  activities: ReportActivity[];
  commitments: ReportCommitment[];
  appendix: { tables: AppendixTable[]; roster: { name: string; team: Team; role: string }[] };
}
