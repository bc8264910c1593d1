/**
 * The focus rule (#15) for Delete on one of my cards or notes: the card goes, and its Delete
 * button with it. The successor is the first control of the next card, else of the previous
 * card, else `fallback` (the compose field). Call with the pressed button, before the card is
 * removed, and pass the result to useFocusHandOff's hand-off.
 *
 * `card` is a selector matching each card's element (all of them inside the same view).
 */
export function afterDelete(pressed: HTMLElement, card: string, fallback: () => HTMLElement | null): () => HTMLElement | null {
  const mine = pressed.closest(card);
  const view = pressed.closest('.cg-views') ?? document;
  const all = [...view.querySelectorAll(card)];
  const at = mine ? all.indexOf(mine) : -1;
  const next = at >= 0 ? all[at + 1] : undefined;
  const previous = at > 0 ? all[at - 1] : undefined;
  const firstControl = (el: Element | undefined) => (el?.isConnected ? el.querySelector<HTMLElement>('button, textarea, input') : null);
  return () => firstControl(next) ?? firstControl(previous) ?? fallback();
}
