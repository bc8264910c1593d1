import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { TeamId } from './teams';

// The three teams' names, once for every screen and file: read in the language of whatever shows them
// (the console's interface language, the projector's or report's workshop language, a phone's own).
// shared/domain's TEAM_LABEL is the English the data and the logs use. Sales = Vertrieb / Ventes / Ventas.
// In both catalogs (the phone's lists this file), so a phone carries each name once.

export const TEAM_NAME: Readonly<Record<TeamId, MessageDescriptor>> = {
  sales: msg`Sales`,
  marketing: msg`Marketing`,
  other: msg`Other`,
};

/** "Vertrieb" for sales in German. */
export const teamName = (i18n: I18n, team: TeamId): string => i18n._(TEAM_NAME[team]);
