import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import type { TeamId } from './client';

/** The three teams' names on the phone, in the phone's language (read with `i18n._`). */
export const TEAM_LABEL: Readonly<Record<TeamId, MessageDescriptor>> = {
  sales: msg`Sales`,
  marketing: msg`Marketing`,
  other: msg`Other`,
};
