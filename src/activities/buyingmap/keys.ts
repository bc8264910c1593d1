// How a marker's item key is made. Plain code, so the phone bundle need not load the schemas (logic.ts re-exports it).

/** The item key of one friction marker on one stage: "segment.stage.marker". */
export const markerKey = (segment: string, stage: string, marker: string) => `${segment}.${stage}.${marker}`;
