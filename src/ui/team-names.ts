import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import type { TeamId } from '../shared/teams';

/** The three teams' names in the app's screens, in the language around them (read with `i18n._`). */
export const TEAM_NAME: Readonly<Record<TeamId, MessageDescriptor>> = {
  sales: msg`Sales`,
  marketing: msg`Marketing`,
  other: msg`Other`,
};
