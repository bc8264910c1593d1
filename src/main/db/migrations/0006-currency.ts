import type { Migration } from './types';

// Shipped. Never edit: add a new numbered migration instead.
// A currency per workshop (ISO 4217 code, checked by the app's schema). Workshops
// saved before it take the currency their sales-compensation activity was written
// in (it stored a symbol such as "€"), else US dollars.
export const migration0006: Migration = {
  version: 6,
  name: 'currency',
  up: `
    ALTER TABLE workshops ADD COLUMN currency TEXT NOT NULL DEFAULT 'USD';
    UPDATE workshops SET currency = coalesce((
      SELECT CASE upper(trim(json_extract(a.config, '$.currency')))
        WHEN '€' THEN 'EUR' WHEN 'EUR' THEN 'EUR'
        WHEN '£' THEN 'GBP' WHEN 'GBP' THEN 'GBP'
        WHEN 'CHF' THEN 'CHF' WHEN 'FR.' THEN 'CHF'
        WHEN 'C$' THEN 'CAD' WHEN 'CA$' THEN 'CAD' WHEN 'CAD' THEN 'CAD'
        WHEN 'A$' THEN 'AUD' WHEN 'AU$' THEN 'AUD' WHEN 'AUD' THEN 'AUD'
        WHEN 'NZ$' THEN 'NZD' WHEN '¥' THEN 'JPY' WHEN '₹' THEN 'INR' WHEN 'KR' THEN 'SEK'
        ELSE NULL END
      FROM activities a
      WHERE a.workshop_id = workshops.id AND a.kind = 'comp' AND json_valid(a.config)
      ORDER BY a.position LIMIT 1), 'USD');
  `,
};
