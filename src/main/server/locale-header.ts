import type { IncomingMessage } from 'node:http';
import { LOCALE_HEADER } from '../../shared/api/wire';
import { requestLocale, type Locale } from '../../shared/locale';

/** The interface language a browser-mode POST asks its answer in (LOCALE_HEADER; English when absent or unknown). */
export const localeHeader = (req: IncomingMessage): Locale => requestLocale(req.headers[LOCALE_HEADER]);
