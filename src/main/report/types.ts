import type { Team } from '../../shared/domain';
import type { Naming } from '../../shared/privacy';
import type { Commitment, ReportBlock } from '../../activities/report-types';
import type { ReportSeries } from './series-trends';
import type { Locale } from '../../shared/locale';
import type { ReportWords } from './words';

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
  /** What the detail leaves out, in words ("4 more signals"); the summary points to the section. */
  more: string | null;
  weight: number;
  activity: string;
  /** The activity's number: "see section 6". */
  section: number;
}

/** Something left to settle after the workshop: a blank in a template, a KPI without an owner, a commitment without a date. */
export interface FollowUp {
  text: string;
  /** The activity's number, or null for the commitments chapter. */
  section: number | null;
  where: string;
}

/**
 * Whether an activity ran: 'run' when the room spent at least a minute on it
 * or anyone answered (RUN_RULE); 'skipped' when it was passed over or the
 * workshop ended without it; 'current' while it is on; 'not-yet' still to come.
 */
export type RunState = 'run' | 'skipped' | 'current' | 'not-yet';

export interface ReportCommitment extends Commitment {
  /** "every 2 weeks", "" for one-off. */
  repeatText: string;
  /** "Fri, 11 Dec 2026" or "", in the report's one date style. */
  dueText: string;
  /** "09:30" or "9:30 AM", or "" (all day). */
  timeText: string;
  source: string;
  status: string;
}

export interface ReportActivity {
  number: number;
  title: string;
  kindLabel: string;
  why: string;
  status: 'done' | 'current' | 'not-run';
  state: RunState;
  statusText: string;
  /** One line instead of results: never ran, or ran with nobody answering. Null when there are results. */
  oneLine: string | null;
  /** The section has a template blank ("___") to fill: drawn as a flag, listed under “To follow up”. */
  blanks: boolean;
  plannedMinutes: number;
  actualMinutes: number | null;
  /** The naming in force for this activity, and its label in the report's words ("Team only"). */
  naming: Naming;
  namingLabel: string;
  blocks: ReportBlock[];
}

export interface AppendixTable {
  title: string;
  naming: Naming;
  namingLabel: string;
  note: string;
  /** False when every row answers the same item (e.g. brainstorm cards). */
  showItem: boolean;
  /** Named activities only: one row per answer, with the person and when it was last changed. */
  rows: { who: string; team: Team | ''; item: string; value: string; time: string }[];
  /** Anonymous and team-only activities: how many gave each answer (item → answer → count), never who. */
  counts: { item: string; value: string; count: number; teams: number[] }[];
  /** The teams counted separately in counts (team only, and only where enough of a team answered); none when anonymous. */
  countTeams: Team[];
}

/** The client's branding on the cover and page headers (services/branding.ts brandOf). */
export interface ReportBrandData {
  clientName: string;
  /** '#rrggbb': rules, bars and the cover band always; text only when accentForText. */
  accent: string | null;
  /** The accent is at least 4.5:1 on white. */
  accentForText: boolean;
  /** The file Typst reads (mapped beside data.json by the worker) and its size; the bytes never go into data.json. */
  logo: { file: 'logo.png' | 'logo.svg'; width: number; height: number; base64: string } | null;
}

export interface ReportData {
  version: 1;
  brand: ReportBrandData;
  paper: PaperSize;
  sections: Record<ReportSection, boolean>;
  /** Interim report (workshop not finished) and why. */
  partial: boolean;
  partialText: string;
  /** The workshop's language: Typst's hyphenation and quotes. */
  lang: Locale;
  /** Every fixed word the template prints, in that language (words.ts). */
  words: ReportWords;
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
  /** Which privacy setting was in force, in one or two sentences (cover, activities, appendix). */
  privacy: { namesInExports: boolean; text: string };
  summary: {
    metrics: { label: string; value: string }[];
    /** "6 of 9 activities run; 3 skipped." and the rule that decides it. */
    runText: string;
    runRule: string;
    followUps: FollowUp[];
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
      state: RunState;
      /** "Skipped", "Not run yet", "In progress" or ''. */
      stateText: string;
    }[];
    plannedTotal: number;
    actualTotal: number | null;
    note: string;
  };
  activities: ReportActivity[];
  commitments: ReportCommitment[];
  /** Everything to settle after the workshop, in report order. */
  followUps: FollowUp[];
  /** roster is empty when names are off (rosterNote then says why and counts people per team). */
  appendix: { tables: AppendixTable[]; roster: { name: string; team: Team; role: string }[]; rosterNote: string };
  /** Series trends (#18): "Since last time" and the trends chapter; absent or null for a workshop in no series. */
  series?: ReportSeries | null;
}
