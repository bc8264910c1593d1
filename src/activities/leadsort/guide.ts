import type { FacilitatorGuide } from '../types';

export const leadSortGuide: FacilitatorGuide = {
  purpose:
    'Sales and Marketing often use the word “lead” for different things. Sorting the same signals side by side shows exactly where, and gives you the start of a definition both teams sign.',
  howToRun: [
    'Say why: the aim is not to find who is right, it is to see where we differ.',
    'Everyone sorts every card on their own, without talking. “Depends” is a fine answer: ask them to say on what.',
    'Lock the answers, then reveal. Start with the top of “where we disagree most” and ask one person from each team to explain their choice.',
    'Draft the definition from the results in the board, then edit it live with the room until both teams can live with it.',
  ],
  timing: 'About 25 minutes: 8 to sort, 12 to talk through the biggest gaps, 5 to agree the draft.',
  watchFor: [
    'A team defending its column instead of explaining it: ask “what have you seen that makes you say that?”.',
    'Cards that land in “Depends” for both teams: the notes usually name the real rule (company size, seniority, timing).',
    'A small team below the anonymity threshold: the split is hidden on purpose; talk about the overall picture instead.',
  ],
};
