import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useState, type ReactNode } from 'react';
import { useApp } from '../../app/store-context';
import { ConfirmDialog } from '../../../ui/Dialog';

export interface PrivacyChange {
  /** The question, e.g. "Show names in the report and exports?" */
  title: string;
  /** Which answers count: the whole workshop, or one activity. */
  activityId?: string;
  /** What changes for the people who already answered, given how many answers there are. */
  message(answers: number): ReactNode;
  confirmLabel: string;
  apply(): void;
}

/**
 * Changing who can be recognised once people have answered: ask first (they
 * answered under the old setting), apply at once when nobody has answered yet.
 * When the count cannot be read, ask anyway.
 */
export function useConfirmAfterAnswers() {
  const countAnswers = useApp((s) => s.countAnswers);
  const { t } = useLingui();
  const [pending, setPending] = useState<{ change: PrivacyChange; answers: number | null } | null>(null);

  async function request(change: PrivacyChange) {
    const counts = await countAnswers();
    const answers = counts === null ? null : change.activityId ? (counts[change.activityId] ?? 0) : Object.values(counts).reduce((a, b) => a + b, 0);
    if (answers === 0) change.apply();
    else setPending({ change, answers });
  }

  const answers = pending?.answers ?? null;
  const dialog = pending ? (
    <ConfirmDialog
      title={pending.change.title}
      message={
        <>
          <p>
            {answers === null
              ? t`People may already have answered under the current setting.`
              : t`${plural(answers, { one: '# answer was given under the current setting.', other: '# answers were given under the current setting.' })}`}
          </p>
          {pending.change.message(pending.answers ?? 0)}
          <p className="muted">
            <Trans>The change is written to the privacy log in the console.</Trans>
          </p>
        </>
      }
      confirmLabel={pending.change.confirmLabel}
      onCancel={() => setPending(null)}
      onConfirm={() => {
        pending.change.apply();
        setPending(null);
      }}
    />
  ) : null;

  return { request, dialog };
}
