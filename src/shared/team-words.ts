import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { TeamId } from './teams';

// The three teams' names in the app catalog (the room server's first screen, the exports, in-room pages), in the
// workshop's language: `teamName(i18nFor(workshop.language), team)`.

export const TEAM_WORDS: Readonly<Record<TeamId, MessageDescriptor>> = {
  sales: msg`Sales`,
  marketing: msg`Marketing`,
  other: msg`Other`,
};

export const teamName = (i18n: I18n, team: TeamId): string => i18n._(TEAM_WORDS[team]);
