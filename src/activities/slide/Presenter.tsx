import type { PresenterViewProps } from '../view-types';
import { useLingui } from '@lingui/react/macro';
import type { SlideConfig } from './definition';
import { Surface } from '../kit/views/surface';
import { PagedColumns } from '../kit/views/PagedColumns';
import './slide.css';

/** A slide of this many characters or more flows in two columns; a short one keeps one. */
const TWO_COLUMNS_FROM = 500;

/** The slide's words (and picture): the whole width, paged when a long slide outgrows the screen, never cut. */
export function SlidePresenter({ config }: PresenterViewProps<SlideConfig>) {
  const { t } = useLingui();
  const paragraphs = config.text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  const length = config.text.length + config.bullets.reduce((n, b) => n + b.length, 0);
  return (
    <Surface kind="projector" className="cgv-slide cgv-paged-screen">
      <PagedColumns label={t`The slide`} columns={length >= TWO_COLUMNS_FROM && !config.image ? 2 : 1}>
        {paragraphs.map((p, i) => (
          <p key={i} className="cgv-p-lead">
            {p}
          </p>
        ))}
        {config.image ? <img className="cgv-slide-image" src={config.image.dataUrl} alt={config.image.alt} /> : null}
        {config.bullets.length > 0 ? (
          <ul className="cgv-p-bullets cgv-slide-bullets">
            {config.bullets.map((b, i) => (
              <li key={i}>{b}</li>
            ))}
          </ul>
        ) : null}
      </PagedColumns>
    </Surface>
  );
}
