import type { PresenterViewProps } from '../view-types';
import { Surface } from '../views-kit/surface';
import type { RetroConfig } from './definition';
import '../exercise-kit/exercises.css';

/** The questions, side by side, and the promise that matters most here. */
export function RetroPresenter({ config }: PresenterViewProps<RetroConfig>) {
  return (
    <Surface kind="projector" className="cgx-retro-present">
      <p className="cgv-p-prompt">{config.anonymous ? 'Cards are anonymous. We talk about what happened, not who did it.' : 'Write one thought per card.'}</p>
      <ol className="cgx-retro-columns">
        {config.prompts.map((p) => (
          <li key={p.id} className="cgx-retro-column cgx-retro-big">
            <span className="cgx-retro-q">{p.text}</span>
            {p.description ? <span className="cgx-retro-hint">{p.description}</span> : null}
          </li>
        ))}
      </ol>
    </Surface>
  );
}
