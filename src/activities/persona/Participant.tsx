import { useId, useState } from 'react';
import type { ParticipantViewProps } from '../view-types';
import { useAnswers } from '../views-kit/answers';
import { LockedNote, SaveFeedback } from '../views-kit/SaveFeedback';
import { Surface, plural } from '../views-kit/surface';
import { newCardKey } from '../brainstorm/Participant';
import type { PersonaConfig } from './definition';
import { NOTE_KEY, VOTE_KEY } from './logic';
import './persona.css';

type Shared = { phase: 'collect' } | { phase: 'vote'; ballot: { id: string; section: string; text: string }[] };
const readShared = (s: unknown): Shared => {
  const x = s as Shared | undefined;
  return x && x.phase === 'vote' && Array.isArray(x.ballot) ? x : { phase: 'collect' };
};
const noteOf = (v: unknown) => (v && typeof v === 'object' && 'text' in v ? (v as { section: string; text: string }) : null);
const dotsOf = (v: unknown) => (v && typeof v === 'object' && 'dots' in v ? Number((v as { dots: number }).dots) : 0);

/** Write notes onto the persona's sections; when the vote is open, spend dots on the room's notes. */
export function PersonaParticipant(props: ParticipantViewProps<PersonaConfig>) {
  const shared = readShared(props.shared);
  return shared.phase === 'vote' ? <Vote {...props} ballot={shared.ballot} /> : <Notes {...props} />;
}

function Notes({ config, mine, locked, submit, announce }: ParticipantViewProps<PersonaConfig>) {
  const { answers, save, status, dismiss } = useAnswers(mine, submit, announce);
  const [section, setSection] = useState(config.sections[0]?.id ?? '');
  const [draft, setDraft] = useState('');
  const fieldId = useId();
  const notes = Object.entries(answers).filter(([k, v]) => NOTE_KEY.test(k) && noteOf(v));
  const full = notes.length >= config.notesPerPerson;
  const current = config.sections.find((s) => s.id === section);

  const add = async () => {
    const text = draft.trim();
    if (!text || full || !current) return;
    setDraft('');
    announce(`Added to ${current.title}: ${text}`);
    const ok = await save(newCardKey().replace('card-', 'note-'), { section, text }, { undoneMessage: 'Your note was not added.' });
    if (!ok) setDraft(text);
  };

  return (
    <Surface kind="phone" className="cgp-phone">
      <p className="cgv-prompt">Describe {config.subject.toLowerCase()} the way you would describe a customer.</p>
      {locked ? <LockedNote /> : null}
      {!locked ? (
        <fieldset className="cgp-sections">
          <legend className="cgp-legend">Section</legend>
          <div className="cgp-chips">
            {config.sections.map((s) => {
              const count = notes.filter(([, v]) => noteOf(v)!.section === s.id).length;
              return (
                <button key={s.id} type="button" className={`cgv-btn cgp-chip${section === s.id ? ' cgp-chip-on' : ''}`} aria-pressed={section === s.id} onClick={() => setSection(s.id)}>
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
        Your notes <span className="cgv-muted">{notes.length} of {config.notesPerPerson}</span>
      </h2>
      {notes.length === 0 ? <p className="cgv-muted">Nothing yet. One idea per note works best.</p> : null}
      <ul className="cgp-my-notes">
        {notes.map(([key, v]) => {
          const n = noteOf(v)!;
          return (
            <li key={key} className="cgv-card cgp-my-note">
              <span className="cgp-note-section">{config.sections.find((s) => s.id === n.section)?.title}</span>
              <span className="cgv-card-text">{n.text}</span>
              {!locked ? (
                <button
                  type="button"
                  className="cgv-btn cgv-btn-quiet cgv-btn-danger"
                  aria-label={`Delete “${n.text}”`}
                  onClick={() => {
                    announce(`Deleted: ${n.text}`);
                    void save(key, null, { undoneMessage: 'The note is back.' });
                  }}
                >
                  Delete
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
      <div className="cgv-bottom-bar">
        {locked ? null : full ? (
          <p className="cgv-notice">That is all {config.notesPerPerson} of your notes. Delete one to add another.</p>
        ) : (
          <form
            className="cgv-compose"
            onSubmit={(e) => {
              e.preventDefault();
              void add();
            }}
          >
            <label htmlFor={fieldId}>Note for “{current?.title}”</label>
            <textarea
              id={fieldId}
              className="cgv-input cgv-textarea"
              rows={2}
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
            <button type="submit" className="cgv-btn cgv-btn-primary cgv-btn-wide" disabled={!draft.trim()}>
              Add note
            </button>
          </form>
        )}
        <SaveFeedback status={status} onDismiss={dismiss} />
      </div>
    </Surface>
  );
}

function Vote({ config, mine, locked, submit, announce, ballot }: ParticipantViewProps<PersonaConfig> & { ballot: { id: string; section: string; text: string }[] }) {
  const { answers, save, status, dismiss } = useAnswers(mine, submit, announce);
  const count = (id: string) => dotsOf(answers[`v-${id}`]);
  const used = Object.entries(answers).reduce((s, [k, v]) => (VOTE_KEY.test(k) ? s + dotsOf(v) : s), 0);
  const left = Math.max(0, config.dotsPerPerson - used);
  const change = (id: string, text: string, delta: 1 | -1) => {
    const next = count(id) + delta;
    if (next < 0 || (delta === 1 && left === 0)) {
      if (delta === 1) announce('No dots left. Take one back from another note first.');
      return;
    }
    announce(`${text} has ${plural(next, 'dot')}. ${plural(left - delta, 'dot')} left.`);
    void save(`v-${id}`, next === 0 ? null : { dots: next }, { undoneMessage: `${text} is back to ${plural(count(id), 'dot')}.` });
  };
  return (
    <Surface kind="phone" className="cgp-phone">
      <p className="cgv-prompt">Which notes describe {config.subject.toLowerCase()} best?</p>
      <p className="cgv-hint">Spend your dots. Several on one note is fine.</p>
      {locked ? <LockedNote /> : null}
      {config.sections.map((s) => {
        const notes = ballot.filter((b) => b.section === s.id);
        if (notes.length === 0) return null;
        return (
          <section key={s.id} className="cgp-vote-section" aria-label={s.title}>
            <h2 className="cgv-section-title">{s.title}</h2>
            <ul className="cgp-vote-list">
              {notes.map((b) => (
                <li key={b.id} className={`cgp-vote-note${count(b.id) > 0 ? ' cgp-vote-chosen' : ''}`}>
                  <span className="cgp-vote-text">
                    {b.text}
                    <span className="cgp-vote-dots">
                      <span aria-hidden="true">{'●'.repeat(count(b.id))}</span> <span className="cgv-sr">{plural(count(b.id), 'dot')}</span>
                    </span>
                  </span>
                  {!locked ? (
                    <span className="cgv-stepper">
                      <button type="button" className="cgv-btn cgv-step" aria-label={`Take a dot from ${b.text}`} disabled={count(b.id) === 0} onClick={() => change(b.id, b.text, -1)}>
                        −
                      </button>
                      <button type="button" className="cgv-btn cgv-step cgv-btn-primary" aria-label={`Add a dot to ${b.text}`} disabled={left === 0} onClick={() => change(b.id, b.text, 1)}>
                        +
                      </button>
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <div className="cgv-bottom-bar">
        <p className="cgv-progress">
          <strong>{left}</strong> of {plural(config.dotsPerPerson, 'dot')} left
        </p>
        <SaveFeedback status={status} onDismiss={dismiss} />
      </div>
    </Surface>
  );
}
