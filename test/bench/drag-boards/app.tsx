import { createRoot } from 'react-dom/client';
import '../../../src/renderer/styles/tokens.css';
import '../../../src/renderer/styles/base.css';
import '../../../src/renderer/styles/components.css';
import '../../../src/activities/views.css';
import { CardSortParticipant } from '../../../src/activities/cardsort/Participant';
import { CARDS, COLUMNS } from './cards';

// The app's card sort board (the in-room page's participant view, as on the lead sort), with
// answers saved at once: the server's 200-card limit does not apply, so 400 cards can be measured.
const config = { prompt: 'Sort them', cards: CARDS, columns: COLUMNS, open: false };
const activity = { id: 'a1', workshopId: 'w1', position: 0, kind: 'cardsort', title: 'Sort', minutes: 10, config, configVersion: 1, notes: '', naming: null };
createRoot(document.getElementById('root')!).render(
  <main className="participate">
    <CardSortParticipant
      activity={activity}
      config={config}
      participant={{ id: 'p1', name: 'Dana Lee', team: 'sales' }}
      mine={{}}
      locked={false}
      submit={() => Promise.resolve()}
      announce={() => {}}
    />
  </main>,
);
