// Preloaded (node --require) into Electronegativity by scripts/electronegativity.mjs.
// Electronegativity fetches translations and Electron's release list with got 11;
// here, offline, those requests time out and got's retry then throws from a timer
// on Node 24, killing the scan. Answer both look-ups "offline" at once instead:
// the scan itself needs no network, and nothing leaves this machine.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS preload */
const Module = require('node:module');

function offline(url) {
  return Promise.reject(new Error(`offline: electronegativity may not fetch ${url}`));
}
offline.head = offline;
offline.get = offline;

const load = Module._load;
Module._load = function loadWithoutGot(request, ...rest) {
  if (request === 'got') return offline;
  return load.call(this, request, ...rest);
};
