import { Trans, useLingui } from '@lingui/react/macro';
import type { I18n } from '@lingui/core';
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../../app/store-context';
import { AutoTextArea, AutoTextField } from '../../components/AutoField';
import { Select } from '../../../ui/Select';
import { STATUS_NAME } from '../workshops/format';
import { WorkshopNamesSetting } from './NamingSettings';
import { BrandingSection } from './BrandingSection';
import { SeriesField } from './SeriesField';
import { CURRENCIES, CURRENCY_INFO, currencySymbol, type CurrencyCode } from '../../../shared/currency';
import { WorkshopLanguageSelect } from './WorkshopLanguageSelect';
import { intlOf } from '../../i18n/format';

const orNull = (v: string) => (v.trim() === '' ? null : v);

export function DetailsPanel() {
  const w = useApp((s) => s.planner.detail!.workshop);
  const errors = useApp(useShallow((s) => pick(s.planner.fieldErrors, 'workshop.')));
  const update = useApp((s) => s.updateWorkshop);
  const setFieldErrors = useApp((s) => s.setFieldErrors);
  const { t, i18n } = useLingui();

  return (
    <section className="panel" aria-labelledby="details-heading">
      <div className="panel-header">
        <h2 id="details-heading" className="panel-title">
          <Trans>Details</Trans>
        </h2>
      </div>
      <div className="panel-body details-grid">
        <AutoTextArea
          label={t`Goal`}
          value={w.goal}
          onCommit={(goal) => update({ goal })}
          error={errors.goal}
          rows={4}
          placeholder={t`What should both teams leave with?`}
          fieldClassName="span-2"
        />
        <SeriesField workshopId={w.id} />
        <AutoTextField label={t`Date`} type="date" value={w.date ?? ''} onCommit={(v) => update({ date: orNull(v) })} error={errors.date} />
        {w.status === 'draft' || w.status === 'ready' ? (
          <Select
            label={t`Status`}
            value={w.status}
            onChange={(e) => update({ status: e.target.value as 'draft' | 'ready' })}
            options={[
              { value: 'draft', label: i18n._(STATUS_NAME.draft) },
              { value: 'ready', label: i18n._(STATUS_NAME.ready) },
            ]}
          />
        ) : (
          <div className="field">
            <span className="field-label">
              <Trans>Status</Trans>
            </span>
            <span className={`status-chip status-${w.status}`}>{i18n._(STATUS_NAME[w.status])}</span>
          </div>
        )}
        <AutoTextField
          label={t`Start time`}
          type="time"
          value={w.startTime ?? ''}
          onCommit={(v) => update({ startTime: orNull(v) })}
          error={errors.startTime}
        />
        <AutoTextField
          label={t`Planned end`}
          type="time"
          value={w.plannedEnd ?? ''}
          onCommit={(v) => update({ plannedEnd: orNull(v) })}
          error={errors.plannedEnd}
        />
        <AutoTextField
          label={t`Location`}
          value={w.location}
          onCommit={(location) => update({ location })}
          error={errors.location}
          placeholder={t`Room or video link`}
          maxLength={200}
        />
        <AutoTextField
          label={t`Facilitator`}
          value={w.facilitator}
          onCommit={(facilitator) => update({ facilitator })}
          error={errors.facilitator}
          placeholder={t`Your name`}
          maxLength={200}
        />
        <Select
          label={t`Currency`}
          hint={t`Money in this workshop’s exercises (comp plans, paychecks) is shown in it.`}
          value={w.currency}
          onChange={(e) => update({ currency: e.target.value as CurrencyCode })}
          options={CURRENCIES.map((c) => ({ value: c, label: `${c}: ${currencyName(i18n, c)} (${currencySymbol(c)})` }))}
        />
        <WorkshopLanguageSelect value={w.language} onChange={(language) => update({ language })} />
        <AutoTextField
          label={t`Anonymity threshold`}
          type="number"
          inputMode="numeric"
          min={1}
          max={20}
          value={String(w.anonymityThreshold)}
          onCommit={(v) => {
            const n = Number(v);
            if (v.trim() === '' || !Number.isInteger(n) || n < 1 || n > 20) {
              setFieldErrors({ 'workshop.anonymityThreshold': t`Use a whole number from 1 to 20.` });
              return false;
            }
            return update({ anonymityThreshold: n });
          }}
          error={errors.anonymityThreshold}
          hint={t`Results are split by team only when each team has at least this many respondents, so nobody can be singled out.`}
          fieldClassName="span-2 threshold-field"
          className="input-narrow"
        />
        <WorkshopNamesSetting />
        <BrandingSection />
      </div>
    </section>
  );
}

/** The currency's name in the interface language: Intl's for other languages, the app's own in English ("US dollar"). */
function currencyName(i18n: I18n, code: CurrencyCode): string {
  const locale = intlOf(i18n);
  if (locale === 'en') return CURRENCY_INFO[code].name;
  return new Intl.DisplayNames([locale], { type: 'currency' }).of(code) ?? CURRENCY_INFO[code].name;
}

function pick(errors: Record<string, string>, prefix: string): Record<string, string | undefined> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(errors)) if (k.startsWith(prefix)) out[k.slice(prefix.length)] = v;
  return out;
}
