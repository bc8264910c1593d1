import { useId, useState } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { plural } from '@lingui/core/macro';
import { useFocusHandOff } from '../../ui/focus-rule';
import type { ParticipantViewProps } from '../view-types';
import { newCardKey } from '../brainstorm/Participant';
import { useAnswers } from '../kit/views/answers';
import { useComposeFocus } from '../kit/views/compose-focus';
import { afterDelete } from '../kit/views/card-focus';
import { LockedNote, SaveFeedback, useLockHandOff } from '../kit/views/SaveFeedback';
import { Surface } from '../kit/views/surface';
import type { RetroParticipantConfig, RetroShared } from './definition';
import { CARD_KEY } from '../brainstorm/keys';
import { voteKey } from './keys';
import '../kit/views/exercises.css';

type Card = { text: string; prompt: string };
const cardOf = (v: unknown): Card | null => (v && typeof v === 'object' && 'text' in v ? (v as Card) : null);
const dotsOf = (v: unknown): number => (v && typeof v === 'object' && 'dots' in v ? Number((v as { dots: number }).dots) : 0);

function readShared(shared: unknown): RetroShared | null {
  if (!shared || typeof shared !== 'object') return null;
  const s = shared as RetroShared;
  return s.voting && Array.isArray(s.themes) && s.themes.length > 0 ? s : null;
}

export function RetroParticipant(props: ParticipantViewProps<RetroParticipantConfig>) {
  const vote = readShared(props.shared);
  return vote ? <RetroVote {...props} themes={vote.themes} /> : <RetroWrite {...props} />;
}

