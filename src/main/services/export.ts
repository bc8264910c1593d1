import type { Handlers } from './context';
import { importWorkshop } from '../export/json';

// The synchronous half of exports: importing a workshop file (one transaction,
// all or nothing). Preparing files is asynchronous: see export/exporter.ts.
export const exportHandlers = {
  'workshop:import': ({ json }, ctx) => importWorkshop(ctx, json),
} satisfies Partial<Handlers>;
