import { Trans, useLingui } from '@lingui/react/macro';
import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import type { Seed } from '../seeds';
import type { SeedSource } from '../../../shared/messaging-seed-sources';
import '../messaging.css';

/** Where a seed came from, in the room's language. */
const SOURCE_WORDS: Readonly<Record<SeedSource, MessageDescriptor>> = {
  persona: msg`Sales persona`,
  buyingmap: msg`Buying-process map`,
  typed: msg`Added by the facilitator`,
};

/** "What we heard before": the starting points the room writes against, each with where it came from. */
export function HeardBefore({ seeds, limit }: { seeds: readonly Seed[]; limit?: number }) {
  const { t, i18n } = useLingui();
  if (seeds.length === 0) return null;
  const shown = limit ? seeds.slice(0, limit) : seeds;
  const more = seeds.length - shown.length;
  return (
    <section className="cgm-heard" aria-label={t`What we heard before`}>
      <h2 className="cgm-heard-title">
        <Trans>What we heard before</Trans>
      </h2>
      <ul className="cgm-heard-list">
        {shown.map((s) => (
          <li key={s.id} className={`cgm-seed cgm-seed-${s.source}`}>
            <span className="cgm-seed-text">{s.text}</span>
            <span className="cgm-seed-from">
              {i18n._(SOURCE_WORDS[s.source])}
              {s.about ? ` · ${s.about}` : ''}
              {s.from ? ` · ${s.from.workshopTitle}` : ''}
            </span>
          </li>
        ))}
      </ul>
      {shown.length < seeds.length ? (
        <p className="cgm-seed-more">
          <Trans>and {more} more on your phones</Trans>
        </p>
      ) : null}
    </section>
  );
}
