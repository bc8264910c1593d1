import { Trans, useLingui } from '@lingui/react/macro';
import { findDefinition } from '../../../activities/registry';
import { namingOf, namingPolicyOf } from '../../../activities/naming';
import { Toggle } from '../../../activities/kit/editor';
import { NAMINGS, type Naming } from '../../../shared/privacy';
import type { Activity } from '../../../shared/domain';
import { useApp } from '../../app/store-context';
import { Select } from '../../../ui/Select';
import { useConfirmAfterAnswers } from './ConfirmAfterAnswers';
import { NAMING_NAME } from './words';
import './naming-settings.css';

/** The workshop setting "Names in the report and exports" (off by default). */
export function WorkshopNamesSetting() {
  const on = useApp((s) => s.planner.detail!.workshop.namesInExports);
  const update = useApp((s) => s.updateWorkshop);
  const { request, dialog } = useConfirmAfterAnswers();
  const { t } = useLingui();

  return (
    <div className="span-2 names-setting">
      <Toggle
        label={t`Names in the report and exports`}
        checked={on}
        hint={t`Off: the PDF report and the CSV show answers by team only, never who said what (commitments always carry names). On: answers show names, except in the trust retro, the persona and anonymous activities.`}
        onChange={(next) =>
          void request({
            title: next ? t`Show names in the report and exports?` : t`Take names out of the report and exports?`,
            message: () =>
              next ? (
                <p>
                  <Trans>
                    People answered being told their name would not be shown. From now on the report and the CSV show who gave each answer in activities that
                    follow the workshop.
                  </Trans>
                </p>
              ) : (
                <p>
                  <Trans>The report and the CSV will no longer show who gave each answer; the whole-workshop JSON still holds names.</Trans>
                </p>
              ),
            confirmLabel: next ? t`Show names` : t`Take names out`,
            apply: () => update({ namesInExports: next }),
          })
        }
      />
      {dialog}
    </div>
  );
}

const FOLLOW = 'follow';

/** How one activity treats names: a choice where the kind follows the workshop, a fixed line where it does not. */
export function ActivityNamingSetting({ activity }: { activity: Activity }) {
  const workshop = useApp((s) => s.planner.detail!.workshop);
  const update = useApp((s) => s.updateActivity);
  const { request, dialog } = useConfirmAfterAnswers();
  const { t, i18n } = useLingui();
  const def = findDefinition(activity.kind);
  if (!def?.responses) return null;

  const policy = namingPolicyOf(def);
  const effective = namingOf(def, activity, workshop);
  if (policy === 'named-by-nature') {
    return <Fixed>{t`Named: pairs, reports and promises go with people’s names, whatever the workshop setting.`}</Fixed>;
  }
  if (policy === 'always-anonymous') {
    return <Fixed>{t`Anonymous: no name and no team next to an answer, even when names are on, so people can be honest.`}</Fixed>;
  }
  if (def.isAnonymous?.(activity.config)) {
    return <Fixed>{t`Anonymous: set by the settings below, so no name or team goes with an answer.`}</Fixed>;
  }

  const byWorkshop = i18n._(NAMING_NAME[namingOf(def, { ...activity, naming: null }, workshop)]);
  const inForce = i18n._(NAMING_NAME[effective]);
  const options = [{ value: FOLLOW, label: t`Follow the workshop (now: ${byWorkshop})` }, ...NAMINGS.map((n) => ({ value: n, label: i18n._(NAMING_NAME[n]) }))];
  return (
    <div className="naming-settings">
      <Select
        label={t`Names in the report`}
        hint={t`In force: ${inForce}. People see this before they answer.`}
        value={activity.naming ?? FOLLOW}
        options={options}
        fieldClassName="naming-select"
        onChange={(e) => {
          const next = e.target.value === FOLLOW ? null : (e.target.value as Naming);
          const after = i18n._(NAMING_NAME[namingOf(def, { ...activity, naming: next }, workshop)]);
          const title = activity.title;
          const chosen = next ? i18n._(NAMING_NAME[next]) : null;
          void request({
            title: t`Change names for “${title}”?`,
            activityId: activity.id,
            message: () => (
              <p>
                <Trans>
                  People answered being told “{inForce}”. The report and the CSV will show their answers as “{after}”.
                </Trans>
              </p>
            ),
            confirmLabel: chosen ? t`Use ${chosen}` : t`Use the workshop setting`,
            apply: () => update(activity.id, { naming: next }),
          });
        }}
      />
      {dialog}
    </div>
  );
}

const Fixed = ({ children }: { children: string }) => (
  <div className="naming-settings">
    <span className="field-label">
      <Trans>Names in the report</Trans>
    </span>
    <p className="naming-fixed">{children}</p>
  </div>
);
