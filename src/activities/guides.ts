import type { FacilitatorGuide } from './types';

// Facilitator guides for the general-purpose kinds. The alignment exercises
// keep theirs next to their definition.

export const GUIDES = {
  slide: {
    purpose: 'Set the scene or explain one idea, so everyone starts the next exercise knowing why it matters.',
    howToRun: ['Say the one sentence that matters first; the points on screen are reminders, not a script.', 'Invite one question, then move on.'],
    timing: '3–10 minutes. Longer than that and people stop listening.',
    watchFor: ['Reading the slide aloud word for word.', 'A talk turning into a debate: park it for the exercise it belongs to.'],
  },
  brainstorm: {
    purpose: 'Get every voice into the room, including the quiet ones, before anyone argues for a favourite.',
    howToRun: [
      'Read the question aloud and give a concrete example answer.',
      'Everyone writes alone, one idea per card, for a few minutes.',
      'Group the cards into themes on the board while they write; name the themes in the room’s words.',
      'Reveal and read the themes back. Ask what surprised people.',
    ],
    timing: '10–20 minutes: 5 to write, the rest to group and talk.',
    watchFor: [
      'Cards that are really two ideas: split them.',
      'One loud theme hiding a small but important one.',
      'Team marks on tiny groups: they hide themselves below the anonymity threshold.',
    ],
  },
  dotvote: {
    purpose: 'Turn a long list into a short one quickly, and see whether Sales and Marketing would start in the same place.',
    howToRun: [
      'Read the options aloud so everyone means the same thing by each.',
      'Everyone spends their dots alone; no campaigning while voting.',
      'Reveal, then look at where the teams’ dots differ before you pick.',
    ],
    timing: '5–10 minutes.',
    watchFor: ['A vote nobody acts on: say before voting what the result will decide.', 'Near ties: talk them through instead of letting one dot decide.'],
  },
  cardsort: {
    purpose: 'See how each person files the same things, and where the two teams file them differently: that difference is the finding.',
    howToRun: [
      'Explain the columns with one example card.',
      'Everyone sorts alone, without talking.',
      'Reveal and start with the cards where the teams split most.',
    ],
    timing: '15–25 minutes: 5–8 to sort, the rest to discuss the splits.',
    watchFor: [
      'Arguing about wording instead of meaning: agree what a card means, then re-sort if needed.',
      'Skipping the cards everyone agreed on: they are worth writing down too.',
    ],
  },
  ranking: {
    purpose: 'Force a choice about what comes first, and compare the order Sales and Marketing would choose.',
    howToRun: [
      'Say what the ranking is for, e.g. “what we start measuring first”.',
      'Everyone puts the options in order alone.',
      'Reveal the room’s order, then the teams’ orders side by side.',
    ],
    timing: '10 minutes.',
    watchFor: ['A ranking treated as final: it is the start of a conversation.', 'Options that overlap: merge them before the vote, not after.'],
  },
  break: {
    purpose: 'Rest, and the hallway conversations where a lot of real alignment happens.',
    howToRun: ['Say the time you start again, and start on time.', 'Nudge people to sit with someone from the other team afterwards.'],
    timing: '10–15 minutes; 45–60 for lunch.',
    watchFor: ['Breaks that shrink when you run late: shorten an exercise instead.'],
  },
} satisfies Record<string, FacilitatorGuide>;
