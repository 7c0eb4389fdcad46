// Draw every chart on the page: each [data-figure] element names the <script type="application/json">
// holding its plotly figure, built by the server. plotly.js is served by this app (no CDN).
(function () {
  "use strict";
  function draw(el) {
    var source = document.getElementById(el.dataset.figure);
    if (!source || typeof Plotly === "undefined") {
      el.textContent = "The chart could not be drawn.";
      return;
    }
    var fig = JSON.parse(source.textContent);
    var config = Object.assign({responsive: true, displaylogo: false, modeBarButtonsToRemove: ["sendDataToCloud"]},
                               fig.config || {});
    Plotly.newPlot(el, fig.data, fig.layout, config).then(function () {
      el.dataset.ready = "true";
    });
  }
  document.querySelectorAll("[data-figure]").forEach(draw);
})();
