import type { Item } from '../shared-schemas';

// The lead signals a lead-quality sort starts with. Each is something a
// marketer could see in the CRM or the marketing tool; the description says
// what exactly counts, so both teams sort the same thing.

const SIGNALS: [string, string][] = [
  ['Requested a demo', 'Filled in the demo form and asked for a call with someone from sales.'],
  ['Visited the pricing page', 'Came back to pricing more than once in the same week.'],
  ['Downloaded a whitepaper', 'Gave an email address in exchange for a long read.'],
  ['Attended a webinar', 'Was there live, not only registered.'],
  ['Registered for a webinar but did not show', 'Signed up, then missed it and did not watch the recording.'],
  ['Job title is director or above', 'Senior enough to sign, or to push a purchase through.'],
  ['Job title is hands-on user', 'Would use the product every day but does not hold the budget.'],
  ['Company size fits our ideal customer', 'Headcount or revenue in the range we win most often.'],
  ['Industry where we already win', 'We have happy customers in the same industry.'],
  ['Budget is known', 'They told us roughly what they can spend, or when budget is set.'],
  ['Timing is known', 'They told us when they want to decide or go live.'],
  ['We know who decides', 'We have a name for the person who signs.'],
  ['Replied to a sales email', 'Any reply counts, even "not now".'],
  ['Existing customer', 'Already buys something from us, maybe in another team.'],
  ['Uses a competitor today', 'Runs a rival product right now.'],
  ['Competitor contract ends soon', 'Their current contract ends within six months.'],
  ['Opens every newsletter', 'Opened most of our last several newsletters.'],
  ['Signed up with a personal email address', 'Used a free webmail address instead of a work one.'],
  ['Referred by a partner', 'A reseller or consulting partner sent them to us.'],
  ['Referred by a customer', 'One of our customers told them about us.'],
  ['Stopped by our booth at an event', 'Had their badge scanned at a trade show.'],
  ['Clicked a paid ad', 'Came to the site from a search or social ad.'],
  ['Several people from one company engaged', 'Three or more people from the same account showed interest this month.'],
  ['Started a free trial', 'Created a trial account and logged in at least once.'],
  ['Asked how we connect to their tools', 'Asked about integrations, security or data import.'],
  ['Lead score is above our MQL line', 'Our scoring model marked them marketing-qualified.'],
];

export function defaultSignals(): Item[] {
  return SIGNALS.map(([text, description], n) => ({ id: `sig${n + 1}`, text, description }));
}

export const LEAD_COLUMNS: Item[] = [
  { id: 'quality', text: 'Quality lead', description: 'Worth a sales call now' },
  { id: 'not', text: 'Not a signal', description: 'Tells us little on its own' },
  { id: 'depends', text: 'Depends', description: 'Say on what' },
];
