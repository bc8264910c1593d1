import type { I18n } from '@lingui/core';
import type { Team } from '../shared/domain';
import type { Aggregate } from './aggregate';

// What an activity engine contributes to the PDF report: a list of blocks.
// Pure data (JSON-serialisable); the Typst template in src/main/report draws
// every block type, so an engine never deals with layout, fonts or colours.
//
// Anonymity: an engine gets results only through `aggregate` (per-team
// results are null when suppressed) and names only through `nameOf`, which
// must not be called for anonymous output. Say "suppressed" where a split
// would be: a `teams` entry with suppressed: true does that in every chart.

/** Who responded per team, shown as "Sales n=6 · Marketing n=5" next to every split. */
export interface TeamCount {
  team: Team;
  n: number;
  /** Below the anonymity threshold: the template says so instead of drawing it. */
  suppressed: boolean;
}

/** Per-team values of one bar or row; a suppressed or absent team is left out (or null). */
export type TeamValues = Partial<Record<Team, number | null>>;

/** Small inline emphasis, e.g. a chart's colour or a stage owner. */
export type Tone = 'accent' | 'muted' | Team;

/** One team's split of a card over the columns, in percent per column (same order as the block's columns); null when it placed none. */
export interface TeamSplit {
  n: number;
  shares: number[] | null;
}

/**
 * The report's one style for dates and numbers, from the workshop's locale
 * (Intl). Engines write dates and large numbers only through it, so the PDF
 * never shows "2026-12-15" next to "Tue, 15 Dec 2026".
 */
export interface ReportFormat {
  locale: string;
  /** "Tue, 15 Dec 2026" (en-GB), "Tue, Dec 15, 2026" (en-US); '' for none. */
  date(iso: string | null | undefined): string;
  /** A clock time "09:30" in the locale's style ("09:30", "9:30 AM"). */
  time(clock: string | null | undefined): string;
  /** 12,500 or 12,500.5: the locale's grouping and decimal mark. */
  number(n: number, digits?: number): string;
  /** A whole percentage (0–100) in the locale's style: "42 %" (the report's English), "42 %" (de, fr, es). */
  percent(n: number): string;
}

