import { Trans, useLingui } from '@lingui/react/macro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { SeedSourceContext } from '../../../activities/messaging/seeds-source';
import { findEditor } from '../../../activities/editors';
import { findDefinition } from '../../../activities/registry';
import type { Activity } from '../../../shared/domain';
import { useApp } from '../../app/store-context';
import { AutoTextArea } from '../../components/AutoField';
import { FacilitatorGuide } from '../../components/FacilitatorGuide';
import { AUTOSAVE_DELAY_MS } from '../../hooks/useAutosave';
import { ActivityNamingSetting } from './NamingSettings';
import { kindDescription, kindWord } from '../../../activities/kind-words';
import { safeParseIn } from '../../../shared/api/say';

/** The kind's own editor plus private notes, for one agenda row. */
export function ActivityConfigPanel({ activity }: { activity: Activity }) {
  const update = useApp((s) => s.updateActivity);
  const serverError = useApp((s) => s.planner.fieldErrors[`activity.${activity.id}.config`]);
  const notesError = useApp((s) => s.planner.fieldErrors[`activity.${activity.id}.notes`]);
  const def = findDefinition(activity.kind);
  const loadSeeds = useApp((s) => s.loadMessagingSeeds);
  const seedSource = useCallback(() => loadSeeds(activity.workshopId), [loadSeeds, activity.workshopId]);
  const Editor = findEditor(activity.kind);
  const language = useApp((s) => s.planner.detail?.workshop.language);
  const { t, i18n } = useLingui();
  const kind = def ? kindWord(i18n, def.kind, def) : undefined;

  const [draft, setDraft] = useState<unknown>(activity.config);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const lastSent = useRef(JSON.stringify(activity.config));
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<unknown>(null);

  // Another window changed the config: show theirs (ours has been sent already).
  useEffect(() => {
    const incoming = JSON.stringify(activity.config);
    if (incoming !== lastSent.current && !timer.current) {
      lastSent.current = incoming;
      setDraft(activity.config);
    }
  }, [activity.config]);

  // Send what is pending when the panel closes.
  useEffect(
    () => () => {
      if (timer.current) {
        clearTimeout(timer.current);
        update(activity.id, { config: pending.current });
      }
    },
    [activity.id, update],
  );

  function onChange(next: unknown) {
    setDraft(next);
    if (!def) return;
    const parsed = safeParseIn(i18n, def.configSchema, next); // its messages in the interface language
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!parsed.success) {
      const byField: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '_');
        byField[key] ??= issue.message;
      }
      setErrors(byField);
      return;
    }
    setErrors({});
    pending.current = parsed.data;
    timer.current = setTimeout(() => {
      timer.current = null;
      lastSent.current = JSON.stringify(parsed.data);
      update(activity.id, { config: parsed.data });
    }, AUTOSAVE_DELAY_MS);
  }

  const otherErrors = Object.entries(errors).filter(([k]) => k === '_');

  return (
    <div className="config-panel">
      <div className="config-editor">
        <h3 className="config-title">{kind ? t`${kind} settings` : t`Settings`}</h3>
        {def ? <p className="config-why muted">{kindDescription(i18n, def.kind, def)}</p> : null}
        <FacilitatorGuide kind={activity.kind} />
        <ActivityNamingSetting activity={{ ...activity, config: draft }} />
        {Editor ? (
          <SeedSourceContext.Provider value={seedSource}>
            <Editor config={draft} onChange={onChange} errors={errors} language={language} />
          </SeedSourceContext.Provider>
        ) : (
          <p className="muted">
            <Trans>This kind of activity has no settings.</Trans>
          </p>
        )}
        {otherErrors.length > 0 || serverError ? (
          <p className="field-error" role="alert">
            {serverError ?? otherErrors[0]?.[1]}
          </p>
        ) : Object.keys(errors).length > 0 ? (
          <p className="config-unsaved" role="status">
            <Trans>Not saved yet: fix the field marked above.</Trans>
          </p>
        ) : null}
      </div>
      <div className="config-notes">
        <AutoTextArea
          label={t`Facilitator notes`}
          hint={t`Only you see these: not on the projector or phones.`}
          value={activity.notes}
          onCommit={(notes) => update(activity.id, { notes })}
          error={notesError}
          rows={6}
          placeholder={t`Timing tips, who to call on, what to listen for`}
        />
      </div>
    </div>
  );
}
