import type { Seed } from '../seeds';
import { SEED_SOURCE_LABEL } from '../../../shared/messaging-seed-sources';
import '../messaging.css';

/** "What we heard before": the starting points the room writes against, each with where it came from. */
export function HeardBefore({ seeds, limit }: { seeds: readonly Seed[]; limit?: number }) {
  if (seeds.length === 0) return null;
  const shown = limit ? seeds.slice(0, limit) : seeds;
  return (
    <section className="cgm-heard" aria-label="What we heard before">
      <h2 className="cgm-heard-title">What we heard before</h2>
      <ul className="cgm-heard-list">
        {shown.map((s) => (
          <li key={s.id} className={`cgm-seed cgm-seed-${s.source}`}>
            <span className="cgm-seed-text">{s.text}</span>
            <span className="cgm-seed-from">
              {SEED_SOURCE_LABEL[s.source]}
              {s.about ? ` · ${s.about}` : ''}
              {s.from ? ` · ${s.from.workshopTitle}` : ''}
            </span>
          </li>
        ))}
      </ul>
      {shown.length < seeds.length ? <p className="cgm-seed-more">and {seeds.length - shown.length} more on your phones</p> : null}
    </section>
  );
}
