// Build once before the end-to-end tests (only when sources changed).
// @ts-expect-error: a plain .mjs script without types
import { buildIfNeeded } from '../../scripts/build-if-needed.mjs';

export default function setup(): void {
  (buildIfNeeded as () => void)();
}
