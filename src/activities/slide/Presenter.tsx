import type { PresenterViewProps } from '../view-types';
import type { SlideConfig } from './definition';
import { Surface } from '../views-kit/surface';

export function SlidePresenter({ config }: PresenterViewProps<SlideConfig>) {
  const paragraphs = config.text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean);
  return (
    <Surface kind="projector" className="cgv-slide">
      {paragraphs.map((p, i) => (
        <p key={i} className="cgv-p-lead">
          {p}
        </p>
      ))}
      {config.image ? <img className="cgv-slide-image" src={config.image.dataUrl} alt={config.image.alt} /> : null}
      {config.bullets.length > 0 ? (
        <ul className="cgv-p-bullets">
          {config.bullets.map((b, i) => (
            <li key={i}>{b}</li>
          ))}
        </ul>
      ) : null}
    </Surface>
  );
}
