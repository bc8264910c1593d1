import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { Owner } from './definition';

// Who owns a KPI, in the screen's language (definition.ts's OWNER_LABEL is the English the defaults are written in).

const OWNER_WORDS: Readonly<Record<Owner, MessageDescriptor>> = { marketing: msg`Marketing owns`, sales: msg`Sales owns`, shared: msg`Shared` };

export const ownerLabel = (i18n: I18n, owner: Owner): string => i18n._(OWNER_WORDS[owner]);
