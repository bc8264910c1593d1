import type { PresenterViewProps } from '../view-types';
import { Surface } from '../kit/views/surface';
import { readPersonaBoard, type PersonaConfig } from './definition';
import './persona.css';
import { plural } from '../kit/numbers';

/** The empty canvas while people write; the rule of the vote once it is open. */
export function PersonaPresenter({ config, board }: PresenterViewProps<PersonaConfig>) {
  const b = readPersonaBoard(board);
  const voting = b.phase === 'vote';
  return (
    <Surface kind="projector" className="cgp">
      <p className="cgp-rule">
        {voting
          ? `Vote on your phone: ${plural(config.dotsPerPerson, 'dot')} each, on the notes that describe ${config.subject.toLowerCase()} best.`
          : `On your phone: a short note per idea, in any section. Up to ${config.notesPerPerson} each.`}
      </p>
      <ul className="cgp-canvas">
        {config.sections.map((s) => {
          const n = b.ballot.filter((x) => x.section === s.id).length;
          return (
            <li key={s.id} className="cgp-cell">
              <span className="cgp-cell-title">{s.title}</span>
              {voting ? <span className="cgp-cell-hint">{plural(n, 'note')} to vote on</span> : s.hint ? <span className="cgp-cell-hint">{s.hint}</span> : null}
            </li>
          );
        })}
      </ul>
    </Surface>
  );
}
