import type { Handlers } from './context';
import { importWorkshop } from '../export/json';
import { exportSeries, importSeries } from '../export/series-file';

// The synchronous half of exports: importing a workshop file (one transaction,
// all or nothing). Preparing files is asynchronous: see export/exporter.ts.
// A whole series is one JSON file, written and read back here.
export const exportHandlers = {
  'workshop:import': ({ json }, ctx) => importWorkshop(ctx, json),
  'series:export': ({ id }, ctx) => exportSeries(ctx, id),
  'series:import': ({ json }, ctx) => importSeries(ctx, json),
} satisfies Partial<Handlers>;
