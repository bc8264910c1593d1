// Only for `npm run test:electron` (scripts/test-electron.mjs), which packs the
// app first and passes its path in CG_PACKED_APP. Not part of `npm test`.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'electron',
    environment: 'node',
    include: ['test/electron/**/*.electron.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    expect: { poll: { timeout: 20_000, interval: 200 } },
  },
});
