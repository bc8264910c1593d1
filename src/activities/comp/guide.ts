import type { FacilitatorGuide } from '../types';

export const compGuide: FacilitatorGuide = {
  purpose:
    'Most marketers have never seen a commission plan up close. Once they see how a rep’s pay swings from month to month, a lot of “why does sales do that?” answers itself.',
  howToRun: [
    'Before the day, ask sales leadership to check the plan numbers. Round, realistic figures beat the real plan: nobody’s pay is on the screen.',
    'Start with the payout curve. Walk along it from 0 to 200 %: where nothing is paid, where quota sits, where the accelerators start, where the cap stops it.',
    'Switch to the twelve paychecks. Pick “Big deal slips a quarter” and ask a rep to tell the story of a month like April or July.',
    'Show the last-day moment. Ask the room what they would do at 95 % with a discount on the table, then open the first poll.',
    'Run two or three polls. Reveal the split by team and ask each side to explain the other side’s answer.',
    'Close by writing three or four “so what for marketing” points on the board, in the room’s words.',
  ],
  timing: '30–40 minutes: 10 for the curve and the paychecks, 5 for the last-day moment, 15–20 for polls and the takeaways.',
  watchFor: [
    'Reps feeling exposed. Keep it about the plan, never about anyone’s actual pay.',
    'Marketers hearing “greedy”. Steer to “this is what the plan rewards”: behaviour follows the incentive.',
    'Debates about whether the plan is fair. Park them: this session is about understanding, not redesigning the plan.',
    'The takeaways staying abstract. Push for something marketing will do differently, e.g. no campaign launches in the last two weeks of a quarter.',
  ],
};
