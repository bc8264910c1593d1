import { createContext } from 'react';
import type { MessagingSeedsReport } from './seeds';

/** What the planner gives the messaging editor: a way to read the earlier workshops' seeds (absent in previews and tests). */
export type LoadSeeds = () => Promise<{ ok: true; value: MessagingSeedsReport } | { ok: false; message: string }>;

export const SeedSourceContext = createContext<LoadSeeds | null>(null);
