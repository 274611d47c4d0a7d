// Lectern's KaTeX worker for Node (NodeKatexRenderer starts it with `node -e <this text>`, so it holds
// no double quote: Windows mangles those in command-line arguments). One JSON object a line each way,
// UTF-8, one request at a time:
//
//   in, first:  {katex: <katex.min.js as the jar bundles it>, bridge: <bridge.js>, options: <JSON text>,
//                warmUp: <TeX>}
//   out:        {ready: true, node: <process.versions.node>, katex: <katex.version>}
//   in, then:   {id: <n>, tex: <TeX>, display: <boolean>}
//   out:        {id: <n>, ok: <boolean>, text: <HTML, or KaTeX's message>}
//
// KaTeX comes over stdin rather than from a file, so nothing is written to disk and the script
// running is exactly the jar's; it is compiled the way require() compiles a module. The worker ends
// when stdin closes, so it never outlives the JVM that started it.
'use strict';
const vm = require('vm');
const Module = require('module');

let render = null;
let pending = '';

process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  pending += chunk;
  let newline;
  while ((newline = pending.indexOf('\n')) >= 0) {
    const line = pending.slice(0, newline);
    pending = pending.slice(newline + 1);
    answer(JSON.parse(line));
  }
});
process.stdin.on('end', () => process.exit(0));

function answer(message) {
  if (render === null) {
    render = load(message);
    send({ ready: true, node: process.versions.node, katex: globalThis.katex.version });
    return;
  }
  const [ok, text] = render(message.tex, message.display);
  send({ id: message.id, ok: ok, text: text });
}

function load(setup) {
  const katexModule = { exports: {} };
  vm.runInThisContext(Module.wrap(setup.katex), { filename: 'katex.min.js' })
    .call(katexModule.exports, katexModule.exports, require, katexModule, 'katex.min.js', '.');
  globalThis.katex = katexModule.exports;
  const bound = vm.runInThisContext(setup.bridge, { filename: 'lectern-katex-bridge.js' })(setup.options);
  bound(setup.warmUp, true); // V8 compiles KaTeX's common paths now, not during the first timed formula
  return bound;
}

function send(object) {
  process.stdout.write(JSON.stringify(object) + '\n');
}
