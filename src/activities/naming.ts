import type { Activity, Workshop } from '../shared/domain';
import { effectiveNaming, type Naming, type NamingPolicy } from '../shared/privacy';
import type { ActivityDefinition } from './types';

// The one place that says which naming is in force for an activity: the
// report, the CSV, the answering screens and the console all ask here.

/** The kind's declared policy (an engine that declares none follows the workshop). */
export const namingPolicyOf = (def: ActivityDefinition | undefined): NamingPolicy => def?.namingPolicy ?? 'follows-workshop';

/** The naming in force for one activity of a workshop. */
export function namingOf(
  def: ActivityDefinition | undefined,
  activity: Pick<Activity, 'config' | 'naming'>,
  workshop: Pick<Workshop, 'namesInExports'>,
): Naming {
  return effectiveNaming({
    policy: namingPolicyOf(def),
    anonymousByConfig: Boolean(def?.isAnonymous?.(activity.config)),
    override: activity.naming,
    namesInExports: workshop.namesInExports,
  });
}
