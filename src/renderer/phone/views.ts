import type { ComponentType } from 'react';
import type { ParticipantViewProps } from '../../activities/view-types';
import { viewsFor } from '../../activities/views';

// The phone shows the same Participant views as the shared screen, straight
// from the registry, so a new activity kind works on phones the day it is
// added. (The registry also brings the projector views; the bundle budget in
// vite.config.ts keeps an eye on what that costs.)

export function phoneViewFor(kind: string): ComponentType<ParticipantViewProps<unknown>> | undefined {
  return viewsFor(kind)?.Participant;
}
