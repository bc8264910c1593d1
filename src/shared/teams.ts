// The teams, their names and marks, without zod: the phone's first screen (the list of
// names) needs these and nothing else from the domain model, so it does not load a validator.

export const TEAMS = ['sales', 'marketing', 'other'] as const;
export type TeamId = (typeof TEAMS)[number];
export const TEAM_LABEL: Record<TeamId, string> = { sales: 'Sales', marketing: 'Marketing', other: 'Other' };
/** Colour is never the only signal: every team also has a shape. */
export const TEAM_MARK: Record<TeamId, string> = { sales: '◆', marketing: '●', other: '▲' };
