import { findDefinition } from '../../../activities/registry';
import { namingOf, namingPolicyOf } from '../../../activities/naming';
import { Toggle } from '../../../activities/kit/editor';
import { NAMINGS, NAMING_LABEL, type Naming } from '../../../shared/privacy';
import type { Activity } from '../../../shared/domain';
import { useApp } from '../../app/store-context';
import { Select } from '../../../ui/Select';
import { useConfirmAfterAnswers } from './ConfirmAfterAnswers';
import './naming-settings.css';

/** The workshop setting "Names in the report and exports" (off by default). */
export function WorkshopNamesSetting() {
  const on = useApp((s) => s.planner.detail!.workshop.namesInExports);
  const update = useApp((s) => s.updateWorkshop);
  const { request, dialog } = useConfirmAfterAnswers();

  return (
    <div className="span-2 names-setting">
      <Toggle
        label="Names in the report and exports"
        checked={on}
        hint="Off: the PDF report and the CSV show answers by team only, never who said what (commitments always carry names). On: answers show names, except in the trust retro, the persona and anonymous activities."
        onChange={(next) =>
          void request({
            title: next ? 'Show names in the report and exports?' : 'Take names out of the report and exports?',
            message: () =>
              next ? (
                <p>
                  People answered being told their name would not be shown. From now on the report and the CSV show who gave each answer in activities that
                  follow the workshop.
                </p>
              ) : (
                <p>The report and the CSV will no longer show who gave each answer; the whole-workshop JSON still holds names.</p>
              ),
            confirmLabel: next ? 'Show names' : 'Take names out',
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
  const def = findDefinition(activity.kind);
  if (!def?.responses) return null;

  const policy = namingPolicyOf(def);
  const effective = namingOf(def, activity, workshop);
  if (policy === 'named-by-nature') {
    return <Fixed>Named: pairs, reports and promises go with people’s names, whatever the workshop setting.</Fixed>;
  }
  if (policy === 'always-anonymous') {
    return <Fixed>Anonymous: no name and no team next to an answer, even when names are on, so people can be honest.</Fixed>;
  }
  if (def.isAnonymous?.(activity.config)) {
    return <Fixed>Anonymous: set by the settings below, so no name or team goes with an answer.</Fixed>;
  }

  const byWorkshop = namingOf(def, { ...activity, naming: null }, workshop);
  const options = [
    { value: FOLLOW, label: `Follow the workshop (now: ${NAMING_LABEL[byWorkshop]})` },
    ...NAMINGS.map((n) => ({ value: n, label: NAMING_LABEL[n] })),
  ];
  return (
    <div className="naming-settings">
      <Select
        label="Names in the report"
        hint={`In force: ${NAMING_LABEL[effective]}. People see this before they answer.`}
        value={activity.naming ?? FOLLOW}
        options={options}
        fieldClassName="naming-select"
        onChange={(e) => {
          const next = e.target.value === FOLLOW ? null : (e.target.value as Naming);
          const after = namingOf(def, { ...activity, naming: next }, workshop);
          void request({
            title: `Change names for “${activity.title}”?`,
            activityId: activity.id,
            message: () => (
              <p>
                People answered being told “{NAMING_LABEL[effective]}”. The report and the CSV will show their answers as “{NAMING_LABEL[after]}”.
              </p>
            ),
            confirmLabel: `Use ${next ? NAMING_LABEL[next] : 'the workshop setting'}`,
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
    <span className="field-label">Names in the report</span>
    <p className="naming-fixed">{children}</p>
  </div>
);
