import type { Page } from 'playwright-core';
import type { ServeProcess } from '../helpers/serve-process';
import { items } from '../../src/activities/shared-schemas';
import { op } from './run-e2e-helpers';

// Reflow (WCAG 1.4.10): at 320 CSS px, or 640×360 at 200 % zoom, a screen reads
// top to bottom without scrolling sideways. These measure that in the page.

export interface Overflow {
  scrollWidth: number;
  clientWidth: number;
  /** Elements that reach past the left or right edge of the window, outside a labelled horizontal scroller. */
  outside: string[];
  /** Pairs of links, buttons or fields drawn over each other. */
  overlapping: string[];
}

/**
 * How far the page reaches sideways, and which elements stick out of the window.
 * Exempt: anything 1 px or smaller (visually hidden text), anything inside an
 * `inert` subtree (the console's projector thumbnail: a picture of another
 * screen, clipped to its frame), and anything inside a scroll container that
 * scrolls sideways on purpose and is named, or is the content of a named
 * section (the card sort's pile on a phone: a strip of cards to swipe through,
 * the list in the section “Unsorted”), or a table that scrolls inside
 * itself and is named by its caption.
 */
export function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const root = document.scrollingElement!;
    const width = root.clientWidth;
    const named = (el: Element) =>
      el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') || (el.tagName === 'TABLE' && !!(el as HTMLTableElement).caption);
    const labelledScroller = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const x = getComputedStyle(a).overflowX;
        if ((x === 'auto' || x === 'scroll') && (named(a) || (a.parentElement && named(a.parentElement)))) return true;
      }
      return false;
    };
    const name = (el: Element) => {
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${el.tagName.toLowerCase()}${cls}${text ? ` “${text}”` : ''}`;
    };
    const outside = new Set<Element>();
    const said: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue;
      if (r.left >= -0.5 && r.right <= width + 0.5) continue;
      if (el.closest('[inert]') || labelledScroller(el)) continue;
      outside.add(el);
      // Name the outermost element only: its children stick out because it does.
      if (!el.parentElement || !outside.has(el.parentElement)) said.push(`${name(el)} [${Math.round(r.left)}..${Math.round(r.right)}]`);
    }
    // Controls drawn over one another (a squeezed row whose text runs under its neighbour's). Compared
    // only within one layer: a bar that sticks, a menu that pops up or a box that scrolls lies over the
    // page's content by design.
    const layerOf = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const cs = getComputedStyle(a);
        if (cs.position === 'sticky' || cs.position === 'fixed' || cs.position === 'absolute' || cs.overflowX !== 'visible' || cs.overflowY !== 'visible')
          return a;
      }
      return document.body;
    };
    const controls = [...document.body.querySelectorAll('a[href], button, input, select, textarea, summary')].filter((el) => {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      return r.width > 1 && r.height > 1 && cs.visibility !== 'hidden' && cs.opacity !== '0' && !el.closest('[inert]');
    });
    const layers = new Map(controls.map((el) => [el, layerOf(el)]));
    const overlapping: string[] = [];
    const text = (el: Element) => el.textContent?.trim() || el.getAttribute('aria-label') || el.tagName.toLowerCase();
    for (let i = 0; i < controls.length; i++) {
      for (let j = i + 1; j < controls.length; j++) {
        const [a, b] = [controls[i]!, controls[j]!];
        if (a.contains(b) || b.contains(a) || layers.get(a) !== layers.get(b)) continue;
        const [ra, rb] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
        const x = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
        const y = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
        if (x > 2 && y > 2) overlapping.push(`“${text(a).slice(0, 30)}” over “${text(b).slice(0, 30)}”`);
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: width, outside: said.slice(0, 12), overlapping: overlapping.slice(0, 6) };
  });
}

const NAMES = ['Dana', 'Marcus', 'Priya', 'Tomás', 'Jess', 'Owen', 'Hannah', 'Leo', 'Aisha', 'Ravi', 'Sofia', 'Mei', 'Kofi', 'Inés'];

export interface Activity {
  id: string;
  kind: string;
  title: string;
}
interface Detail {
  participants: { id: string; name: string; team: string }[];
  activities: Activity[];
}

/** The generic engines the alignment day does not use, as the sample workshop sets them up. */
const EXTRA = [
  {
    kind: 'dotvote',
    title: 'Where do hand-offs hurt most?',
    config: {
      prompt: 'Spend your dots.',
      options: items(
        [
          'Leads reach sales days after they convert',
          'Sales never says what happened to a lead',
          'No agreed definition of an MQL',
          'Campaigns launch without sales knowing',
        ],
        'o',
      ),
      dotsPerPerson: 3,
      maxPerItem: 2,
    },
  },
  {
    kind: 'cardsort',
    title: 'Who owns each stage?',
    config: {
      prompt: 'Put each stage under its owner.',
      cards: items(['First touch', 'Nurture', 'Qualification', 'Demo', 'Proposal'], 'st'),
      columns: items(['Marketing', 'Sales', 'Shared'], 'ow'),
      open: false,
    },
  },
  {
    kind: 'ranking',
    title: 'Which number do we share first?',
    config: { prompt: 'Order them.', options: items(['Conversion rate from MQL to SQL', 'Follow-up time', 'Pipeline created', 'Win rate'], 'k') },
  },
];

/** The built-in alignment day, plus a dot vote, a card sort and a ranking, with a roster of fourteen (six Sales, six Marketing, two others). */
export async function seededDay(serve: ServeProcess) {
  const { id: workshopId } = await op<{ id: string }>(serve, 'template:createWorkshop', { templateId: 'builtin-alignment-day' });
  for (const a of EXTRA) await op(serve, 'activity:add', { workshopId, minutes: 15, ...a });
  await op(serve, 'participant:addMany', { workshopId, people: NAMES.map((name, i) => ({ name, team: i < 6 ? 'sales' : i < 12 ? 'marketing' : 'other' })) });
  const detail = await op<Detail>(serve, 'workshop:get', { id: workshopId });
  return { workshopId, detail };
}

/** Twelve of the fourteen people answer an activity the way a room would (Sales and Marketing apart). */
export async function answerAll(serve: ServeProcess, workshopId: string, people: { id: string; name: string }[], a: Activity) {
  const submit = (participantId: string, itemKey: string, value: unknown) => op(serve, 'response:submit', { activityId: a.id, participantId, itemKey, value });
  const board = async () =>
    ((await op<{ activities: { activityId: string; board: unknown }[] }>(serve, 'run:get', { workshopId })).activities.find((x) => x.activityId === a.id)!
      .board ?? {}) as Record<string, unknown>;
  for (const [i, p] of people.slice(0, 12).entries()) {
    const k = `${p.id.slice(0, 8)}x${i}`;
    if (a.kind === 'brainstorm') await submit(p.id, `card-${k}`, { text: `An idea from ${p.name} about hand-offs and how long they take to reach sales` });
    else if (a.kind === 'persona')
      await submit(p.id, `note-${k}`, {
        section: ['goals', 'need', 'distrust', 'night'][i % 4],
        text: `A note from ${p.name} about what the other team needs`,
      });
    else if (a.kind === 'comp') {
      if (i === 0) await op(serve, 'run:setBoard', { activityId: a.id, board: { ...(await board()), scenarioId: 'last-day', view: 'poll' } });
      await submit(p.id, 'last-day', { option: i % 2 ? 'a1' : 'a2' });
    } else if (a.kind === 'leadsort') for (const sig of ['sig1', 'sig10', 'sig18']) await submit(p.id, sig, { column: i % 3 ? 'quality' : 'not' });
    else if (a.kind === 'buyingmap') await submit(p.id, i % 2 ? 'mid.decide.stall' : 'mid.research.nocontent', { placed: true });
    else if (a.kind === 'kpisort') for (const kpi of ['kpi3', 'kpi6']) await submit(p.id, kpi, { column: ['sales', 'marketing', 'shared'][i % 3] });
    else if (a.kind === 'retro') await submit(p.id, `card-${k}`, { prompt: ['broke', 'builds', 'step'][i % 3], text: `A retro card from ${p.name}` });
    else if (a.kind === 'commitments') await submit(p.id, 'shadow', { in: i % 3 !== 0 });
    else if (a.kind === 'dotvote') await submit(p.id, i % 2 ? 'o1' : 'o2', { dots: 2 });
    else if (a.kind === 'cardsort') for (const card of ['st1', 'st2', 'st3']) await submit(p.id, card, { column: i % 2 ? 'ow1' : 'ow2' });
    else if (a.kind === 'ranking') await submit(p.id, 'order', { order: i % 2 ? ['k1', 'k2', 'k3', 'k4'] : ['k4', 'k3', 'k2', 'k1'] });
  }
}
