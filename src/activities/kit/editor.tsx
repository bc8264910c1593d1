import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { ph } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
import { TextArea, TextField } from '../../ui/TextField';
import type { Locale } from '../../shared/locale';
import { itemId, type Item } from '../shared-schemas';
import { ListActions } from './rows/ListActions';
import { inSentence } from './rows/ItemRows';

/** What every kind's config editor receives. */
export interface EditorProps<C> {
  config: C;
  onChange(config: C): void;
  /** Messages by config path ("options", "maxPerItem"), shown next to the field. */
  errors?: Record<string, string>;
  /** The workshop's language: example content an editor puts in (its reset buttons) is in it. English when not given. */
  language?: Locale | undefined;
}

/**
 * Turn edited lines back into items, keeping ids stable: a line whose text is
 * unchanged keeps its id wherever it moved; an edited line keeps the id of the
 * item that was on that line before.
 */
export function linesToItems(lines: string[], previous: readonly Item[], prefix = 'i'): Item[] {
  const texts = lines.map((l) => l.trim()).filter((l) => l.length > 0);
  const byText = new Map<string, Item[]>();
  for (const item of previous) byText.set(item.text, [...(byText.get(item.text) ?? []), item]);
  const used = new Set<string>();
  const result: (Item | null)[] = texts.map((text) => {
    const same = byText.get(text)?.find((i) => !used.has(i.id));
    if (!same) return null;
    used.add(same.id);
    return same;
  });
  return texts.map((text, n) => {
    const kept = result[n];
    if (kept) return kept;
    const atLine = previous[n];
    if (atLine && !used.has(atLine.id)) {
      used.add(atLine.id);
      return { ...atLine, text };
    }
    let id = itemId(prefix);
    while (used.has(id)) id = itemId(prefix);
    used.add(id);
    return { id, text, description: '' };
  });
}

/**
 * The examples as items: an example already in the list keeps its item (id and
 * description); every other example gets a new id, never an old item's id.
 */
export function examplesToItems(examples: readonly string[], previous: readonly Item[], prefix = 'i'): Item[] {
  const wanted = new Set(examples.map((e) => e.trim()));
  return linesToItems(
    [...examples],
    previous.filter((i) => wanted.has(i.text)),
    prefix,
  );
}

/**
 * A textarea, one item per line. Keeps the typed text (blank lines too) while editing.
 * Under it: Clear all (with Undo) and, when the editor has examples, starting from them
 * (asking first when that replaces what is there).
 */
export function LinesField({
  label,
  items,
  onChange,
  hint,
  error,
  rows = 5,
  placeholder,
  prefix,
  examples,
}: {
  label: string;
  items: readonly Item[];
  onChange(items: Item[]): void;
  hint?: ReactNode;
  error?: string | undefined;
  rows?: number;
  placeholder?: string;
  prefix?: string;
  /** Example lines to start from; none: no such button. */
  examples?: readonly string[] | undefined;
}) {
  const { t, i18n } = useLingui();
  // Which list, in its buttons' names too: a card sort has two lists, and two "Start from the examples" buttons
  // read the same to a screen reader.
  const what = inSentence(label, i18n.locale);
  const joined = items.map((i) => i.text).join('\n');
  const [text, setText] = useState(joined);
  const lastEmitted = useRef(joined);
  const latestOnChange = useRef(onChange);
  useEffect(() => {
    latestOnChange.current = onChange;
  });
  // Follow outside changes (another window), not our own echo.
  useEffect(() => {
    if (joined !== lastEmitted.current) {
      lastEmitted.current = joined;
      setText(joined);
    }
  }, [joined]);

  /** Replace the whole list (the text shown and the items sent) at once. */
  const replaceWith = (next: Item[]) => {
    const nextText = next.map((i) => i.text).join('\n');
    lastEmitted.current = nextText;
    setText(nextText);
    // The latest onChange: the editor's other fields may have changed since (an Undo comes later).
    latestOnChange.current(next);
  };

  return (
    <div className="lines-field">
      <TextArea
        label={label}
        value={text}
        rows={Math.min(14, Math.max(rows, text.split('\n').length + 1))}
        hint={hint}
        error={error}
        placeholder={placeholder}
        onChange={(e) => {
          setText(e.target.value);
          const next = linesToItems(e.target.value.split('\n'), items, prefix);
          lastEmitted.current = next.map((i) => i.text).join('\n');
          onChange(next);
        }}
      />
      <ListActions
        count={items.length}
        what={what}
        onClear={() => {
          const before = [...items];
          replaceWith([]);
          return { removed: before.length, restore: () => replaceWith(before) };
        }}
        onReset={examples && examples.length > 0 ? () => replaceWith(examplesToItems(examples, items, prefix)) : undefined}
        resetLabel={t`Start ${what} from the examples`}
      />
    </div>
  );
}

export function NumberField({
  label,
  value,
  onChange,
  min,
  max,
  hint,
  error,
}: {
  label: string;
  value: number;
  onChange(n: number): void;
  min: number;
  max: number;
  hint?: ReactNode;
  error?: string | undefined;
}) {
  const { i18n, t } = useLingui();
  const [text, setText] = useState(String(value));
  const [local, setLocal] = useState<string | null>(null);
  useEffect(() => setText(String(value)), [value]);
  return (
    <TextField
      label={label}
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      value={text}
      hint={hint}
      error={local ?? error}
      className="input-narrow"
      onChange={(e) => {
        setText(e.target.value);
        const n = Number(e.target.value);
        if (e.target.value.trim() === '' || !Number.isInteger(n) || n < min || n > max) {
          setLocal(t`Use a whole number from ${ph({ min: i18n.number(min) })} to ${ph({ max: i18n.number(max) })}.`);
          return;
        }
        setLocal(null);
        onChange(n);
      }}
    />
  );
}

export function Toggle({ label, checked, onChange, hint }: { label: string; checked: boolean; onChange(v: boolean): void; hint?: ReactNode }) {
  const id = useId();
  return (
    <div className="field toggle-field">
      <label className="toggle" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={hint ? `${id}-hint` : undefined}
        />
        <span className="toggle-track" aria-hidden="true">
          <span className="toggle-thumb" />
        </span>
        <span className="toggle-label">{label}</span>
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function PromptField({
  value,
  onChange,
  error,
  label,
  placeholder,
}: {
  value: string;
  onChange(v: string): void;
  error?: string | undefined;
  label?: string;
  placeholder?: string;
}) {
  const { t } = useLingui();
  return (
    <TextArea
      label={label ?? t`Question for the room`}
      value={value}
      rows={2}
      maxLength={500}
      error={error}
      placeholder={placeholder}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
