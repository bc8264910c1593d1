import { memo, useId, useRef, useState, type KeyboardEvent } from 'react';

/**
 * The way to move something without dragging: a button that opens a list of
 * places, one button each. Used by every drag view (cards into columns,
 * persona notes into sections), so each has a keyboard- and tap-friendly path.
 * Memoised: with stable `places` and `onPlace` a board's render skips it.
 */
export const PlaceMenu = memo(function PlaceMenu({
  label,
  listLabel,
  buttonText,
  places,
  onPlace,
  className = '',
  menuClassName = '',
  optionClassName = '',
}: {
  /** The button's accessible name, e.g. "Place Requested a demo". */
  label: string;
  /** The list's accessible name, e.g. "Where Requested a demo goes". */
  listLabel: string;
  buttonText: string;
  places: readonly { id: string; label: string }[];
  onPlace(id: string): void;
  className?: string;
  menuClassName?: string;
  optionClassName?: string;
}) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  // Escape closes an open menu and gives the keyboard back to its button (and goes no further).
  const closeOnEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    e.preventDefault();
    e.stopPropagation();
    setOpen(false);
    trigger.current?.focus();
  };
  return (
    <>
      <button
        ref={trigger}
        type="button"
        className={`cgv-btn ${className}`.trim()}
        onKeyDown={closeOnEscape}
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={label}
        onClick={() => setOpen((o) => !o)}
      >
        {buttonText}
      </button>
      {open ? (
        <ul id={menuId} className={menuClassName || undefined} aria-label={listLabel} onKeyDown={closeOnEscape}>
          {places.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className={`cgv-btn cgv-place-option ${optionClassName}`.trim()}
                onClick={() => {
                  setOpen(false);
                  onPlace(p.id);
                }}
              >
                {p.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
});
