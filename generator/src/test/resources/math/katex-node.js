// Renders formulas with Node's KaTeX exactly as Lectern's GraalJS bridge does, for the comparison test.
// Usage: node katex-node.js <path to node_modules/katex> '<options JSON>'  < [{"tex":..,"display":..}, ...]
// Prints [{"ok":true,"text":html} | {"ok":false,"text":message}, ...].
const katex = require(process.argv[2]);
const base = JSON.parse(process.argv[3]);
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', chunk => { input += chunk; });
process.stdin.on('end', () => {
  const results = JSON.parse(input).map(({ tex, display }) => {
    const options = Object.assign({}, base, { displayMode: display });
    try {
      return { ok: true, text: katex.renderToString(tex, options) };
    } catch (e) {
      return { ok: false, text: e instanceof Error ? e.message : String(e) };
    }
  });
  process.stdout.write(JSON.stringify(results));
});
