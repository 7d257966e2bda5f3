/* Draws the insights charts with Chart.js from the JSON each page embeds (json_script).
   Every chart also has a table of the same numbers, so nothing depends on this script. */
(function () {
  "use strict";
  var styles = getComputedStyle(document.documentElement);
  function cssVar(name, fallback) {
    var value = styles.getPropertyValue(name).trim();
    return value || fallback;
  }
  var palette = {
    accent: cssVar("--accent", "#8a3b52"),
    ok: cssVar("--ok", "#2f6b45"),
    warn: cssVar("--warn", "#8a5a00"),
    muted: cssVar("--muted", "#5f5750"),
    band: cssVar("--focus", "#1f5fbf")
  };

  function dataset(spec, index) {
    var colour = palette[spec.tone] || palette.accent;
    var line = spec.kind === "line";
    var result = {
      type: line ? "line" : "bar",
      label: spec.label,
      data: spec.data,
      backgroundColor: colour,
      borderColor: colour,
      borderWidth: line ? 2 : 0,
      spanGaps: true,
      pointRadius: line ? 2 : 0,
      order: line ? 0 : 1,
      yAxisID: spec.axis === "y1" ? "y1" : "y",
      // Lines never stack on each other or on the bars: each gets a group of its own.
      stack: spec.stack || "own-" + index
    };
    if (line && (spec.tone === "band" || spec.tone === "muted")) { result.borderDash = [6, 4]; result.pointRadius = 0; }
    return result;
  }

  function draw(canvas) {
    if (typeof window.Chart === "undefined" || canvas.dataset.drawn) { return; }
    var source = document.getElementById(canvas.dataset.insightsChart);
    if (!source) { return; }
    var spec;
    try { spec = JSON.parse(source.textContent); } catch (err) { return; }
    var stacked = spec.datasets.some(function (d) { return d.stack; });
    var rightAxis = spec.datasets.some(function (d) { return d.axis === "y1"; });
    canvas.dataset.drawn = "1";
    new window.Chart(canvas, {
      type: "bar",
      data: { labels: spec.labels, datasets: spec.datasets.map(dataset) },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: window.matchMedia("(prefers-reduced-motion: reduce)").matches ? false : { duration: 300 },
        scales: {
          x: { stacked: stacked, ticks: { color: palette.muted } },
          y: { stacked: stacked, beginAtZero: true, ticks: { precision: 0, color: palette.muted },
               title: { display: Boolean(spec.yTitle), text: spec.yTitle, color: palette.muted } },
          y1: { display: rightAxis, position: "right", beginAtZero: true, grid: { drawOnChartArea: false },
                ticks: { color: palette.muted },
                title: { display: Boolean(spec.y1Title), text: spec.y1Title, color: palette.muted } }
        },
        plugins: { legend: { position: "bottom", labels: { color: palette.muted, boxWidth: 12 } } }
      }
    });
    canvas.closest(".insights-chart").classList.add("chart-ready");
  }

  function drawAll() {
    document.querySelectorAll("canvas[data-insights-chart]").forEach(draw);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
})();
