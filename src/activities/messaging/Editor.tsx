import { useContext, useEffect, useId, useRef, useState } from 'react';
import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useFocusHandOff } from '../../ui/focus-rule';
import { TextField } from '../../ui/TextField';
import { NumberField, PromptField, Toggle, type EditorProps } from '../kit/editor';
import { itemId } from '../shared-schemas';
import type { MessagingConfig } from './definition';
import type { MessagingSeedsReport, Seed, SeedSource } from './seeds';
import { SeedSourceContext } from './seeds-source';
import './messaging.css';

const sameSeed = (a: Seed, b: Seed) => a.source === b.source && a.text === b.text && a.from?.workshopTitle === b.from?.workshopTitle;

/** At most this many starting points in one messaging brainstorm (the config's limit). */
const MAX_SEEDS = 40;

/** The list with the found seeds it does not hold yet added at the end (up to 40 in all), each with an id of this list's own. */
export function mergeSeeds(current: readonly Seed[], found: readonly Seed[]): Seed[] {
  const used = new Set(current.map((s) => s.id));
  const fresh = found.filter((f) => !current.some((c) => sameSeed(c, f))).slice(0, Math.max(0, MAX_SEEDS - current.length));
  return [
    ...current,
    ...fresh.map((s) => {
      let id = s.id;
      while (used.has(id)) id = itemId('s');
      used.add(id);
      return { ...s, id };
    }),
  ];
}

/** Where a seed came from, in the interface language (the phone says the same in its own catalog). */
const SOURCE_WORDS: Readonly<Record<SeedSource, MessageDescriptor>> = {
  persona: msg`Sales persona`,
  buyingmap: msg`Buying-process map`,
  typed: msg`Added by the facilitator`,
};

/** A seed's origin in a line: "Sales persona · What keeps them up at night · Kickoff, 2027-01-20". */
function seedOriginIn(i18n: I18n, seed: Seed): string {
  const where = seed.from ? [seed.from.workshopTitle, seed.from.date].filter(Boolean).join(', ') : '';
  return [i18n._(SOURCE_WORDS[seed.source]), seed.about, where].filter(Boolean).join(' · ');
}

