import type { FacilitatorGuide } from '../types';

export const messagingGuide: FacilitatorGuide = {
  purpose:
    'Bring a salesperson into marketing’s work: both teams write the words they would use with one kind of buyer, starting from what earlier workshops heard, and see which messages both teams would put their name to.',
  howToRun: [
    'Before the session, bring in the pains and friction points from earlier workshops of the series; keep the five or six that matter for this segment.',
    'Read the segment and the starting points aloud. Ask for one message per idea, short enough for a subject line.',
    'Everyone writes on their phone for five minutes, alone.',
    'Open the vote. People vote for the messages they would use themselves, their own included.',
    'Show the results: start with the messages both teams chose, then talk about the ones only one team liked.',
  ],
  timing: '20–30 minutes: 5 to write, 3 to vote, the rest to talk.',
  watchFor: [
    'Messages that describe the product instead of the buyer’s problem: point back at the starting points.',
    'A message only Sales voted for is often the one customers actually hear; ask marketing why it did not land with them.',
    'Small teams: their split is hidden below the anonymity threshold, so the totals still count them.',
  ],
};
