// electron-builder afterPack hook: flip Electron's fuses in the packed app's
// binary, then read them back. Fuses are compile-time switches baked into the
// Electron binary; turning these off removes ways to run the app's binary as
// a plain Node, inject code through NODE_OPTIONS or --inspect, or load an app
// from outside the (integrity-checked) app.asar.
// https://www.electronjs.org/docs/latest/tutorial/fuses
//
// `npm run check:builder` packs against a placeholder "electron" script (no
// Electron can be downloaded there): then this hook says that it skipped and
// does not fail. A real binary without the fuse sentinel fails the build.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FuseState, FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } from '@electron/fuses';

/**
 * The fuses of every packed app, all set explicitly (strictlyRequireAllFuses:
 * a fuse added by a newer Electron fails the build until it is decided here).
 */
export const FUSES = {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  // ELECTRON_RUN_AS_NODE would turn the app's binary into a plain Node.
  [FuseV1Options.RunAsNode]: false,
  // Cookies and local storage encrypted with an OS-held key.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS (e.g. --require) and --inspect* flags would inject code.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar is checked against the hash electron-builder embeds (macOS, Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Only resources/app.asar, never a loose resources/app folder.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // Electron's defaults: no special V8 snapshot; file:// has no extra
  // privileges (the app is served from app://); WebAssembly trap handlers on.
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  [FuseV1Options.WasmTrapHandlers]: true,
};

/**
 * `npm run test:electron` drives the packed app through Playwright, which
 * needs --inspect (https://playwright.dev/docs/api/class-electron, "Known
 * issues"). Only a pack made with this variable set keeps that one fuse on.
 */
export const KEEP_INSPECT_ENV = 'CG_FUSES_KEEP_INSPECT_FOR_TESTS';

export function fusesFor(env = process.env, platform = process.platform, arch = 'x64') {
  const keepInspect = env[KEEP_INSPECT_ENV] === '1';
  return {
    ...FUSES,
    ...(keepInspect ? { [FuseV1Options.EnableNodeCliInspectArguments]: true } : {}),
    // Flipping fuses breaks an arm64 macOS ad-hoc signature; electron-builder signs afterwards.
    resetAdHocDarwinSignature: platform === 'darwin' && arch === 'arm64',
  };
}

const EXTENSIONS = { darwin: '.app', mas: '.app', win32: '.exe', linux: '' };
// electron-builder's Arch enum: 0 ia32, 1 x64, 2 armv7l, 3 arm64, 4 universal.
const ARCHES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

/** The packed Electron binary, named as electron-builder names it. */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = electronPlatformName === 'linux' ? packager.executableName : packager.appInfo.productFilename;
  return join(appOutDir, `${name}${EXTENSIONS[electronPlatformName] ?? ''}`);
}

const SENTINEL = Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX');
const PLACEHOLDER_MAX_BYTES = 1024 * 1024;

/**
 * 'real' for an Electron binary, 'placeholder' for a small file without the
 * fuse sentinel (check-builder's stand-in); throws for anything else.
 */
export function classifyBinary(path) {
  const file = path.endsWith('.app') ? join(path, 'Contents', 'Frameworks', 'Electron Framework.framework', 'Electron Framework') : path;
  if (!existsSync(file)) throw new Error(`electron-fuses: there is no Electron binary at ${file}.`);
  const size = statSync(file).size;
  if (size > PLACEHOLDER_MAX_BYTES) return 'real';
  if (readFileSync(file).includes(SENTINEL)) return 'real';
  return 'placeholder';
}

const FUSE_NAMES = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));

/** Compare what the binary now says with what was asked; returns the mismatches. */
export function mismatches(config, wire) {
  const found = [];
  for (const name of FUSE_NAMES) {
    const index = FuseV1Options[name];
    if (config[index] === undefined || wire[index] === undefined) continue;
    const want = config[index] ? FuseState.ENABLE : FuseState.DISABLE;
    if (wire[index] !== want && wire[index] !== FuseState.REMOVED) found.push(`${name} is ${wire[index]}, expected ${want}`);
  }
  return found;
}

export default async function afterPack(context, { log = console.log } = {}) {
  const binary = electronBinaryPath(context);
  if (classifyBinary(binary) === 'placeholder') {
    log(`electron-fuses: skipped flipping fuses: ${binary} is not a real Electron binary (a placeholder with no fuse sentinel, as in npm run check:builder).`);
    return;
  }
  const arch = typeof context.arch === 'number' ? ARCHES[context.arch] : context.arch;
  const config = fusesFor(process.env, context.electronPlatformName, arch);
  await flipFuses(binary, config);
  const wire = await getCurrentFuseWire(binary);
  const wrong = mismatches(config, wire);
  if (wrong.length > 0) throw new Error(`electron-fuses: ${binary} did not take its fuses: ${wrong.join('; ')}`);
  const kept = config[FuseV1Options.EnableNodeCliInspectArguments] ? ` (${KEEP_INSPECT_ENV}=1: --inspect kept for Playwright; do not ship this build)` : '';
  log(`electron-fuses: flipped and read back ${FUSE_NAMES.filter((n) => config[FuseV1Options[n]] !== undefined).length} fuses in ${binary}${kept}.`);
}
