import { versionHistory } from '../versioned';

// How a stored KPI-sort board changed shape. Append steps; never edit a shipped one.

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export const kpisortBoardHistory = versionHistory('KPI-sort board', [
  {
    version: 1,
    // Boards without a choice of what the projector shows showed the results.
    name: 'on-screen-default',
    up: (old) => (isObject(old) && old.onScreen === undefined ? { ...old, onScreen: 'results' } : old),
  },
]);
