import type { Slice } from './types';

export type ToastTone = 'info' | 'success' | 'error';

export interface Toast {
  id: number;
  message: string;
  tone: ToastTone;
  /** One action, typically "Undo". */
  action?: { label: string; run: () => void };
  /** How long it stays; null keeps it until dismissed. */
  durationMs: number | null;
}

export interface ToastsSlice {
  toasts: Toast[];
  pushToast(t: { message: string; tone?: ToastTone; action?: Toast['action']; durationMs?: number | null }): number;
  dismissToast(id: number): void;
}

let nextToastId = 1;

export const createToastsSlice: Slice<ToastsSlice> = (set) => ({
  toasts: [],
  pushToast({ message, tone = 'info', action, durationMs }) {
    const id = nextToastId++;
    const toast: Toast = {
      id,
      message,
      tone,
      ...(action ? { action } : {}),
      // Toasts with an action stay long enough to reach the button.
      durationMs: durationMs === undefined ? (action ? 8000 : tone === 'error' ? 8000 : 4000) : durationMs,
    };
    // At most four at once: the oldest goes first.
    set((s) => ({ toasts: [...s.toasts, toast].slice(-4) }));
    return id;
  },
  dismissToast(id) {
    set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
  },
});
