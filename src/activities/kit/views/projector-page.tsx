import { createContext } from 'react';

/**
 * The room's projector page, for the paged lists on a projector screen. Given by the
 * presenter window (which also measures and pages with the keys) and by the console's
 * picture of the projector (which only shows the page). Without it, as in the planner's
 * previews and the in-room shared screen, a paged list keeps its own page and keys.
 */
export interface ProjectorPage {
  /** The page the room is on, from 1 (clamped by each list to the pages it has). */
  page: number;
  /** Only on the real presenter window. */
  presenter?: {
    /** A paged list measured `pages` pages (`id` tells lists apart; the most pages wins). */
    report(id: string, pages: number): void;
    /** A paged list left the screen. */
    forget(id: string): void;
    /** ↓/↑ or PageDown/PageUp on the projector: page the whole room. */
    move(delta: number): void;
  };
}

export const ProjectorPageContext = createContext<ProjectorPage | null>(null);
