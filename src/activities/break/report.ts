import type { ReportBlock } from '../report-types';

/** A break has no section of its own: it shows in the agenda only. */
export function breakReport(): ReportBlock[] {
  return [];
}
