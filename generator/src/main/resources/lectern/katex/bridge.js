// Lectern's one way of calling KaTeX, evaluated by GraalJS (KatexRenderer): binds the options once
// and returns (tex, displayMode) -> [ok, htmlOrMessage]. KaTeX must be the global `katex`.
(function (optionsJson) {
  const base = JSON.parse(optionsJson);
  return function (tex, displayMode) {
    const options = Object.assign({}, base, { displayMode: displayMode });
    try {
      return [true, katex.renderToString(tex, options)];
    } catch (e) {
      return [false, e instanceof Error ? e.message : String(e)];
    }
  };
})
