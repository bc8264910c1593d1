import { useId, useRef, useState } from 'react';
import { ph } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useFocusHandOff } from '../../ui/focus-rule';
import type { ParticipantViewProps } from '../view-types';
import type { BrainstormParticipantConfig } from './definition';
import type { CardValue } from './logic';
import { CARD_KEY } from './keys';
import { useAnswers } from '../kit/views/answers';
import { useComposeFocus } from '../kit/views/compose-focus';
import { afterDelete } from '../kit/views/card-focus';
import { LockedNote, SaveFeedback, useLockHandOff } from '../kit/views/SaveFeedback';
import { Surface } from '../kit/views/surface';

const MAX_TEXT = 200;

/** A card key this device makes up: "card-" and 12 random letters and digits. */
export function newCardKey(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return `card-${[...bytes].map((b) => alphabet[b % alphabet.length]).join('')}`;
}

const textOf = (value: unknown) => (value && typeof value === 'object' ? String((value as CardValue).text ?? '') : '');

export function BrainstormParticipant({ config, mine, locked, submit, announce }: ParticipantViewProps<BrainstormParticipantConfig>) {
  const { answers, save, status, dismiss } = useAnswers(mine, submit, announce);
  const { t } = useLingui();
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const fieldId = useId();
  const countId = useId();
  const compose = useComposeFocus(announce, draft);
  const lock = useLockHandOff(locked);
  // Edit, Save, Cancel and Delete replace the pressed button: each names where the keyboard goes (#15).
  const handFocusTo = useFocusHandOff();
  const list = useRef<HTMLUListElement>(null);
  const editButtonOf = (key: string) => () => list.current?.querySelector<HTMLElement>(`[data-card-key="${CSS.escape(key)}"] .cgv-card-edit`);
  const cards = Object.keys(answers).filter((k) => CARD_KEY.test(k));
  const full = cards.length >= config.maxCardsPerPerson;
  const count = cards.length;
  const max = config.maxCardsPerPerson;

  async function add() {
    const text = draft.trim();
    if (full) return;
    if (!text) return compose.refuseEmpty();
    setDraft('');
    announce(t`Added: ${text}`);
    compose.added(cards.length + 1 >= config.maxCardsPerPerson);
    const ok = await save(newCardKey(), { text }, { undoneMessage: t`Your card was not added.` });
    if (!ok) setDraft(text);
  }

  return (
    <Surface kind="phone" className="cgv-brainstorm">
      {config.prompt ? <p className="cgv-prompt">{config.prompt}</p> : null}
      {locked ? <LockedNote ref={lock.note} /> : null}
      <h2 className="cgv-section-title">
        <Trans>Your cards</Trans>{' '}
        <span className="cgv-muted" id={countId}>
          <Trans>
            {count} of {max}
          </Trans>
        </span>
      </h2>
      {cards.length === 0 ? <p className="cgv-muted">{locked ? t`You did not add any cards.` : t`Nothing yet. One idea per card works best.`}</p> : null}
      <ul className="cgv-my-cards" ref={list}>
        {cards.map((key) =>
          editing === key ? (
            <EditCard
              key={key}
              text={textOf(answers[key])}
              onCancel={() => {
                handFocusTo(editButtonOf(key));
                setEditing(null);
              }}
              onSave={(text) => {
                handFocusTo(editButtonOf(key));
                setEditing(null);
                void save(key, { text }, { undoneMessage: t`Your edit was undone.` });
              }}
            />
          ) : (
            <li key={key} className="cgv-card cgv-my-card" data-card-key={key}>
              <span className="cgv-card-text">{textOf(answers[key])}</span>
              {locked ? null : (
                <span className="cgv-card-actions" {...lock.watch}>
                  <button
                    type="button"
                    className="cgv-btn cgv-btn-quiet cgv-card-edit"
                    onClick={() => setEditing(key)}
                    aria-label={t`Edit “${ph({ card: textOf(answers[key]) })}”`}
                  >
                    <Trans>Edit</Trans>
                  </button>
                  <button
                    type="button"
                    className="cgv-btn cgv-btn-quiet cgv-btn-danger"
                    aria-label={t`Delete “${ph({ card: textOf(answers[key]) })}”`}
                    onClick={(e) => {
                      handFocusTo(afterDelete(e.currentTarget, 'li.cgv-my-card', () => compose.field.current ?? compose.fullNotice.current));
                      announce(t`Deleted: ${ph({ card: textOf(answers[key]) })}`);
                      void save(key, null, { undoneMessage: t`The card is back.` });
                    }}
                  >
                    <Trans>Delete</Trans>
                  </button>
                </span>
              )}
            </li>
          ),
        )}
      </ul>
      <div className="cgv-bottom-bar">
        {locked ? null : full ? (
          <p className="cgv-notice" ref={compose.fullNotice} tabIndex={-1}>
            <Trans>That's all {max} of your cards. Edit or delete one to add another.</Trans>
          </p>
        ) : (
          <form
            {...lock.watch}
            className="cgv-compose"
            onSubmit={(e) => {
              e.preventDefault();
              void add();
            }}
          >
            <label htmlFor={fieldId}>
              <Trans>Write a card</Trans>
            </label>
            <textarea
              ref={compose.field}
              id={fieldId}
              className="cgv-input cgv-textarea"
              rows={2}
              maxLength={MAX_TEXT}
              value={draft}
              aria-describedby={countId}
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.shiftKey) {
                  e.preventDefault();
                  void add();
                }
              }}
            />
            <button type="submit" className="cgv-btn cgv-btn-primary cgv-btn-wide" {...compose.addProps}>
              <Trans>Add card</Trans>
            </button>
            {compose.emptyNote}
          </form>
        )}
        <SaveFeedback status={status} onDismiss={dismiss} />
      </div>
    </Surface>
  );
}

function EditCard({ text, onSave, onCancel }: { text: string; onSave(text: string): void; onCancel(): void }) {
  const [value, setValue] = useState(text);
  const id = useId();
  const { t } = useLingui();
  return (
    <li className="cgv-card cgv-my-card cgv-editing">
      <form
        className="cgv-edit-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (value.trim()) onSave(value.trim());
        }}
      >
        <label htmlFor={id}>
          <Trans>Edit card</Trans>
        </label>
        <textarea id={id} className="cgv-input cgv-textarea" rows={2} maxLength={MAX_TEXT} value={value} autoFocus onChange={(e) => setValue(e.target.value)} />
        <span className="cgv-inline">
          <button type="submit" className="cgv-btn cgv-btn-primary" disabled={!value.trim()}>
            {t`Save`}
          </button>
          <button type="button" className="cgv-btn" onClick={onCancel}>
            <Trans>Cancel</Trans>
          </button>
        </span>
      </form>
    </li>
  );
}