/** Why a series has nothing to bring in, in the interface language (the report's own message is the core's English). */
function nothingToBringIn(i18n: I18n, report: MessagingSeedsReport): string {
  const { series, earlier } = report;
  if (series === null) return i18n._(msg`This workshop is not part of a series, so there are no earlier workshops to bring pains and friction points in from.`);
  if (earlier === 0) return i18n._(msg`This is the first workshop of “${series}”: there is nothing earlier to bring in.`);
  return i18n._(
    msg`${plural(earlier, {
      one: `Nothing to bring in yet: the earlier workshop of “${series}” has no persona notes the room voted on and no buying-map friction points.`,
      other: `Nothing to bring in yet: the # earlier workshops of “${series}” have no persona notes the room voted on and no buying-map friction points.`,
    })}`,
  );
}

export function MessagingEditor({ config, onChange, errors = {} }: EditorProps<MessagingConfig>) {
  const { t } = useLingui();
  const set = <K extends keyof MessagingConfig>(key: K, value: MessagingConfig[K]) => onChange({ ...config, [key]: value });
  return (
    <div className="editor-grid">
      <TextField
        label={t`Segment`}
        hint={t`Who the messages are for.`}
        value={config.segment}
        maxLength={80}
        placeholder={t`e.g. Mid-market IT directors`}
        error={errors.segment}
        onChange={(e) => set('segment', e.target.value)}
      />
      <PromptField value={config.prompt} error={errors.prompt} onChange={(prompt) => set('prompt', prompt)} />
      <div className="editor-row">
        <NumberField
          label={t`Messages per person`}
          min={1}
          max={10}
          value={config.messagesPerPerson}
          error={errors.messagesPerPerson}
          onChange={(n) => set('messagesPerPerson', n)}
        />
        <NumberField
          label={t`Votes per person`}
          min={1}
          max={10}
          value={config.votesPerPerson}
          error={errors.votesPerPerson}
          onChange={(n) => set('votesPerPerson', n)}
        />
        <Toggle
          label={t`Anonymous messages`}
          hint={t`Names stay hidden; people write more freely.`}
          checked={config.anonymous}
          onChange={(anonymous) => set('anonymous', anonymous)}
        />
      </div>
      <SeedsField seeds={config.seeds} error={errors.seeds} onChange={(seeds) => set('seeds', seeds)} />
    </div>
  );
}

function SeedsField({ seeds, onChange, error }: { seeds: Seed[]; onChange(seeds: Seed[]): void; error?: string | undefined }) {
  const { t, i18n } = useLingui();
  const load = useContext(SeedSourceContext);
  const [report, setReport] = useState<MessagingSeedsReport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const headingId = useId();
  const rows = useRef<HTMLUListElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // Remove takes its button away: it names where the keyboard goes (#15). Add puts the keyboard in the new field.
  const handFocusTo = useFocusHandOff();
  const [focusSeed, setFocusSeed] = useState<string | null>(null);
  useEffect(() => {
    if (!focusSeed) return;
    const field = rows.current?.querySelector<HTMLInputElement>(`[data-seed-id="${CSS.escape(focusSeed)}"] input`);
    if (!field) return;
    field.focus();
    setFocusSeed(null);
  }, [focusSeed, seeds]);

  useEffect(() => {
    if (!load) return;
    let live = true;
    void load().then((r) => {
      if (!live) return;
      if (r.ok) setReport(r.value);
      else setProblem(r.message);
    });
    return () => {
      live = false;
    };
  }, [load]);

  const bringIn = () => {
    if (!report) return;
    const next = mergeSeeds(seeds, report.seeds);
    const added = next.length - seeds.length;
    onChange(next);
    const skipped = report.seeds.length - added;
    const max = MAX_SEEDS;
    setSaid(
      added === 0
        ? seeds.length >= MAX_SEEDS
          ? t`The list is full (${max}). Remove some to bring others in.`
          : t`All of them are already in the list.`
        : skipped > 0
          ? t`Added ${plural(added, { one: '# starting point', other: '# starting points' })}; ${plural(skipped, { one: '# was already there or did not fit', other: '# were already there or did not fit' })}.`
          : t`Added ${plural(added, { one: '# starting point', other: '# starting points' })}.`,
    );
  };

  const found = report?.seeds.length ?? 0;
  return (
    <section className="cgm-seeds-edit" aria-labelledby={headingId}>
      <h4 id={headingId} className="cgm-seeds-edit-title">
        <Trans>What we heard before</Trans>
      </h4>
      <p className="muted">
        <Trans>The starting points the room sees on the projector and on their phones. Edit or remove any of them.</Trans>
      </p>
      {load ? (
        report && report.seeds.length > 0 ? (
          <button type="button" className="btn btn-secondary btn-sm" onClick={bringIn}>
            <Trans>Bring in pains and friction points from earlier workshops ({found})</Trans>
          </button>
        ) : (
          <p className="muted" role="status">
            {problem ?? (report ? nothingToBringIn(i18n, report) : t`Looking in earlier workshops of the series…`)}
          </p>
        )
      ) : null}
      <p role="status" className="cgm-said">
        {said}
      </p>
      {seeds.length > 0 ? (
        <ul className="cgm-seed-rows" ref={rows}>
          {seeds.map((s, i) => {
            const n = i + 1;
            const text = s.text;
            return (
              <li key={s.id} className="cgm-seed-row" data-seed-id={s.id}>
                <TextField
                  label={t`Starting point ${n}`}
                  hint={seedOriginIn(i18n, s)}
                  value={s.text}
                  maxLength={200}
                  onChange={(e) => onChange(seeds.map((x) => (x.id === s.id ? { ...x, text: e.target.value } : x)))}
                />
                <button
                  type="button"
                  className="btn btn-ghost btn-sm"
                  aria-label={t`Remove starting point ${n}: ${text}`}
                  onClick={(e) => {
                    const next = e.currentTarget.closest('li')?.nextElementSibling?.querySelector('button') ?? null;
                    handFocusTo(() => (next?.isConnected ? next : addButton.current));
                    onChange(seeds.filter((x) => x.id !== s.id));
                    setSaid(t`Removed: ${text}`);
                  }}
                >
                  <Trans>Remove</Trans>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <button
        ref={addButton}
        type="button"
        className="btn btn-ghost btn-sm"
        disabled={seeds.length >= MAX_SEEDS}
        onClick={() => {
          const id = itemId('s');
          setFocusSeed(id);
          onChange([...seeds, { id, text: '', source: 'typed' }]);
        }}
      >
        <Trans>Add a starting point of your own</Trans>
      </button>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
