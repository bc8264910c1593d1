#!/usr/bin/env node
// Is this Node new enough for Common Ground? Run before anything else by
// `npm start` and `npm run serve`: on an old Node, better-sqlite3 and the
// build tools fail late and obscurely (a bare "Segmentation fault" on Node 20).
//
//   node scripts/check-node.cjs      exit 0, or exit 1 with what to do
//
// Deliberately old-fashioned JavaScript (var, no ?. or ??) and no
// dependencies, so that it runs and explains itself on any Node a newcomer
// may have, even before `npm install`.
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose, see above */

var fs = require('fs');
var path = require('path');

var HOW_TO_GET =
  'Install Node 24 LTS from https://nodejs.org or with nvm:  nvm install 24 && nvm use 24\n' +
  'Then run `npm ci` again (its native modules must be installed by the new Node) and retry.';

function parseVersion(text) {
  var m = /^\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(String(text));
  if (!m) return null;
  return [Number(m[1]), Number(m[2] || 0), Number(m[3] || 0)];
}

function compare(a, b) {
  for (var i = 0; i < 3; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

// One comparator of an npm range: >=, >, <=, <, =, ^ or a bare version.
function comparatorHolds(comparator, version) {
  var m = /^(>=|<=|>|<|=|\^)?\s*v?(\d+(?:\.\d+){0,2})$/.exec(comparator);
  if (!m) throw new Error('cannot read the comparator "' + comparator + '"');
  var op = m[1] || '=';
  var bound = parseVersion(m[2]);
  var c = compare(version, bound);
  if (op === '>=') return c >= 0;
  if (op === '>') return c > 0;
  if (op === '<=') return c <= 0;
  if (op === '<') return c < 0;
  if (op === '=') return c === 0;
  // ^X.Y.Z with X > 0: at least X.Y.Z, below (X+1).0.0.
  if (bound[0] === 0) throw new Error('cannot read "^0.x" ranges');
  return c >= 0 && version[0] === bound[0];
}

/**
 * Does `version` ("24.15.0" or "v24.15.0") satisfy the npm range `range`
 * (alternatives joined by ||, each a space-separated list of comparators)?
 * Throws for a range this small reader does not understand.
 */
function satisfies(version, range) {
  var v = parseVersion(version);
  if (!v) throw new Error('cannot read the version "' + version + '"');
  var alternatives = String(range).split('||');
  for (var i = 0; i < alternatives.length; i++) {
    var parts = alternatives[i]
      .trim()
      .replace(/(>=|<=|>|<|=|\^)\s+/g, '$1')
      .split(/\s+/);
    var all = true;
    for (var j = 0; j < parts.length; j++) {
      if (!comparatorHolds(parts[j], v)) all = false;
    }
    if (all) return true;
  }
  return false;
}

function requiredRange(packageJsonPath) {
  var pkg = JSON.parse(fs.readFileSync(packageJsonPath, 'utf8'));
  var range = pkg.engines && pkg.engines.node;
  if (typeof range !== 'string' || range.trim() === '') {
    throw new Error(packageJsonPath + ' has no "engines": { "node": ... } entry');
  }
  return range;
}

/** { ok, message }: message says the Node found, the one needed and how to get it. */
function checkNode(options) {
  var opts = options || {};
  var version = opts.version || process.versions.node;
  var execPath = opts.execPath || process.execPath;
  var packageJsonPath = opts.packageJsonPath || path.join(__dirname, '..', 'package.json');
  var range = requiredRange(packageJsonPath);
  if (satisfies(version, range)) return { ok: true, message: 'Node ' + version + ' satisfies ' + range + '.' };
  return {
    ok: false,
    message: 'Common Ground needs Node.js ' + range + ' (package.json "engines"), but this is Node ' + version + ' (' + execPath + ').\n' + HOW_TO_GET,
  };
}

/** For scripts: print the problem on stderr and exit 1 when this Node is too old. */
function exitUnlessSupportedNode() {
  var result;
  try {
    result = checkNode();
  } catch (error) {
    process.stderr.write('check-node: ' + (error && error.message ? error.message : error) + '\n');
    process.exit(1);
  }
  if (!result.ok) {
    process.stderr.write(result.message + '\n');
    process.exit(1);
  }
}

exports.satisfies = satisfies;
exports.checkNode = checkNode;
exports.exitUnlessSupportedNode = exitUnlessSupportedNode;

if (require.main === module) exitUnlessSupportedNode();
