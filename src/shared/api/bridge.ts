// The Electron transport's names, defined once: the main process listens on the
// channels, the preload sends on them and exposes the bridge on window under
// BRIDGE_GLOBAL, and the renderer finds it there. Plain data and types only:
// the sandboxed preload bundles this file.

/** The one channel into the core (renderer → main, invoke/handle). */
export const INVOKE_CHANNEL = 'cg:invoke';
/** The one channel out of it (main → renderer, every event by name). */
export const EVENT_CHANNEL = 'cg:event';
/** Where the preload puts the bridge: window.commonGround. */
export const BRIDGE_GLOBAL = 'commonGround';

/** What the preload puts on window: invoke and on, for allow-listed names only. */
export interface PreloadBridge {
  /** `locale`: the interface language the result's messages should be in (the core checks it; English otherwise). */
  invoke(op: string, input: unknown, locale?: string): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}
