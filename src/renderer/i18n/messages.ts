import { msg } from '@lingui/core/macro';

// Words the language settings themselves use (the interface-language switcher, the workshop's language field).

export const LANGUAGE = msg`Language`;
export const INTERFACE_LANGUAGE = msg`Interface language`;
export const WORKSHOP_LANGUAGE = msg`Workshop language`;