export type ReportBlock =
  /** A subheading inside the activity's section (the section title is added for you). */
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; text: string; muted?: boolean }
  | { type: 'bullets'; items: string[]; ordered?: boolean }
  /** A boxed text: a draft definition, an agreement, a caveat. Lines starting with "- " print as a list; "___" prints as a blank to fill. */
  | { type: 'callout'; title?: string; text: string; tone?: 'accent' | 'muted' | 'warning' }
  /** A term and its definition (e.g. "Quality lead: ..."). */
  | { type: 'definition'; term: string; text: string }
  /** A row of big numbers: "38 cards", "9 of 10 answered". */
  | { type: 'metrics'; items: { label: string; value: string }[] }
  /** Two-column label/value table. */
  | { type: 'keyValue'; title?: string; rows: { key: string; value: string }[] }
  /** A plain table; the header repeats on every page. align per column, default left. */
  | {
      type: 'table';
      title?: string;
      columns: string[];
      rows: string[][];
      align?: ('left' | 'right' | 'center')[];
      /** Relative column widths, e.g. [3, 1, 1]; default: equal. */
      widths?: number[];
      /** The last row is a total ("Year"): drawn bold under a rule. */
      totalRow?: boolean;
    }
  /**
   * Horizontal bars with their value written next to them. With `teams`,
   * each bar also gets one thin bar per (not suppressed) team from `byTeam`,
   * drawn in the team's colour with its shape; values are shares in percent
   * when `teamsAsPercent` (compare teams of different sizes), else raw.
   */
  | {
      type: 'barChart';
      title?: string;
      /** Word after the value, e.g. "dots", "points" (in the workshop's language). */
      unit: string;
      /** The word after a value of 1 ("dot"); absent: the template makes it from `unit`, the English way. */
      unitOne?: string;
      bars: { label: string; value: number; byTeam?: TeamValues; note?: string }[];
      teams?: TeamCount[];
      teamsAsPercent?: boolean;
    }
  /**
   * Rows × columns with a count and percent per cell (e.g. card sort: cards ×
   * columns). The strongest cell of each row is highlighted. Optional
   * per-team percents per row for the split (same suppression rules).
   */
  | {
      type: 'matrix';
      title?: string;
      columns: string[];
      rows: {
        label: string;
        /** Count per column, same order as columns. */
        counts: number[];
        /** Denominator of the row's percentages. */
        total: number;
        /** Optional marker text after the label, e.g. "split" or "Sales and Marketing disagree". */
        flag?: string;
        /** Per team: percent per column (null when suppressed / nobody). */
        byTeam?: Partial<Record<Team, (number | null)[] | null>>;
      }[];
      teams?: TeamCount[];
    }
  /** An ordered list with a score, e.g. a ranking or a divergence ranking. */
  | {
      type: 'ranked';
      title?: string;
      /** Header of the score column, e.g. "Borda points" or "Gap". */
      scoreLabel?: string;
      items: { rank: number; text: string; score?: string; detail?: string; tone?: Tone }[];
    }
  /** Cards grouped under headings (brainstorm clusters, persona fields...). */
  | {
      type: 'cards';
      title?: string;
      groups: {
        title: string;
        /** team: shows the team's shape (null: no team shown). author only for non-anonymous output. */
        cards: { text: string; team?: Team | null; author?: string | null }[];
      }[];
    }
  /**
   * A swimlane: stages left to right, one lane per row (e.g. Sales, Marketing,
   * Buyer). cells[laneIndex][stageIndex] is the text in that lane at that stage.
   * Hand-offs and friction are marked per stage.
   */
  | {
      type: 'swimlane';
      title?: string;
      stages: { name: string; owner?: Team | 'shared' | null; handoff?: boolean; friction?: string | null }[];
      lanes: { name: string; team?: Team | null; cells: string[] }[];
    }
  /**
   * Line chart for curves (e.g. pay vs quota attainment); x and y in their own
   * units. Points are joined in order, so two points at the same x draw a
   * vertical jump. A point with a label gets a dot and its label (a breakpoint).
   */
  | {
      type: 'lineChart';
      title?: string;
      xLabel: string;
      yLabel: string;
      /** Formats for axis ticks: e.g. x '%', y '$'. */
      xUnit?: string;
      yUnit?: string;
      series: { name: string; tone?: Tone; points: { x: number; y: number; label?: string }[] }[];
      /** Vertical reference lines, e.g. quota at 100 %. */
      markers?: { x: number; label: string }[];
    }
  /**
   * Per card, how far apart Sales and Marketing put it (0 = the same split,
   * 100 = no overlap), drawn as a bar with its number, and each team's split
   * over the columns as a stacked bar labelled with the team's name and shape.
   * Biggest first. `more` says what was left out ("14 more cards, closer than 20 of 100").
   */
  | {
      type: 'divergence';
      title?: string;
      columns: string[];
      items: { text: string; apart: number; sales: TeamSplit; marketing: TeamSplit }[];
      more?: string;
    }
  /**
   * A heat grid, e.g. friction markers (rows) × buying stages (columns): each
   * cell's shade and number is how many people marked it, with each shown
   * team's count in the cell. Columns may carry an owner and a hand-off.
   */
  | {
      type: 'heatmap';
      title?: string;
      columns: { name: string; owner?: Team | 'shared' | null; handoff?: boolean }[];
      rows: string[];
      /** cells[row][column]: people overall. */
      cells: number[][];
      /** Per shown (not suppressed) team, the same grid. */
      teams?: { team: Team; cells: number[][] }[];
      teamCounts?: TeamCount[];
    }
  /** Who owns what (e.g. KPIs): the owner with its team's shape and word; an owner not decided is flagged. */
  | {
      type: 'ownerTable';
      title?: string;
      /** Headers: item, owner, who, target. */
      columns: [string, string, string, string];
      rows: { item: string; owner: Team | 'shared' | null; ownerText: string; who: string; target: string }[];
    }
  /**
   * A finding for the executive summary, also shown in the section as a callout.
   * decision = what the room agreed; gap = where Sales and Marketing differ.
   * weight orders findings across the report (bigger first). `more` names what
   * the detail leaves out ("4 more signals"): the summary points to the section for it.
   */
  | { type: 'finding'; kind: 'decision' | 'gap' | 'insight'; text: string; detail?: string; weight?: number; more?: string }
  /** Something to settle after the workshop ("Decide who owns Pipeline"): not drawn in place, listed under “To follow up” with its section. */
  | { type: 'followUp'; text: string }
  /**
   * Commitments with owners and dates. Collected into the executive summary,
   * the commitments chapter and the calendar (.ics) export.
   */
  | { type: 'commitments'; items: Commitment[] };

export interface Commitment {
  text: string;
  /** A person or team, in words. */
  owner: string;
  /** First or only date, ISO yyyy-mm-dd. */
  due: string | null;
  kind?: 'meeting' | 'shadowing' | 'report' | 'action';
  /** Repeats, for meetings and shadowing days (the .ics gets an RRULE). */
  repeat?: { every: number; unit: 'day' | 'week' | 'month'; times?: number } | null;
  /** Local clock time "09:30" and length for meetings; omitted: an all-day event. */
  time?: string | null;
  minutes?: number | null;
}

/** What the report gives an engine's `report` hook. */
export interface ReportInput<Config = unknown, Tally = unknown> {
  title: string;
  config: Config;
  /** Overall and per-team results (null for kinds without responses). */
  results: Aggregate<Tally> | null;
  /** The workshop's anonymity threshold (people per team). */
  threshold: number;
  /** The facilitator's board state (e.g. brainstorm clusters), or null. */
  board: unknown;
  /** Name of a participant for non-anonymous output; never use it in anonymous output. */
  nameOf(participantId: string): string | null;
  /** 'not-run': planned but not reached yet (a partial report shows the plan only). */
  status: 'done' | 'current' | 'not-run';
  /** Dates and numbers in the report's one style; absent: en-GB (see kit/report.ts formatOf). */
  format?: ReportFormat;
  /** The workshop's language (src/main/i18n.ts i18nFor): every fixed word an engine writes goes through it. */
  i18n: I18n;
}

/** One raw answer in words, for the appendix and the CSV. */
export interface ResponseText {
  /** What was answered, e.g. the card or option text. */
  item: string;
  /** The answer, e.g. "Quality lead", "2 dots", "1. Demo requested, 2. ...". */
  value: string;
}
