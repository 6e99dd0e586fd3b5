// Draw each Vega-Lite chart on the page from the JSON spec the server embedded.
// The table beside each chart holds the same numbers, so nothing is lost without JS.
(function () {
  document.querySelectorAll("[data-vega-spec]").forEach(function (el) {
    var source = document.getElementById(el.getAttribute("data-vega-spec"));
    if (!source || typeof vegaEmbed !== "function") return;
    var spec = JSON.parse(source.textContent);
    vegaEmbed(el, spec, { actions: false, renderer: "svg" }).catch(function (err) {
      el.textContent = "The chart could not be drawn: " + err.message;
    });
  });
})();
