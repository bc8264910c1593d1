import {
  createContext,
  forwardRef,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  type ComponentPropsWithoutRef,
  type ReactNode,
  type Ref,
  type RefCallback,
} from 'react';

// The focus rule (issue #15): the keyboard is never left on <body>.
// - A screen change (a route, or a phone moving on) puts focus on the new screen's heading:
//   wrap the page in <ScreenFocusScope screen={key}> and give every screen a <ScreenHeading>
//   (or, for a canvas like the presenter, its main region a useScreenFocusTarget() ref).
// - An element about to be replaced or disabled names its successor: useFocusHandOff().
// - Busy buttons stay focusable (Button's `busy`: aria-disabled, clicks ignored).

interface Scope {
  register(el: HTMLElement): () => void;
  changed(): void;
}

const ScreenFocusContext = createContext<Scope | null>(null);

/** Focus is nowhere the person chose: on <body>, on something gone, or still where it was when the screen changed. */
function focusIsLost(before: Element | null): boolean {
  const active = document.activeElement;
  return !active || active === document.body || active === before || !active.isConnected;
}

/**
 * One per page. Whenever `screen` changes (and on the first screen too with `focusFirst`), the
 * keyboard goes to the new screen's target as soon as it is on the page (screens that load show
 * it later), unless the person or the screen itself has put focus somewhere else meanwhile.
 */
export function ScreenFocusScope({ screen, focusFirst = false, children }: { screen: string; focusFirst?: boolean; children: ReactNode }) {
  const scope = useMemo(() => {
    const targets: HTMLElement[] = [];
    let pending = false;
    let before: Element | null = null;
    const tryFocus = () => {
      if (!pending) return;
      const target = targets.findLast((el) => el.isConnected);
      if (!target) return;
      pending = false;
      if (focusIsLost(before)) target.focus();
    };
    const value: Scope = {
      register(el) {
        targets.push(el);
        tryFocus();
        return () => {
          const i = targets.indexOf(el);
          if (i >= 0) targets.splice(i, 1);
        };
      },
      changed() {
        before = document.activeElement;
        pending = true;
        tryFocus();
      },
    };
    return value;
  }, []);
  useScreenChangeIn(scope, screen, focusFirst);
  return <ScreenFocusContext.Provider value={scope}>{children}</ScreenFocusContext.Provider>;
}

function useScreenChangeIn(scope: Scope | null, screen: string, onFirst: boolean) {
  const seen = useRef<string | null>(null);
  // A layout effect: after the new screen's targets are on the page, before its own effects
  // (a screen that focuses something itself, like a dialog, still wins).
  useLayoutEffect(() => {
    const first = seen.current === null;
    if (seen.current === screen) return;
    seen.current = screen;
    if (!first || onFirst) scope?.changed();
  }, [scope, screen, onFirst]);
}

/** A part of a screen that swaps what it shows (the phone's join screen: names, "add yourself"): a change of `key` is a screen change. */
export function useScreenKey(key: string) {
  useScreenChangeIn(useContext(ScreenFocusContext), key, false);
}

/** A ref that makes this element its screen's focus target (for a screen without a ScreenHeading). Give it tabIndex={-1}. */
export function useScreenFocusTarget<T extends HTMLElement>(): RefCallback<T> {
  const scope = useContext(ScreenFocusContext);
  return useCallback((el: T | null) => (el && scope ? scope.register(el) : undefined), [scope]);
}

function assignRef<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}

/** The screen's h1, focusable from script only (tabIndex -1); takes focus after a screen change. */
export const ScreenHeading = forwardRef<HTMLHeadingElement, ComponentPropsWithoutRef<'h1'>>(function ScreenHeading(props, ref) {
  const target = useScreenFocusTarget<HTMLHeadingElement>();
  const both = useCallback(
    (el: HTMLHeadingElement | null) => {
      assignRef(ref, el);
      const unregister = target(el);
      return () => {
        assignRef(ref, null);
        if (typeof unregister === 'function') unregister();
      };
    },
    [ref, target],
  );
  return <h1 tabIndex={-1} {...props} ref={both} />;
});

type Successor = string | { readonly current: HTMLElement | null } | (() => HTMLElement | null | undefined);

function resolve(successor: Successor): HTMLElement | null {
  if (typeof successor === 'string') return document.querySelector<HTMLElement>(successor);
  if (typeof successor === 'function') return successor() ?? null;
  return successor.current;
}

/**
 * For an element that is about to be replaced or disabled while it has the keyboard: call the
 * returned function with its successor (a selector, a ref, or a function finding it) before the
 * change. After each render, once the element is gone or disabled and focus fell to <body>, the
 * successor gets focus. If the person moves focus elsewhere first, nothing happens.
 */
export function useFocusHandOff(): (successor: Successor) => void {
  const next = useRef<{ successor: Successor; from: Element | null } | null>(null);
  useEffect(() => {
    const pending = next.current;
    if (!pending) return;
    const { from } = pending;
    const active = document.activeElement;
    if (active && active !== document.body && active !== from) {
      next.current = null; // the person went somewhere else
      return;
    }
    if (from?.isConnected && !from.matches(':disabled')) return; // not replaced yet
    const target = resolve(pending.successor);
    if (!target?.isConnected) return;
    next.current = null;
    target.focus();
  });
  return useCallback((successor: Successor) => {
    next.current = { successor, from: document.activeElement === document.body ? null : document.activeElement };
  }, []);
}
