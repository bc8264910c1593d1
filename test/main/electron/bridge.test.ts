import { describe, expect, it, vi } from 'vitest';
import { createBridge, EVENT_CHANNEL, INVOKE_CHANNEL, type IpcRendererLike } from '../../../src/preload/bridge';
import * as mainConstants from '../../../src/main/electron/constants';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpc() {
  const listeners = new Map<string, Set<Listener>>();
  const ipc = {
    invoke: vi.fn(async (_channel: string, ..._args: unknown[]) => ({ ok: true, value: 'from-main' })),
    on: vi.fn((channel: string, listener: Listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(listener);
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
    }),
  } satisfies IpcRendererLike;
  const emit = (channel: string, ...args: unknown[]) => {
    const ipcEvent = { sender: 'the-ipcRenderer', ports: [] };
    for (const l of listeners.get(channel) ?? []) l(ipcEvent, ...args);
  };
  const count = (channel: string) => listeners.get(channel)?.size ?? 0;
  return { ipc, emit, count };
}

describe('createBridge', () => {
  it('uses the same channel names as the main process', () => {
    expect(INVOKE_CHANNEL).toBe(mainConstants.INVOKE_CHANNEL);
    expect(EVENT_CHANNEL).toBe(mainConstants.EVENT_CHANNEL);
  });

  it('exposes only invoke and on, frozen, without ipcRenderer', () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(Object.values(bridge)).not.toContain(ipc);
  });

  it('forwards an allow-listed op over cg:invoke', async () => {
    const { ipc } = fakeIpc();
    const bridge = createBridge(ipc);
    await expect(bridge.invoke('workshop:get', { id: 'w1' })).resolves.toEqual({ ok: true, value: 'from-main' });
    expect(ipc.invoke).toHaveBeenCalledWith('cg:invoke', 'workshop:get', { id: 'w1' });
  });

  it('passes the interface language along, for the core to answer in (#19)', async () => {
    const { ipc } = fakeIpc();
    await createBridge(ipc).invoke('workshop:get', { id: 'w1' }, 'de');
    expect(ipc.invoke).toHaveBeenCalledWith('cg:invoke', 'workshop:get', { id: 'w1' }, 'de');
  });

  it.each(['workshop:drop', 'cg:invoke', '', '__proto__'])('resolves %s to a NOT_FOUND result without IPC', async (op) => {
    const { ipc } = fakeIpc();
    const result = await createBridge(ipc).invoke(op, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('delivers only the payload of the named event to the listener', () => {
    const { ipc, emit } = fakeIpc();
    const listener = vi.fn();
    createBridge(ipc).on('workshop:changed', listener);
    emit(EVENT_CHANNEL, 'workshops:changed', { other: true });
    emit(EVENT_CHANNEL, 'workshop:changed', { id: 'w1' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith({ id: 'w1' });
    expect(listener.mock.calls[0]).toHaveLength(1);
  });

  it('ignores other channels', () => {
    const { ipc, emit } = fakeIpc();
    const listener = vi.fn();
    createBridge(ipc).on('workshop:changed', listener);
    emit('something-else', 'workshop:changed', { id: 'w1' });
    expect(listener).not.toHaveBeenCalled();
  });

  it('refuses unknown event names: nothing registered, a harmless unsubscribe', () => {
    const { ipc, count } = fakeIpc();
    const off = createBridge(ipc).on('cg:event', vi.fn());
    expect(ipc.on).not.toHaveBeenCalled();
    expect(count(EVENT_CHANNEL)).toBe(0);
    expect(() => off()).not.toThrow();
  });

  it('refuses a listener that is not a function', () => {
    const { ipc } = fakeIpc();
    createBridge(ipc).on('workshop:changed', 'nope' as never);
    expect(ipc.on).not.toHaveBeenCalled();
  });

  it('unsubscribes exactly its own wrapper, once', () => {
    const { ipc, emit, count } = fakeIpc();
    const bridge = createBridge(ipc);
    const a = vi.fn();
    const b = vi.fn();
    const offA = bridge.on('workshops:changed', a);
    bridge.on('workshops:changed', b);
    expect(count(EVENT_CHANNEL)).toBe(2);
    offA();
    offA();
    expect(ipc.removeListener).toHaveBeenCalledTimes(1);
    expect(count(EVENT_CHANNEL)).toBe(1);
    emit(EVENT_CHANNEL, 'workshops:changed', 1);
    expect(a).not.toHaveBeenCalled();
    expect(b).toHaveBeenCalledWith(1);
  });
});
