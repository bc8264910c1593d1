// Where the built bundles live: out/main/index.js runs this, so the renderer
// is ../renderer and the preload ../preload/index.cjs (inside app.asar when packaged).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const mainDir = dirname(fileURLToPath(import.meta.url));

export const RENDERER_DIR = join(mainDir, '..', 'renderer');
export const PRELOAD_PATH = join(mainDir, '..', 'preload', 'index.cjs');
export const PARTICIPANT_DIR = join(mainDir, '..', 'participant');