function RetroWrite({ config, mine, locked, submit, announce }: ParticipantViewProps<RetroParticipantConfig>) {
  const { answers, save, status, dismiss } = useAnswers(mine, submit, announce);
  const [prompt, setPrompt] = useState(config.prompts[0]?.id ?? '');
  const [draft, setDraft] = useState('');
  const fieldId = useId();
  const compose = useComposeFocus(announce, draft);
  const lock = useLockHandOff(locked);
  const handFocusTo = useFocusHandOff(); // Delete takes its button away (#15)
  const cards = Object.entries(answers).filter(([k, v]) => CARD_KEY.test(k) && cardOf(v)) as [string, Card][];
  const full = cards.length >= config.maxCardsPerPerson;
  const current = config.prompts.find((p) => p.id === prompt) ?? config.prompts[0];
  const { t } = useLingui();
  const max = config.maxCardsPerPerson;

  async function add() {
    const text = draft.trim();
    if (full || !current) return;
    if (!text) return compose.refuseEmpty();
    setDraft('');
    const question = current.text;
    announce(t`Added to “${question}”: ${text}`);
    compose.added(cards.length + 1 >= config.maxCardsPerPerson);
    const ok = await save(newCardKey(), { text, prompt: current.id }, { undoneMessage: t`Your card was not added.` });
    if (!ok) setDraft(text);
  }

  return (
    <Surface kind="phone" className="cgv-brainstorm cgx-retro">
      <p className="cgv-prompt">
        {config.anonymous ? (
          <Trans>Your cards are anonymous: nobody sees who wrote them.</Trans>
        ) : (
          <Trans>Your name is shown to the facilitator with your cards.</Trans>
        )}
      </p>
      {locked ? <LockedNote ref={lock.note} /> : null}
      {config.prompts.map((p) => {
        const mineHere = cards.filter(([, c]) => c.prompt === p.id);
        return (
          <section key={p.id} className="cgx-retro-prompt" aria-label={p.text}>
            <h2 className="cgv-section-title">{p.text}</h2>
            {mineHere.length === 0 ? (
              <p className="cgv-muted">
                <Trans>No cards yet.</Trans>
              </p>
            ) : null}
            <ul className="cgv-my-cards">
              {mineHere.map(([key, c]) => {
                const text = c.text;
                return (
                  <li key={key} className="cgv-card cgv-my-card">
                    <span className="cgv-card-text">{c.text}</span>
                    {locked ? null : (
                      <button
                        {...lock.watch}
                        type="button"
                        className="cgv-btn cgv-btn-quiet cgv-btn-danger"
                        aria-label={t`Delete “${text}”`}
                        onClick={(e) => {
                          handFocusTo(afterDelete(e.currentTarget, 'li.cgv-my-card', () => compose.field.current ?? compose.fullNotice.current));
                          announce(t`Deleted: ${text}`);
                          void save(key, null, { undoneMessage: t`The card is back.` });
                        }}
                      >
                        <Trans>Delete</Trans>
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      <div className="cgv-bottom-bar">
        {locked ? null : full ? (
          <p className="cgv-notice" ref={compose.fullNotice} tabIndex={-1}>
            <Trans>That's all {max} of your cards. Delete one to add another.</Trans>
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
            <fieldset className="cgx-retro-which">
              <legend>
                <Trans>Which question?</Trans>
              </legend>
              {config.prompts.map((p) => (
                <label key={p.id} className={`cgx-retro-chip${p.id === current?.id ? ' cgx-retro-chip-on' : ''}`}>
                  <input type="radio" name={`${fieldId}-q`} checked={p.id === current?.id} onChange={() => setPrompt(p.id)} />
                  {p.text}
                </label>
              ))}
            </fieldset>
            <label htmlFor={fieldId}>
              <Trans>Write a card</Trans>
            </label>
            <textarea
              ref={compose.field}
              id={fieldId}
              className="cgv-input cgv-textarea"
              rows={2}
              maxLength={200}
              value={draft}
              onChange={(e) => setDraft(e.target.value)}
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

function RetroVote({ config, mine, locked, submit, announce, themes }: ParticipantViewProps<RetroParticipantConfig> & { themes: RetroShared['themes'] }) {
  const { answers, save, status, dismiss } = useAnswers(mine, submit, announce);
  const used = themes.reduce((s, t) => s + dotsOf(answers[voteKey(t.id)]), 0);
  const left = config.dotsPerPerson - used;
  const total = config.dotsPerPerson;
  const { t } = useLingui();
  const set = (themeId: string, text: string, dots: number) => {
    const name = text;
    const refused = locked
      ? t`Answers are locked. You can still see what you chose.`
      : dots < 0
        ? t`No dot on ${text} to take back.`
        : dots > dotsOf(answers[voteKey(themeId)]) && left <= 0
          ? t`No dots left. Take one off another theme first.`
          : null;
    if (refused) {
      announce(refused);
      return;
    }
    const count = dots;
    announce(t`${name}: ${plural(count, { one: '# dot', other: '# dots' })}.`);
    void save(voteKey(themeId), dots > 0 ? { dots } : null, { undoneMessage: t`Your dots were put back.` });
  };
  return (
    <Surface kind="phone" className="cgx-retro">
      <p className="cgv-prompt">
        <Trans>Spend your dots on the themes we should work on first.</Trans>
      </p>
      {locked ? <LockedNote /> : null}
      <ul className="cgx-vote-list">
        {themes.map((theme) => {
          const dots = dotsOf(answers[voteKey(theme.id)]);
          const name = theme.name;
          const text = name;
          return (
            <li key={theme.id} className="cgv-card cgx-vote-row">
              <span className="cgv-card-text">{name}</span>
              <span className="cgx-vote-controls">
                {/* aria-disabled, not disabled: the − and + that just took or spent the last dot keep the keyboard; a press says why (#15). */}
                <button
                  type="button"
                  className="cgv-btn"
                  aria-disabled={locked || dots === 0 || undefined}
                  aria-label={t`Take a dot off ${text}`}
                  onClick={() => set(theme.id, name, dots - 1)}
                >
                  −
                </button>
                <span className="cgx-vote-dots" aria-label={t`${plural(dots, { one: '# dot', other: '# dots' })} on ${name}`}>
                  {'●'.repeat(dots) || '0'}
                </span>
                <button
                  type="button"
                  className="cgv-btn"
                  aria-disabled={locked || left <= 0 || undefined}
                  aria-label={t`Put a dot on ${name}`}
                  onClick={() => set(theme.id, name, dots + 1)}
                >
                  +
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <div className="cgv-bottom-bar">
        <p className="cgv-progress" aria-live="polite">
          <Trans>
            <strong>{left}</strong> of {total} dots left
          </Trans>
        </p>
        <SaveFeedback status={status} onDismiss={dismiss} />
      </div>
    </Surface>
  );
}
