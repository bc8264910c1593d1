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

// Electronegativity writes its CSV with two async fs.writeFile calls that race: the header
// (flag 'w', which truncates) and the rows (flag 'a'). When the header lands second it cuts
// the first rows, the CSV no longer parses into its findings, and a HIGH finding could be
// missed (seen: 1 run in 5 reported "none HIGH" on a file with two). Its writes here are
// made in call order, synchronously, with the callback still called asynchronously.
const fs = require('node:fs');
fs.writeFile = function writeFileInOrder(file, data, options, callback) {
  const done = typeof options === 'function' ? options : callback;
  const opts = typeof options === 'function' ? undefined : options;
  let error = null;
  try {
    fs.writeFileSync(file, data, opts);
  } catch (e) {
    error = e;
  }
  if (typeof done === 'function') process.nextTick(done, error);
};
