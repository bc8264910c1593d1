import { DndContext, DragOverlay, type DragEndEvent, type DragStartEvent, type UniqueIdentifier } from '@dnd-kit/core';
import { useEffect, useId, useState } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { plural } from '@lingui/core/macro';
import { useFocusHandOff } from '../../ui/focus-rule';
import type { ParticipantViewProps } from '../view-types';
import { useAnswers } from '../kit/views/answers';
import { useComposeFocus } from '../kit/views/compose-focus';
import { buildAnnouncements, screenReaderInstructions, useDragSensors, zoneCollision } from '../kit/views/dnd';
import { CardFace, DraggableCard, keepOutOfDrag } from '../kit/views/DraggableCard';
import { DropZone } from '../kit/views/DropZone';
import { PlaceMenu } from '../kit/views/PlaceMenu';
import { afterDelete } from '../kit/views/card-focus';
import { LockedNote, SaveFeedback, useLockHandOff } from '../kit/views/SaveFeedback';
import { Surface, useReducedMotion } from '../kit/views/surface';
import { newCardKey } from '../brainstorm/Participant';
import type { PersonaParticipantConfig } from './definition';
import { NOTE_KEY, VOTE_KEY } from './keys';
import './persona.css';
import { inSentence } from '../in-sentence';

type Shared = { phase: 'collect' } | { phase: 'vote'; ballot: { id: string; section: string; text: string }[] };
const readShared = (s: unknown): Shared => {
  const x = s as Shared | undefined;
  return x && x.phase === 'vote' && Array.isArray(x.ballot) ? x : { phase: 'collect' };
};
const noteOf = (v: unknown) => (v && typeof v === 'object' && 'text' in v ? (v as { section: string; text: string }) : null);
const dotsOf = (v: unknown) => (v && typeof v === 'object' && 'dots' in v ? Number((v as { dots: number }).dots) : 0);

/** Write notes onto the persona's sections; when the vote is open, spend dots on the room's notes. */
export function PersonaParticipant(props: ParticipantViewProps<PersonaParticipantConfig>) {
  const shared = readShared(props.shared);
  return shared.phase === 'vote' ? <Vote {...props} ballot={shared.ballot} /> : <Notes {...props} />;
}

interface Section {
  id: string;
  title: string;
}

/** Notes whose section left the canvas (the facilitator edited it) sit here until moved; nothing can be dropped in. */
const NOWHERE = '__nowhere';

