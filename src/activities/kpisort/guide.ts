import type { FacilitatorGuide } from '../types';

export const kpiSortGuide: FacilitatorGuide = {
  purpose:
    'Each team is judged by numbers, and often by numbers the other team moves. Agreeing who owns which number, and which ones are shared, ends the “your leads, my leads” argument.',
  howToRun: [
    'Read the company goal aloud: every number on the table should serve it.',
    'Everyone sorts the KPIs on their own: Marketing owns, Sales owns, or Shared.',
    'Reveal. Start with the numbers where the teams disagree; let each side say why.',
    'In the board, settle an owner for each number, put a name next to it and a target with its unit. Show the table on the projector and read it back.',
  ],
  timing: 'About 25 minutes: 5 to sort, 10 on the disagreements, 10 to fill in owners and targets.',
  watchFor: [
    '“Shared” used to avoid a decision: a shared number still needs one named person who reports on it.',
    'Targets nobody can measure today: write “baseline first” rather than inventing a figure.',
    'Too many KPIs: five that both teams watch beat twelve that nobody reads.',
  ],
};
