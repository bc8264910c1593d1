import { Trans, useLingui } from '@lingui/react/macro';
import { Toggle, NumberField, type EditorProps } from '../kit/editor';
import { TextArea, TextField } from '../../ui/TextField';
import { Select } from '../../ui/Select';
import { teamName } from '../../shared/team-words';
import { WEEKDAYS } from './board';
import type { CommitmentsConfig, WeeklyReport } from './definition';
import { weekdayName } from './words';
import './commitments.css';

const OTHER_TEAM = { sales: 'marketing', marketing: 'sales' } as const;

export function CommitmentsEditor({ config, onChange, errors = {} }: EditorProps<CommitmentsConfig>) {
  const { t, i18n } = useLingui();
  const days = WEEKDAYS.map((d) => ({ value: d, label: weekdayName(i18n, d) }));
  const setReport = (i: number, patch: Partial<WeeklyReport>) =>
    onChange({ ...config, reports: config.reports.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  const m = config.meeting;
  return (
    <div className="editor-grid cgk-editor">
      <TextArea
        label={t`On phones: the personal commitment question`}
        rows={2}
        maxLength={200}
        value={config.pledgePrompt}
        error={errors.pledgePrompt}
        onChange={(e) => onChange({ ...config, pledgePrompt: e.target.value })}
      />
      <div className="editor-row">
        <Toggle
          label={t`Ask who is in for job shadowing`}
          hint={t`Pairs are suggested from the roster, people who said yes first.`}
          checked={config.askShadowing}
          onChange={(askShadowing) => onChange({ ...config, askShadowing })}
        />
        <TextField
          label={t`First shadowing day to suggest`}
          type="date"
          hint={t`Optional. Later pairs get later dates.`}
          value={config.shadowFrom ?? ''}
          error={errors.shadowFrom}
          onChange={(e) => onChange({ ...config, shadowFrom: e.target.value || null })}
        />
        <NumberField
          label={t`Days between pairs`}
          min={0}
          max={60}
          value={config.shadowSpacingDays}
          onChange={(shadowSpacingDays) => onChange({ ...config, shadowSpacingDays })}
        />
      </div>
      {config.reports.map((r, i) => {
        const from = teamName(i18n, r.from);
        const to = teamName(i18n, OTHER_TEAM[r.from]);
        return (
          <fieldset key={r.id} className="cgk-fieldset">
            <legend>{t`Weekly report: ${from} to ${to}`}</legend>
            <TextArea
              label={t`What it contains`}
              rows={2}
              maxLength={300}
              value={r.what}
              error={errors[`reports.${i}.what`]}
              onChange={(e) => setReport(i, { what: e.target.value })}
            />
            <div className="editor-row">
              <TextField label={t`Who sends it`} value={r.owner} maxLength={120} onChange={(e) => setReport(i, { owner: e.target.value })} />
              <Select label={t`Day`} value={r.day} options={days} onChange={(e) => setReport(i, { day: e.target.value as WeeklyReport['day'] })} />
            </div>
          </fieldset>
        );
      })}
      <fieldset className="cgk-fieldset">
        <legend>
          <Trans>Joint meeting</Trans>
        </legend>
        <div className="editor-row">
          <Select
            label={t`Every`}
            value={String(m.everyWeeks)}
            options={[
              { value: '2', label: t`2 weeks` },
              { value: '3', label: t`3 weeks` },
            ]}
            onChange={(e) => onChange({ ...config, meeting: { ...m, everyWeeks: Number(e.target.value) as 2 | 3 } })}
          />
          <Select
            label={t`Day`}
            value={m.day}
            options={days}
            onChange={(e) => onChange({ ...config, meeting: { ...m, day: e.target.value as WeeklyReport['day'] } })}
          />
          <TextField
            label={t`Time`}
            type="time"
            value={m.time}
            error={errors['meeting.time']}
            onChange={(e) => e.target.value && onChange({ ...config, meeting: { ...m, time: e.target.value } })}
          />
          <NumberField label={t`Minutes`} min={15} max={240} value={m.minutes} onChange={(minutes) => onChange({ ...config, meeting: { ...m, minutes } })} />
          <TextField
            label={t`First date`}
            type="date"
            value={m.firstDate ?? ''}
            onChange={(e) => onChange({ ...config, meeting: { ...m, firstDate: e.target.value || null } })}
          />
        </div>
        <TextField
          label={t`What it is for`}
          value={m.topic}
          maxLength={200}
          onChange={(e) => onChange({ ...config, meeting: { ...m, topic: e.target.value } })}
        />
      </fieldset>
      <p className="field-hint">
        <Trans>Pairs, dates and action items are agreed in the room, on the console.</Trans>
      </p>
    </div>
  );
}
