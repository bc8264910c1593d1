import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { CompBoardView } from './Board';
import { CompBoard, defaultCompConfig, type CompBoard as Board } from './definition';
import { shownPatterns } from './report-patterns';
import { activityOf, resultsFor } from '../../../test/activities/views/helpers';

// The report shows every deal pattern the facilitator put on the projector,
// so the console's board remembers each one, not only the last.

const config = defaultCompConfig();

function Console({ seen }: { seen: Board[] }) {
  const [board, setBoard] = useState<Board>({ view: 'curve', patternId: null, scenarioId: null, takeaways: [] });
  const onChange = (next: unknown) => {
    const parsed = CompBoard.parse(next);
    seen.push(parsed);
    setBoard(parsed);
  };
  return (
    <CompBoardView
      activity={activityOf('comp', config)}
      config={config}
      results={resultsFor('comp', config, [])}
      board={board}
      onChange={onChange}
      announce={() => {}}
    />
  );
}

describe('comp board: the deal patterns shown', () => {
  it('records each pattern put on the projector, in order, once', async () => {
    const seen: Board[] = [];
    const user = userEvent.setup();
    render(<Console seen={seen} />);
    await user.click(screen.getByRole('button', { name: 'Twelve paychecks' }));
    await user.selectOptions(screen.getByLabelText('Deal pattern'), 'clawback');
    await user.click(screen.getByRole('button', { name: 'Payout curve' }));
    await user.selectOptions(screen.getByLabelText('Deal pattern'), 'slip');
    const last = seen.at(-1)!;
    expect(last.shownPatterns).toEqual(['slip', 'clawback']);
    expect(shownPatterns(config, last).patterns.map((p) => p.id)).toEqual(['slip', 'clawback']);
  });

  it('falls back to the selected pattern for a board that recorded none (older workshops)', () => {
    const old = { view: 'paycheck', patternId: 'dry', scenarioId: null, takeaways: [] };
    expect(shownPatterns(config, old)).toMatchObject({ recorded: false, patterns: [{ id: 'dry' }] });
  });
});
