import { useEffect, useId, useRef, useState } from 'react';
import { ph } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { itemId } from '../../shared-schemas';
import { ListActions } from './ListActions';
import './item-rows.css';

interface Row {
  id: string;
  text: string;
  description: string;
}

/** "Lead signals" → "lead signals", but "KPIs" stays "KPIs", and German keeps its nouns' capitals ("Lead-Signale"). */
export const inSentence = (label: string, locale: string) =>
  !locale.startsWith('de') && /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;

const focusText = (list: HTMLElement | null, id: string) => list?.querySelector<HTMLElement>(`[data-row-id="${CSS.escape(id)}"] .item-row-text`)?.focus();

/** Item text is one line: a pasted line break becomes a space. */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ');

/**
 * Cards with a name and an optional description, edited as rows. An extra
 * short field per row (e.g. a KPI's unit) is optional. Ids stay stable.
 *
 * A new row stays here, unsaved, until it has text: an empty row is never an
 * error before anyone typed in it. A row says it is empty only once left empty.
 */
export function ItemRows<T extends Row>({
  label,
  items,
  onChange,
  error,
  make,
  extra,
  descriptionLabel: descriptionGiven,
  addLabel: addGiven,
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
  const { t, i18n } = useLingui();
  const descriptionLabel = descriptionGiven ?? t`Description (optional)`;
  const addLabel = addGiven ?? t`Add a card`;
  const headId = useId();
  const [pending, setPending] = useState<T[]>([]);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const list = useRef<HTMLOListElement>(null);
  const latestOnChange = useRef(onChange);
  useEffect(() => {
    latestOnChange.current = onChange;
  });
  const added = useRef<string | null>(null);
  // An English "Add a signal" names what a row holds; a label in another language says the row's words in full.
  const noun = /^Add an? /.test(addLabel) ? addLabel.replace(/^Add an? /, '') : null;
  const emptyRow = (pendingRow: boolean) =>
    noun
      ? pendingRow
        ? t`Type a ${noun} or remove this row: an empty row is not saved.`
        : t`Type a ${noun} or remove this row.`
      : pendingRow
        ? t`Fill in this row or remove it: an empty row is not saved.`
        : t`Fill in this row or remove it.`;
  const rows = [...items, ...pending];
  const isPending = (id: string) => pending.some((p) => p.id === id);

  const update = (id: string, patch: Partial<T>) => {
    if (!isPending(id)) return onChange(items.map((i) => (i.id === id ? { ...i, ...patch } : i)));
    const row = { ...pending.find((p) => p.id === id)!, ...patch };
    if (row.text.trim() === '') return setPending(pending.map((p) => (p.id === id ? row : p)));
    // It has text now: it joins the list (and is saved), in the place it was shown.
    setPending(pending.filter((p) => p.id !== id));
    onChange([...items, row]);
  };
  const remove = (id: string) => {
    if (isPending(id)) setPending(pending.filter((p) => p.id !== id));
    else onChange(items.filter((i) => i.id !== id));
  };
  const focusRow = (id: string) => focusText(list.current, id);

  // A new row gets the focus, so typing goes into it (not into the Add button, where a space would press it again).
  useEffect(() => {
    if (!added.current) return;
    focusText(list.current, added.current);
    added.current = null;
  }, [pending]);

  function addRow() {
    const blank = pending.find((p) => p.text.trim() === '');
    if (blank) return focusRow(blank.id); // one empty row at a time is enough
    const row = make({ id: itemId('k'), text: '', description: '' });
    added.current = row.id;
    setPending([...pending, row]);
  }

  return (
    <fieldset className="item-rows field" aria-describedby={error ? `${headId}-error` : undefined}>
      <legend className="field-label">
        {label} <span className="muted">({rows.length})</span>
      </legend>
      <ol className="item-rows-list" ref={list}>
        {rows.map((item, n) => {
          const empty = touched.has(item.id) && item.text.trim() === '';
          const rowError = `${headId}-row-${n}`;
          return (
            <li key={item.id} className={`item-row${extra ? ' has-extra' : ''}`} data-row-id={item.id}>
              <span className="item-row-n muted" aria-hidden="true">
                {n + 1}
              </span>
              <textarea
                className="input item-row-text"
                aria-label={t`${label}: item ${ph({ n: n + 1 })}`}
                aria-invalid={empty || undefined}
                aria-describedby={empty ? rowError : undefined}
                rows={1}
                value={item.text}
                maxLength={200}
                onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
                onBlur={() => setTouched((t) => (t.has(item.id) ? t : new Set(t).add(item.id)))}
                onChange={(e) => update(item.id, { text: oneLine(e.target.value) } as Partial<T>)}
              />
              <textarea
                className="input item-row-desc"
                aria-label={t`${descriptionLabel} for item ${ph({ n: n + 1 })}`}
                placeholder={descriptionLabel}
                rows={1}
                value={item.description}
                maxLength={500}
                onChange={(e) => update(item.id, { description: e.target.value } as Partial<T>)}
              />
              {extra ? (
                <input
                  className="input item-row-extra"
                  style={{ width: extra.width ?? '7em' }}
                  aria-label={t`${ph({ field: extra.label })} for item ${ph({ n: n + 1 })}`}
                  placeholder={extra.label}
                  value={String(item[extra.key] ?? '')}
                  maxLength={extra.max ?? 20}
                  onChange={(e) => update(item.id, { [extra.key]: e.target.value } as Partial<T>)}
                />
              ) : null}
              <button
                type="button"
                className="btn btn-ghost btn-sm item-row-remove"
                aria-label={item.text ? t`Remove ${ph({ item: item.text })}` : t`Remove item ${ph({ n: n + 1 })}`}
                onClick={() => remove(item.id)}
              >
                <Trans>Remove</Trans>
              </button>
              {empty ? (
                <p id={rowError} className="field-error item-row-error">
                  {emptyRow(isPending(item.id))}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      <ListActions
        count={rows.length}
        what={inSentence(label, i18n.locale)}
        addLabel={addLabel}
        onAdd={addRow}
        onClear={() => {
          const before = [...items];
          setPending([]);
          onChange([]);
          // The latest onChange: the editor's other fields may have changed since.
          return { removed: before.length, restore: () => latestOnChange.current(before) };
        }}
        onReset={
          onReset &&
          (() => {
            setPending([]);
            onReset();
          })
        }
        resetLabel={resetLabel}
      />
      {error ? (
        <p id={`${headId}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
