import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PrivacyLine } from '../../../src/renderer/components/run/PrivacyLine';
import { NAMING_LINE, NAMINGS } from '../../../src/shared/privacy';
import { createRunFake, renderRunPage } from './run-fake';

// People are told, before they answer, whether their name goes with their
// answer: one line above the answers, in the report's words.

const line = () => screen.getByTestId('privacy-line');
const firstCard = () => document.querySelector('[data-card-id]')!;
const above = (a: Element, b: Element) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

describe('the privacy line', () => {
  it.each(NAMINGS)('says %s in the shared words', (naming) => {
    render(<PrivacyLine naming={naming} />);
    expect(line().textContent).toBe(NAMING_LINE[naming]);
    expect(line().getAttribute('data-naming')).toBe(naming);
  });

  async function inRoomLine(setUp: (fake: ReturnType<typeof createRunFake>) => void): Promise<string> {
    const user = userEvent.setup();
    const fake = createRunFake();
    setUp(fake);
    fake.goTo(fake.activityIds[1]!);
    renderRunPage(`#/participate/${fake.workshopId}`, fake);
    await user.click(await screen.findByRole('button', { name: /^Dana Whitfield/ }));
    await screen.findByRole('button', { name: 'Place Requested a demo' });
    expect(above(line(), firstCard())).toBe(true);
    return line().textContent!;
  }

  it('in the room: team only by default', async () => {
    expect(await inRoomLine(() => undefined)).toBe(NAMING_LINE.team);
  });
  it('in the room: named when the workshop puts names in the report and exports', async () => {
    expect(await inRoomLine((fake) => (fake.api.db.workshops.get(fake.workshopId)!.namesInExports = true))).toBe(NAMING_LINE.named);
  });
  it('in the room: the activity’s own setting wins over the workshop’s', async () => {
    const line = await inRoomLine((fake) => {
      fake.api.db.workshops.get(fake.workshopId)!.namesInExports = true;
      fake.api.db.activities.find((a) => a.id === fake.activityIds[1])!.naming = 'anonymous';
    });
    expect(line).toBe(NAMING_LINE.anonymous);
  });
});