function Notes({ config, mine, locked, submit, announce }: ParticipantViewProps<PersonaParticipantConfig>) {
  const { answers, save, status, dismiss } = useAnswers(mine, submit, announce);
  const [section, setSection] = useState(config.sections[0]?.id ?? '');
  const [draft, setDraft] = useState('');
  const [activeId, setActiveId] = useState<string | null>(null);
  const [focusNote, setFocusNote] = useState<string | null>(null);
  const fieldId = useId();
  const compose = useComposeFocus(announce, draft);
  const lock = useLockHandOff(locked);
  const handFocusTo = useFocusHandOff(); // Delete takes its button away (#15)
  const sensors = useDragSensors();
  const reducedMotion = useReducedMotion();
  const notes = Object.entries(answers).filter(([k, v]) => NOTE_KEY.test(k) && noteOf(v));
  const full = notes.length >= config.notesPerPerson;
  const current = config.sections.find((s) => s.id === section);
  const { t, i18n } = useLingui();
  const subject = inSentence(i18n.locale, config.subject);
  const max = config.notesPerPerson;
  const sectionTitle = current?.title ?? '';
  const mineCount = notes.length;

  const noteByKey = (key: UniqueIdentifier) => noteOf(answers[String(key)]);
  const textOf = (key: UniqueIdentifier) => noteByKey(key)?.text ?? t`the note`;
  const titleOf = (id: string) => config.sections.find((s) => s.id === id)?.title;
  const sectionOf = (key: UniqueIdentifier) => {
    const id = noteByKey(key)?.section ?? '';
    return titleOf(id) ? id : NOWHERE;
  };
  const notesIn = (id: string) => notes.filter(([key]) => sectionOf(key) === id);
  // Sections with notes are full zones in canvas order; while a note is lifted the
  // others join below as slim targets, so nothing above the finger moves.
  const filled = config.sections.filter((s) => notesIn(s.id).length > 0);
  const empty = activeId ? config.sections.filter((s) => notesIn(s.id).length === 0) : [];
  const orphans = notesIn(NOWHERE);

  useEffect(() => {
    if (!focusNote) return;
    document.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(focusNote)}"] .cgp-move`)?.focus();
    setFocusNote(null);
  }, [focusNote, answers]);

  const add = async () => {
    const text = draft.trim();
    if (full || !current) return;
    if (!text) return compose.refuseEmpty();
    setDraft('');
    const title = current.title;
    announce(t`Added to ${title}: ${text}`);
    compose.added(notes.length + 1 >= config.notesPerPerson);
    const ok = await save(newCardKey().replace('card-', 'note-'), { section, text }, { undoneMessage: t`Your note was not added.` });
    if (!ok) setDraft(text);
  };

  async function move(key: string, to: string, how: 'drag' | 'menu') {
    const note = noteByKey(key);
    const title = titleOf(to);
    if (!note || !title || note.section === to) return;
    const from = titleOf(note.section) ?? t`where it was`;
    const text = note.text;
    if (how === 'menu') {
      announce(t`${text} moved to ${title}.`);
      setFocusNote(key);
    }
    const ok = await save(key, { section: to, text }, { undoneMessage: t`${text} went back to ${from}.` });
    if (!ok && how === 'menu') setFocusNote(key); // back where it was: keep the focus on it, not on the page
  }

  const announcements = buildAnnouncements(
    {
      nameOf: textOf,
      placeOf: (overId) => titleOf(String(overId)),
      originOf: (key) => titleOf(sectionOf(key)) ?? t`where it was`,
    },
    i18n,
  );

  const renderNote = ([key, v]: [string, unknown], zoneId: string) => {
    const n = noteOf(v)!;
    const text = n.text;
    return (
      <DraggableCard key={key} id={key} text={n.text} zoneId={zoneId} disabled={locked} className="cgp-my-note">
        {locked ? null : (
          <div className="cgp-note-actions" {...keepOutOfDrag} {...lock.watch}>
            <PlaceMenu
              label={t`Move “${text}”`}
              listLabel={t`Where “${text}” goes`}
              buttonText={t`Move…`}
              places={config.sections.filter((s) => s.id !== zoneId).map((s) => ({ id: s.id, label: s.title }))}
              onPlace={(to) => void move(key, to, 'menu')}
              className="cgp-move"
              menuClassName="cgp-move-menu"
              optionClassName="cgp-move-option"
            />
            <button
              type="button"
              className="cgv-btn cgv-btn-quiet cgv-btn-danger cgp-delete"
              aria-label={t`Delete “${text}”`}
              onClick={(e) => {
                handFocusTo(afterDelete(e.currentTarget, '[data-card-id]', () => compose.field.current ?? compose.fullNotice.current));
                announce(t`Deleted: ${text}`);
                void save(key, null, { undoneMessage: t`The note is back.` });
              }}
            >
              <Trans>Delete</Trans>
            </button>
          </div>
        )}
      </DraggableCard>
    );
  };

  const renderZone = (s: Section, index: number, slim = false) => {
    const inZone = notesIn(s.id);
    return (
      <DropZone
        key={s.id}
        id={s.id}
        zoneIndex={index}
        title={s.title}
        count={slim ? undefined : inZone.length}
        disabled={locked || s.id === NOWHERE}
        className={slim ? 'cgp-zone cgp-zone-slim' : 'cgp-zone'}
      >
        {inZone.length > 0 ? <ul className="cgv-card-list">{inZone.map((entry) => renderNote(entry, s.id))}</ul> : null}
      </DropZone>
    );
  };

  return (
    <Surface kind="phone" className={`cgp-phone${activeId ? ' cgp-dragging' : ''}`}>
      <p className="cgv-prompt">
        <Trans>Describe {subject} the way you would describe a customer.</Trans>
      </p>
      {locked ? <LockedNote ref={lock.note} /> : null}
      {!locked ? (
        <fieldset className="cgp-sections" {...lock.watch}>
          <legend className="cgp-legend">
            <Trans>Section</Trans>
          </legend>
          <div className="cgp-chips">
            {config.sections.map((s) => {
              const count = notesIn(s.id).length;
              return (
                <button
                  key={s.id}
                  type="button"
                  className={`cgv-btn cgp-chip${section === s.id ? ' cgp-chip-on' : ''}`}
                  aria-pressed={section === s.id}
                  onClick={() => setSection(s.id)}
                >
                  {s.title}
                  {count > 0 ? <span className="cgp-chip-count"> ({count})</span> : null}
                </button>
              );
            })}
          </div>
          {current?.hint ? <p className="cgv-hint">{current.hint}</p> : null}
        </fieldset>
      ) : null}
      <h2 className="cgv-section-title">
        <Trans>
          Your notes{' '}
          <span className="cgv-muted">
            {mineCount} of {max}
          </span>
        </Trans>
      </h2>
      {notes.length === 0 ? (
        <p className="cgv-muted">
          <Trans>Nothing yet. One idea per note works best.</Trans>
        </p>
      ) : null}
      {notes.length > 0 && !locked ? (
        <p className="cgv-hint cgp-move-hint">
          <Trans>Wrong section? Hold a note and drag it, or use Move.</Trans>
        </p>
      ) : null}
      <DndContext
        sensors={sensors}
        collisionDetection={zoneCollision}
        onDragStart={(e: DragStartEvent) => setActiveId(String(e.active.id))}
        onDragEnd={(e: DragEndEvent) => {
          setActiveId(null);
          if (e.over) void move(String(e.active.id), String(e.over.id), 'drag');
        }}
        onDragCancel={() => setActiveId(null)}
        accessibility={{ announcements, screenReaderInstructions: screenReaderInstructions(i18n) }}
      >
        {notes.length > 0 ? (
          <div className="cgp-zones">
            {filled.map((s, i) => renderZone(s, i))}
            {orphans.length > 0 ? renderZone({ id: NOWHERE, title: t`No longer on the canvas` }, -1) : null}
            {empty.length > 0 ? (
              <div className="cgp-slim-zones">
                <p className="cgp-slim-label">
                  <Trans>Or drop it on</Trans>
                </p>
                {empty.map((s, i) => renderZone(s, filled.length + i, true))}
              </div>
            ) : null}
          </div>
        ) : null}
        <DragOverlay dropAnimation={reducedMotion ? null : undefined}>{activeId ? <CardFace text={textOf(activeId)} lifted /> : null}</DragOverlay>
      </DndContext>
      <div className="cgv-bottom-bar">
        {locked ? null : full ? (
          <p className="cgv-notice" ref={compose.fullNotice} tabIndex={-1}>
            <Trans>That is all {max} of your notes. Delete one to add another.</Trans>
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
              <Trans>Note for “{sectionTitle}”</Trans>
            </label>
            <div className="cgp-compose-row">
              <textarea
                ref={compose.field}
                id={fieldId}
                className="cgv-input cgv-textarea"
                rows={1}
                maxLength={200}
                value={draft}
                onChange={(e) => setDraft(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && !e.shiftKey) {
                    e.preventDefault();
                    void add();
                  }
                }}
              />
              <button type="submit" className="cgv-btn cgv-btn-primary" {...compose.addProps}>
                <Trans>Add note</Trans>
              </button>
            </div>
            {compose.emptyNote}
          </form>
        )}
        <SaveFeedback status={status} onDismiss={dismiss} />
      </div>
    </Surface>
  );
}

