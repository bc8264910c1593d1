// Which components rendered between two moments, read from React's fiber tree in jsdom.
//
// A component that renders gets a new props object (its parent made a new element) or new
// hook objects (its own state or a context it reads changed); one that React skipped, or a
// memo component whose props compared equal, keeps both. So a snapshot of each component's
// props and hook list, compared later, tells which ones rendered at least once in between.
// (React's own DevTools hook would count every render, but it must exist before react-dom
// loads, and the jsdom setup file loads react-dom first.)

interface Fiber {
  tag: number;
  type: unknown;
  memoizedProps: Record<string, unknown> | null;
  memoizedState: unknown;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
  stateNode: unknown;
}

// React's work tags for components that run a render function (memo's outer fiber, 14, is
// left out: the component inside it has its own fiber and is counted there).
const COMPONENT_TAGS = new Set([0 /* function */, 1 /* class */, 11 /* forwardRef */, 15 /* simple memo */]);
const HOST_ELEMENT = 5;

function currentRoot(container: Element): Fiber {
  const key = Object.keys(container).find((k) => k.startsWith('__reactContainer$'));
  if (!key) throw new Error('No React root in this container: render into it first.');
  const first = (container as unknown as Record<string, Fiber>)[key]!;
  return (first.stateNode as { current: Fiber }).current;
}

/** Every component fiber in the tree, with whether it sits inside a card (an element with data-testid="card"). */
function* walk(fiber: Fiber | null, inCard: boolean): Generator<{ fiber: Fiber; inCard: boolean }> {
  for (let f = fiber; f; f = f.sibling) {
    const isCard = f.tag === HOST_ELEMENT && f.memoizedProps?.['data-testid'] === 'card';
    if (COMPONENT_TAGS.has(f.tag)) yield { fiber: f, inCard };
    yield* walk(f.child, inCard || isCard);
  }
}

const nameOf = (fiber: Fiber) => {
  const type = fiber.type as { displayName?: string; name?: string; render?: { name?: string } } | null;
  return type?.displayName || type?.name || type?.render?.name || 'Anonymous';
};

export interface Renders {
  /** Components inside cards (the card's face, its Place… menu, its note) that rendered or mounted. */
  insideCards: number;
  /** Components anywhere that rendered or mounted, by name. */
  byName: Record<string, number>;
}

/** Remember every component's props and hooks now; the returned function says which rendered since. */
export function watchRenders(container: Element): () => Renders {
  const seen = new Map<Fiber, { props: unknown; state: unknown }>();
  for (const { fiber } of walk(currentRoot(container), false)) {
    const record = { props: fiber.memoizedProps, state: fiber.memoizedState };
    seen.set(fiber, record);
    if (fiber.alternate) seen.set(fiber.alternate, record);
  }
  return () => {
    const result: Renders = { insideCards: 0, byName: {} };
    for (const { fiber, inCard } of walk(currentRoot(container), false)) {
      const before = seen.get(fiber) ?? (fiber.alternate ? seen.get(fiber.alternate) : undefined);
      const rendered = !before || before.props !== fiber.memoizedProps || before.state !== fiber.memoizedState;
      if (!rendered) continue;
      if (inCard) result.insideCards++;
      const name = nameOf(fiber);
      result.byName[name] = (result.byName[name] ?? 0) + 1;
    }
    return result;
  };
}
