#!/usr/bin/env node
// The Node side of the formula comparison: typesets every formula a generated corpus holds with
// katex.renderToString and the options Lectern uses, once each, in one fresh process (cold, as a
// cold Lectern build is). Prints one JSON line: how many formulas, the time to load KaTeX, the time
// to render them all and how many failed.
//
//   node katex-throughput.js <katex package dir> <formulas.json> <katex-options.json>
'use strict';
const fs = require('fs');

const [katexDir, formulasFile, optionsFile] = process.argv.slice(2);
if (!katexDir || !formulasFile || !optionsFile) {
  console.error('usage: node katex-throughput.js <katex package dir> <formulas.json> <katex-options.json>');
  process.exit(2);
}
const formulas = JSON.parse(fs.readFileSync(formulasFile, 'utf8'));
const base = JSON.parse(fs.readFileSync(optionsFile, 'utf8'));

const loadStart = process.hrtime.bigint();
const katex = require(require('path').resolve(katexDir));
const loadEnd = process.hrtime.bigint();

const ms = (a, b) => Number(b - a) / 1e6;
let errors = 0;
let bytes = 0;
const renderStart = process.hrtime.bigint();
formulas.forEach(f => {
  try {
    bytes += katex.renderToString(f.tex, Object.assign({}, base, { displayMode: f.display })).length;
  } catch (e) {
    errors++;
  }
});
const renderEnd = process.hrtime.bigint();

console.log(JSON.stringify({
  count: formulas.length,
  loadMs: Math.round(ms(loadStart, loadEnd)),
  renderMs: Math.round(ms(renderStart, renderEnd)),
  errors: errors,
  htmlBytes: bytes,
  katex: katex.version,
}));