function Vote({
  config,
  mine,
  locked,
  submit,
  announce,
  ballot,
}: ParticipantViewProps<PersonaParticipantConfig> & { ballot: { id: string; section: string; text: string }[] }) {
  const { answers, save, status, dismiss } = useAnswers(mine, submit, announce);
  const count = (id: string) => dotsOf(answers[`v-${id}`]);
  const onBallot = (k: string) => ballot.some((b) => `v-${b.id}` === k);
  const used = Object.entries(answers).reduce((s, [k, v]) => (VOTE_KEY.test(k) && onBallot(k) ? s + dotsOf(v) : s), 0);
  const left = Math.max(0, config.dotsPerPerson - used);
  const { t, i18n } = useLingui();
  const subject = inSentence(i18n.locale, config.subject);
  const dots = (count: number) => t`${plural(count, { one: '# dot', other: '# dots' })}`;
  const total = dots(config.dotsPerPerson);
  const change = (id: string, text: string, delta: 1 | -1) => {
    const next = count(id) + delta;
    if (next < 0 || (delta === 1 && left === 0)) {
      announce(delta === 1 ? t`No dots left. Take one back from another note first.` : t`No dot on ${text} to take back.`);
      return;
    }
    const now = dots(next);
    const remaining = dots(left - delta);
    const before = dots(count(id));
    announce(t`${text} has ${now}. ${remaining} left.`);
    void save(`v-${id}`, next === 0 ? null : { dots: next }, { undoneMessage: t`${text} is back to ${before}.` });
  };
  return (
    <Surface kind="phone" className="cgp-phone">
      <p className="cgv-prompt">
        <Trans>Which notes describe {subject} best?</Trans>
      </p>
      <p className="cgv-hint">
        <Trans>Spend your dots. Several on one note is fine.</Trans>
      </p>
      {locked ? <LockedNote /> : null}
      {config.sections.map((s) => {
        const notes = ballot.filter((b) => b.section === s.id);
        if (notes.length === 0) return null;
        return (
          <section key={s.id} className="cgp-vote-section" aria-label={s.title}>
            <h2 className="cgv-section-title">{s.title}</h2>
            <ul className="cgp-vote-list">
              {notes.map((b) => {
                const text = b.text;
                return (
                  <li key={b.id} className={`cgp-vote-note${count(b.id) > 0 ? ' cgp-vote-chosen' : ''}`}>
                    <span className="cgp-vote-text">
                      {b.text}
                      <span className="cgp-vote-dots">
                        <span aria-hidden="true">{'●'.repeat(count(b.id))}</span> <span className="cgv-sr">{dots(count(b.id))}</span>
                      </span>
                    </span>
                    {!locked ? (
                      <span className="cgv-stepper">
                        {/* aria-disabled, not disabled: the − and + that just took or spent the last dot keep the keyboard; a press says why (#15). */}
                        <button
                          type="button"
                          className="cgv-btn cgv-step"
                          aria-label={t`Take a dot from ${text}`}
                          aria-disabled={count(b.id) === 0 || undefined}
                          onClick={() => change(b.id, b.text, -1)}
                        >
                          −
                        </button>
                        <button
                          type="button"
                          className="cgv-btn cgv-step cgv-btn-primary"
                          aria-label={t`Add a dot to ${text}`}
                          aria-disabled={left === 0 || undefined}
                          onClick={() => change(b.id, b.text, 1)}
                        >
                          +
                        </button>
                      </span>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
      <div className="cgv-bottom-bar">
        <p className="cgv-progress">
          <Trans>
            <strong>{left}</strong> of {total} left
          </Trans>
        </p>
        <SaveFeedback status={status} onDismiss={dismiss} />
      </div>
    </Surface>
  );
}
