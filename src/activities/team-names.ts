import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { Team } from '../shared/domain';

// The teams' names as the room reads them, in the room's language (shared/domain's TEAM_LABEL is the
// English the data and the logs use). Sales = Vertrieb / Ventes / Ventas; Marketing stays Marketing.

export const TEAM_NAME: Readonly<Record<Team, MessageDescriptor>> = {
  sales: msg`Sales`,
  marketing: msg`Marketing`,
  other: msg`Other`,
};

export const teamName = (i18n: I18n, team: Team): string => i18n._(TEAM_NAME[team]);
