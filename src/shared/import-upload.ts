// Browser mode uploads workshop files over HTTP rather than the API socket
// (whose messages are capped at 1 MiB). Shared by the server and the page.

export const IMPORT_UPLOAD_PATH = '/api/import';
/** The same for a whole series file (series:import), which is as large as all its workshops together. */
export const IMPORT_SERIES_UPLOAD_PATH = '/api/import-series';
/** Our own media type: no form or simple cross-site request can send it without a preflight, which is never granted. */
export const IMPORT_CONTENT_TYPE = 'application/vnd.common-ground.workshop+json';
