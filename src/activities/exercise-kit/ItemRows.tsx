import { useEffect, useId, useRef, useState } from 'react';
import { itemId } from '../shared-schemas';
import './exercises.css';

interface Row {
  id: string;
  text: string;
  description: string;
}

/**
 * Cards with a name and an optional description, edited as rows. An extra
 * short field per row (e.g. a KPI's unit) is optional. Ids stay stable.
 */
export function ItemRows<T extends Row>({
  label,
  items,
  onChange,
  error,
  make,
  extra,
  descriptionLabel = 'Description (optional)',
  addLabel = 'Add a card',
  onReset,
  resetLabel,
}: {
  label: string;
  items: readonly T[];
  onChange(items: T[]): void;
  error?: string | undefined;
  make(row: Row): T;
  extra?: { label: string; key: keyof T & string; width?: string; max?: number };
  descriptionLabel?: string;
  addLabel?: string;
  onReset?(): void;
  resetLabel?: string;
}) {
  const headId = useId();
  const [confirming, setConfirming] = useState(false);
  const list = useRef<HTMLOListElement>(null);
  const added = useRef<string | null>(null);
  const update = (id: string, patch: Partial<T>) => onChange(items.map((i) => (i.id === id ? { ...i, ...patch } : i)));
  // A new row gets the focus, so typing goes into it (not into the Add button, where a space would press it again).
  useEffect(() => {
    if (!added.current) return;
    list.current?.querySelector<HTMLInputElement>(`[data-row-id="${CSS.escape(added.current)}"] .cgx-row-text`)?.focus();
    added.current = null;
  }, [items]);
  return (
    <fieldset className="cgx-rows field" aria-describedby={error ? `${headId}-error` : undefined}>
      <legend className="field-label">
        {label} <span className="muted">({items.length})</span>
      </legend>
      <ol className="cgx-rows-list" ref={list}>
        {items.map((item, n) => (
          <li key={item.id} className="cgx-row" data-row-id={item.id}>
            <span className="cgx-row-n muted" aria-hidden="true">
              {n + 1}
            </span>
            <input
              className="input cgx-row-text"
              aria-label={`${label}: item ${n + 1}`}
              value={item.text}
              maxLength={200}
              onChange={(e) => update(item.id, { text: e.target.value } as Partial<T>)}
            />
            <input
              className="input cgx-row-desc"
              aria-label={`${descriptionLabel} for item ${n + 1}`}
              placeholder={descriptionLabel}
              value={item.description}
              maxLength={500}
              onChange={(e) => update(item.id, { description: e.target.value } as Partial<T>)}
            />
            {extra ? (
              <input
                className="input cgx-row-extra"
                style={{ width: extra.width ?? '7em' }}
                aria-label={`${extra.label} for item ${n + 1}`}
                placeholder={extra.label}
                value={String(item[extra.key] ?? '')}
                maxLength={extra.max ?? 20}
                onChange={(e) => update(item.id, { [extra.key]: e.target.value } as Partial<T>)}
              />
            ) : null}
            <button
              type="button"
              className="btn btn-ghost btn-sm cgx-row-remove"
              aria-label={`Remove ${item.text || `item ${n + 1}`}`}
              onClick={() => onChange(items.filter((i) => i.id !== item.id))}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <div className="cgx-rows-actions">
        <button
          type="button"
          className="btn btn-secondary btn-sm"
          onClick={() => {
            const row = make({ id: itemId('k'), text: '', description: '' });
            added.current = row.id;
            onChange([...items, row]);
          }}
        >
          + {addLabel}
        </button>
        {onReset && !confirming ? (
          <button type="button" className="btn btn-ghost btn-sm" onClick={() => setConfirming(true)}>
            {resetLabel ?? 'Start again from the examples'}
          </button>
        ) : null}
        {onReset && confirming ? (
          <span className="cgx-rows-confirm" role="group" aria-label="Start again from the examples?">
            <span role="status">Replace all {items.length} with the examples? Your changes to this list are lost.</span>
            <button
              type="button"
              className="btn btn-danger btn-sm"
              onClick={() => {
                setConfirming(false);
                onReset();
              }}
            >
              Replace
            </button>
            <button type="button" className="btn btn-secondary btn-sm" onClick={() => setConfirming(false)}>
              Keep mine
            </button>
          </span>
        ) : null}
      </div>
      {error ? (
        <p id={`${headId}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
