import { useId, useState } from 'react';
import { Trans, useLingui } from '@lingui/react/macro';
import { LinesField, type EditorProps } from '../kit/editor';
import { itemId } from '../shared-schemas';
import { TextArea, TextField } from '../../ui/TextField';
import { Select } from '../../ui/Select';
import { DecimalField } from '../kit/fields';
import type { CompConfig } from './definition';
import { PLAN_PRESETS, resizeAmount } from './presets';
import { currencyNameIn, editorMoney, monthsShort, planFactsIn } from './editor-words';
import { editorContent, presetContent, presetName } from './editor-content';
import { CapField, ThresholdRuleField } from './EditorRules';
import { capAsAttainment, capForAttainment } from './cap';
import { currencySymbol } from '../../shared/currency';
import type { Locale } from '../../shared/locale';
import type { CompPlan } from './maths';
import './comp.css';

type Pattern = CompConfig['patterns'][number];
type Deal = Pattern['deals'][number];

/** The editor's props; `language` is the workshop's, for the example content the editor writes into the plan. */
type CompEditorProps = EditorProps<CompConfig> & { language?: Locale };

export function CompEditor({ config, onChange, errors = {}, language }: CompEditorProps) {
  const { t, i18n } = useLingui();
  const months = monthsShort(i18n);
  const content = editorContent(language);
  const plan = config.plan;
  const setPlan = (patch: Partial<CompPlan>) => {
    const next = { ...plan, ...patch };
    // A cap written as an attainment stays at that attainment when the rest of the plan changes.
    if (!('cap' in patch) && next.cap !== null && next.capShownAs === 'attainment') {
      const at = capAsAttainment(plan);
      const cap = at === null ? null : capForAttainment(next, at);
      if (cap !== null && cap <= 2000) next.cap = cap;
    }
    onChange({ ...config, plan: next });
  };
  const [presetId, setPresetId] = useState(PLAN_PRESETS[0]!.id);
  const [patternId, setPatternId] = useState(config.patterns[0]?.id ?? '');
  const pattern = config.patterns.find((p) => p.id === patternId) ?? config.patterns[0];
  const ote = plan.base + plan.variable;
  const unitOne = config.unit.replace(/s$/, '');

  return (
    <div className="editor-grid cgc-editor">
      <fieldset className="cgc-fieldset">
        <legend>
          <Trans>Start from a preset</Trans>
        </legend>
        <div className="editor-row">
          <Select
            label={t`Preset plan`}
            value={presetId}
            onChange={(e) => setPresetId(e.target.value)}
            options={PLAN_PRESETS.map((p) => ({ value: p.id, label: presetName(i18n, p) }))}
          />
          <button
            type="button"
            className="btn btn-secondary btn-md cgc-apply"
            onClick={() => {
              const p = PLAN_PRESETS.find((x) => x.id === presetId)!;
              // Deals are sized to the quota: resize the patterns and the last-day deal with the plan.
              const from = config.plan.quota;
              const to = p.plan.quota;
              const patterns = config.patterns.map((pat) => ({
                ...pat,
                deals: pat.deals.map((deal) => ({ ...deal, amount: resizeAmount(deal.amount, from, to) })),
              }));
              onChange({
                ...config,
                ...presetContent(language, p),
                plan: structuredClone(p.plan),
                patterns,
                moment: { ...config.moment, deal: resizeAmount(config.moment.deal, from, to) },
              });
            }}
          >
            <Trans>Use this plan</Trans>
          </button>
        </div>
        <p className="field-hint">
          <Trans>Replaces the plan numbers below and resizes the deal patterns to its quota; the marketer and the polls stay as they are.</Trans>
        </p>
      </fieldset>

      <fieldset className="cgc-fieldset">
        <legend>
          <Trans>The plan</Trans>
        </legend>
        <div className="editor-row">
          <TextField
            label={t`Who is on it`}
            value={config.role}
            maxLength={80}
            error={errors.role}
            onChange={(e) => onChange({ ...config, role: e.target.value })}
          />
          <p className="cgc-currency">
            <span className="field-label">
              <Trans>Currency</Trans>
            </span>
            <span>
              {currencyNameIn(i18n, config.currency)} ({currencySymbol(config.currency)})
            </span>
            <span className="field-hint">
              <Trans>Set for the whole workshop in its details.</Trans>
            </span>
          </p>
          <TextField
            label={t`Quota counts`}
            hint={t`Leave empty for money booked; or e.g. “meetings”.`}
            value={config.unit}
            maxLength={30}
            onChange={(e) => onChange({ ...config, unit: e.target.value })}
          />
        </div>
        <div className="editor-row">
          <DecimalField label={t`Base a year`} min={0} max={100_000_000} value={plan.base} onChange={(n) => setPlan({ base: n ?? 0 })} />
          <DecimalField label={t`Variable at 100 %`} min={0} max={100_000_000} value={plan.variable} onChange={(n) => setPlan({ variable: n ?? 0 })} />
          <DecimalField
            label={t`or on-target earnings`}
            hint={t`Changing OTE keeps the base and sets the variable.`}
            min={0}
            max={200_000_000}
            value={ote}
            onChange={(n) => setPlan({ variable: Math.max(0, (n ?? 0) - plan.base) })}
          />
        </div>
        <div className="editor-row">
          <DecimalField label={t`Quota a year`} min={1} max={100_000_000} value={plan.quota} onChange={(n) => setPlan({ quota: n ?? 1 })} />
          <Select
            label={t`Attainment resets every`}
            value={plan.period}
            onChange={(e) => setPlan({ period: e.target.value as CompPlan['period'] })}
            options={[
              { value: 'month', label: t`Month` },
              { value: 'quarter', label: t`Quarter` },
              { value: 'year', label: t`Year` },
            ]}
          />
          <DecimalField
            label={t`Commission rate at 1×`}
            suffix={config.unit ? t`per ${unitOne}` : t`% of a deal`}
            hint={t`Leave empty to derive it: 100 % of quota then pays exactly the variable.`}
            optional
            min={0}
            max={config.unit ? 1_000_000 : 100}
            value={plan.rate === null ? null : config.unit ? plan.rate : Math.round(plan.rate * 100_000) / 1000}
            onChange={(n) => setPlan({ rate: n === null ? null : config.unit ? n : n / 100 })}
          />
        </div>
        <div className="editor-row">
          <DecimalField
            label={t`Threshold`}
            suffix={t`% of quota`}
            hint={t`Below it, nothing is paid. 0 = none.`}
            min={0}
            max={100}
            value={plan.threshold}
            onChange={(n) => setPlan({ threshold: n ?? 0 })}
          />
          <DecimalField
            label={t`Clawback window`}
            suffix={t`months`}
            hint={t`A cancelled deal’s commission comes back within this time. 0 = never.`}
            min={0}
            max={24}
            step="1"
            value={plan.clawbackMonths}
            onChange={(n) => setPlan({ clawbackMonths: Math.round(n ?? 0) })}
          />
        </div>
        <ThresholdRuleField config={config} setPlan={setPlan} />
        <CapField config={config} setPlan={setPlan} />
        <Tiers
          title={t`Accelerators (above quota)`}
          removeLabel={(n) => t`Remove accelerator ${n}`}
          rows={plan.accelerators.map((a) => ({ at: a.from, multiplier: a.multiplier }))}
          atLabel={t`From`}
          minAt={100}
          maxAt={1000}
          minMult={1}
          maxMult={10}
          onChange={(rows) => setPlan({ accelerators: rows.map((r) => ({ from: r.at, multiplier: r.multiplier })) })}
          fresh={{ at: plan.accelerators.length ? Math.max(...plan.accelerators.map((a) => a.from)) + 50 : 100, multiplier: 1.5 }}
        />
        <Tiers
          title={t`Decelerators (below quota)`}
          removeLabel={(n) => t`Remove decelerator ${n}`}
          rows={plan.decelerators.map((d) => ({ at: d.upTo, multiplier: d.multiplier }))}
          atLabel={t`Up to`}
          minAt={1}
          maxAt={100}
          minMult={0}
          maxMult={1}
          onChange={(rows) => setPlan({ decelerators: rows.map((r) => ({ upTo: r.at, multiplier: r.multiplier })) })}
          fresh={{ at: 50, multiplier: 0.5 }}
        />
        <div className="editor-row">
          <label className="toggle-inline">
            <input
              type="checkbox"
              checked={plan.draw !== null}
              onChange={(e) => setPlan({ draw: e.target.checked ? { monthly: Math.round(plan.variable / 12), months: 3, recoverable: false } : null })}
            />{' '}
            <Trans>Draw for new reps (ramp)</Trans>
          </label>
          {plan.draw ? (
            <>
              <DecimalField
                label={t`Draw a month`}
                min={0}
                max={10_000_000}
                value={plan.draw.monthly}
                onChange={(n) => setPlan({ draw: { ...plan.draw!, monthly: n ?? 0 } })}
              />
              <DecimalField
                label={t`For months`}
                min={1}
                max={12}
                step="1"
                value={plan.draw.months}
                onChange={(n) => setPlan({ draw: { ...plan.draw!, months: Math.round(n ?? 1) } })}
              />
              <label className="toggle-inline">
                <input type="checkbox" checked={plan.draw.recoverable} onChange={(e) => setPlan({ draw: { ...plan.draw!, recoverable: e.target.checked } })} />{' '}
                <Trans>Paid back from later commission</Trans>
              </label>
            </>
          ) : null}
        </div>
        <dl className="cgc-facts">
          {planFactsIn(i18n, config).map((f) => (
            <div key={f.key}>
              <dt>{f.key}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
      </fieldset>

      <fieldset className="cgc-fieldset">
        <legend>
          <Trans>Deal patterns: twelve months of bookings</Trans>
        </legend>
        <Select
          label={t`Pattern`}
          value={pattern?.id ?? ''}
          onChange={(e) => setPatternId(e.target.value)}
          options={config.patterns.map((p) => ({ value: p.id, label: p.name }))}
        />
        {pattern ? (
          <PatternEditor
            key={pattern.id}
            config={config}
            pattern={pattern}
            cancelledLabel={content.cancelledLater}
            onChange={(next) => onChange({ ...config, patterns: config.patterns.map((p) => (p.id === next.id ? next : p)) })}
          />
        ) : null}
        <div className="editor-row">
          <button
            type="button"
            className="btn btn-secondary btn-md"
            disabled={config.patterns.length >= 8}
            onClick={() => {
              const id = itemId('p');
              onChange({ ...config, patterns: [...config.patterns, { id, name: content.newPattern, story: '', deals: [] }] });
              setPatternId(id);
            }}
          >
            <Trans>Add a pattern</Trans>
          </button>
          <button
            type="button"
            className="btn btn-ghost btn-md"
            disabled={config.patterns.length <= 1 || !pattern}
            onClick={() => {
              const rest = config.patterns.filter((p) => p.id !== pattern!.id);
              onChange({ ...config, patterns: rest });
              setPatternId(rest[0]!.id);
            }}
          >
            <Trans>Remove this pattern</Trans>
          </button>
        </div>
      </fieldset>

      <fieldset className="cgc-fieldset">
        <legend>
          <Trans>Beside it: a marketer’s pay</Trans>
        </legend>
        <div className="editor-row">
          <TextField
            label={t`Role`}
            value={config.marketer.role}
            maxLength={80}
            onChange={(e) => onChange({ ...config, marketer: { ...config.marketer, role: e.target.value } })}
          />
          <DecimalField
            label={t`Salary a year`}
            min={0}
            max={100_000_000}
            value={config.marketer.salary}
            onChange={(n) => onChange({ ...config, marketer: { ...config.marketer, salary: n ?? 0 } })}
          />
          <DecimalField
            label={t`Target bonus`}
            suffix={t`% of salary`}
            min={0}
            max={100}
            value={config.marketer.bonusPercent}
            onChange={(n) => onChange({ ...config, marketer: { ...config.marketer, bonusPercent: n ?? 0 } })}
          />
          <DecimalField
            label={t`Bonus paid`}
            suffix={t`% of target`}
            min={0}
            max={200}
            value={config.marketer.bonusPaidPercent}
            onChange={(n) => onChange({ ...config, marketer: { ...config.marketer, bonusPaidPercent: n ?? 0 } })}
          />
          <Select
            label={t`Bonus month`}
            value={String(config.marketer.bonusMonth)}
            onChange={(e) => onChange({ ...config, marketer: { ...config.marketer, bonusMonth: Number(e.target.value) } })}
            options={months.map((m, i) => ({ value: String(i + 1), label: m }))}
          />
        </div>
      </fieldset>

      <fieldset className="cgc-fieldset">
        <legend>
          <Trans>The last-day moment</Trans>
        </legend>
        <div className="editor-row">
          <DecimalField
            label={t`Rep stands at`}
            suffix={t`% of quota`}
            min={0}
            max={300}
            value={config.moment.at}
            onChange={(n) => onChange({ ...config, moment: { ...config.moment, at: n ?? 0 } })}
          />
          <DecimalField
            label={t`Deal on the table`}
            min={0}
            max={100_000_000}
            value={config.moment.deal}
            onChange={(n) => onChange({ ...config, moment: { ...config.moment, deal: n ?? 0 } })}
          />
          <DecimalField
            label={t`Discount asked`}
            suffix="%"
            min={0}
            max={90}
            value={config.moment.discount}
            onChange={(n) => onChange({ ...config, moment: { ...config.moment, discount: n ?? 0 } })}
          />
        </div>
      </fieldset>

      <fieldset className="cgc-fieldset">
        <legend>
          <Trans>Polls: “what would you do now?”</Trans>
        </legend>
        {config.scenarios.map((s, i) => {
          const n = i + 1;
          return (
            <div key={s.id} className="cgc-scenario">
              <TextArea
                label={t`Situation ${n}`}
                rows={2}
                maxLength={400}
                value={s.prompt}
                error={errors[`scenarios.${i}.prompt`]}
                onChange={(e) => onChange({ ...config, scenarios: config.scenarios.map((x) => (x.id === s.id ? { ...x, prompt: e.target.value } : x)) })}
              />
              <LinesField
                label={t`Answers`}
                hint={t`One per line, two to six.`}
                rows={4}
                items={s.options}
                error={errors[`scenarios.${i}.options`]}
                prefix="o"
                onChange={(options) => onChange({ ...config, scenarios: config.scenarios.map((x) => (x.id === s.id ? { ...x, options } : x)) })}
              />
              <button
                type="button"
                className="btn btn-ghost btn-md"
                onClick={() => onChange({ ...config, scenarios: config.scenarios.filter((x) => x.id !== s.id) })}
              >
                <Trans>Remove situation {n}</Trans>
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="btn btn-secondary btn-md"
          disabled={config.scenarios.length >= 8}
          onClick={() =>
            onChange({
              ...config,
              scenarios: [
                ...config.scenarios,
                {
                  id: itemId('s'),
                  prompt: '',
                  options: [
                    { id: itemId('o'), text: content.newOptions[0], description: '' },
                    { id: itemId('o'), text: content.newOptions[1], description: '' },
                  ],
                },
              ],
            })
          }
        >
          <Trans>Add a situation</Trans>
        </button>
      </fieldset>
    </div>
  );
}

function Tiers({
  title,
  removeLabel,
  rows,
  atLabel,
  minAt,
  maxAt,
  minMult,
  maxMult,
  onChange,
  fresh,
}: {
  title: string;
  /** The accessible name of a row's Remove button. */
  removeLabel(n: number): string;
  rows: { at: number; multiplier: number }[];
  atLabel: string;
  minAt: number;
  maxAt: number;
  minMult: number;
  maxMult: number;
  onChange(rows: { at: number; multiplier: number }[]): void;
  fresh: { at: number; multiplier: number };
}) {
  const { t } = useLingui();
  return (
    <div className="cgc-tiers" role="group" aria-label={title}>
      <p className="field-label">{title}</p>
      {rows.length === 0 ? (
        <p className="field-hint">
          <Trans>None.</Trans>
        </p>
      ) : null}
      {rows.map((r, i) => (
        <div key={i} className="editor-row cgc-tier">
          <DecimalField
            label={atLabel}
            suffix="%"
            min={minAt}
            max={maxAt}
            value={r.at}
            onChange={(n) => onChange(rows.map((x, j) => (j === i ? { ...x, at: n ?? minAt } : x)))}
          />
          <DecimalField
            label={t`Pays`}
            suffix={t`× the rate`}
            min={minMult}
            max={maxMult}
            value={r.multiplier}
            onChange={(n) => onChange(rows.map((x, j) => (j === i ? { ...x, multiplier: n ?? 1 } : x)))}
          />
          <button type="button" className="btn btn-ghost btn-md" aria-label={removeLabel(i + 1)} onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            <Trans>Remove</Trans>
          </button>
        </div>
      ))}
      <button type="button" className="btn btn-secondary btn-md" disabled={rows.length >= 4} onClick={() => onChange([...rows, fresh])}>
        <Trans>Add a tier</Trans>
      </button>
    </div>
  );
}

/** Twelve monthly totals and at most one cancelled deal; each month becomes one deal. */
function PatternEditor({
  config,
  pattern,
  cancelledLabel,
  onChange,
}: {
  config: CompConfig;
  pattern: Pattern;
  /** The label a newly cancelled deal gets, in the workshop's language. */
  cancelledLabel: string;
  onChange(p: Pattern): void;
}) {
  const { t, i18n } = useLingui();
  const months = monthsShort(i18n);
  const cancelled = pattern.deals.find((d) => d.cancelledIn !== null && d.cancelledIn !== undefined) ?? null;
  const totals = months.map((_, i) => pattern.deals.filter((d) => d.month === i + 1).reduce((s, d) => s + d.amount, 0));
  const cancelId = useId();
  const booked = editorMoney(
    i18n,
    config,
    totals.reduce((s, n) => s + n, 0),
  );
  const quota = editorMoney(i18n, config, config.plan.quota);
  const rebuild = (months: number[], cancel: Deal | null): Deal[] =>
    months.flatMap((amount, i) => {
      const month = i + 1;
      const keep = pattern.deals.find((d) => d.month === month && d !== cancelled);
      const out: Deal[] = [];
      const rest = cancel && cancel.month === month ? amount - cancel.amount : amount;
      if (rest > 0) out.push({ id: keep?.id ?? `m${month}`, month, amount: rest, label: keep?.label ?? '', cancelledIn: null });
      if (cancel && cancel.month === month) out.push(cancel);
      return out;
    });
  return (
    <div className="cgc-pattern">
      <div className="editor-row">
        <TextField label={t`Name`} value={pattern.name} maxLength={80} onChange={(e) => onChange({ ...pattern, name: e.target.value })} />
        <TextField label={t`The story in one line`} value={pattern.story} maxLength={300} onChange={(e) => onChange({ ...pattern, story: e.target.value })} />
      </div>
      <div className="cgc-months">
        {months.map((m, i) => (
          <DecimalField
            key={m}
            label={m}
            min={0}
            max={100_000_000}
            value={totals[i]!}
            onChange={(n) => {
              const next = totals.map((t, j) => (j === i ? (n ?? 0) : t));
              const c = cancelled && cancelled.month === i + 1 ? { ...cancelled, amount: Math.min(cancelled.amount, n ?? 0) } : cancelled;
              onChange({ ...pattern, deals: rebuild(next, c) });
            }}
          />
        ))}
      </div>
      <p className="field-hint">
        <Trans>
          Year: {booked} booked against a quota of {quota}.
        </Trans>
      </p>
      <div className="editor-row">
        <label className="toggle-inline" htmlFor={cancelId}>
          <input
            id={cancelId}
            type="checkbox"
            checked={cancelled !== null}
            onChange={(e) => {
              if (!e.target.checked) return onChange({ ...pattern, deals: rebuild(totals, null) });
              const month = Math.max(1, totals.findIndex((t) => t > 0) + 1);
              const c: Deal = {
                id: `cancel-${pattern.id}`.slice(0, 64),
                month,
                amount: Math.min(totals[month - 1] ?? 0, 50_000),
                label: cancelledLabel,
                cancelledIn: Math.min(12, month + 3),
              };
              onChange({ ...pattern, deals: rebuild(totals, c) });
            }}
          />{' '}
          <Trans>A customer cancels one deal</Trans>
        </label>
        {cancelled ? (
          <>
            <DecimalField
              label={t`Deal size`}
              min={0}
              max={totals[cancelled.month - 1] ?? 0}
              value={cancelled.amount}
              onChange={(n) => onChange({ ...pattern, deals: rebuild(totals, { ...cancelled, amount: n ?? 0 }) })}
            />
            <Select
              label={t`Booked in`}
              value={String(cancelled.month)}
              onChange={(e) => {
                const month = Number(e.target.value);
                onChange({
                  ...pattern,
                  deals: rebuild(totals, {
                    ...cancelled,
                    month,
                    amount: Math.min(cancelled.amount, totals[month - 1] ?? 0),
                    cancelledIn: Math.max(month + 1, cancelled.cancelledIn ?? month + 1),
                  }),
                });
              }}
              options={months.slice(0, 11).map((m, i) => ({ value: String(i + 1), label: m }))}
            />
            <Select
              label={t`Cancelled in`}
              value={String(cancelled.cancelledIn)}
              onChange={(e) => onChange({ ...pattern, deals: rebuild(totals, { ...cancelled, cancelledIn: Number(e.target.value) }) })}
              options={months.map((m, i) => ({ value: String(i + 1), label: m })).filter((o) => Number(o.value) > cancelled.month)}
            />
          </>
        ) : null}
      </div>
    </div>
  );
}
