// Joint sessions: count down the current step's timer from the seconds the server sent.
// Both phones get the remaining time from the server when the step changes, so they agree;
// counting from Date.now() lets the browser tests drive time with a test clock.
(function () {
  "use strict";

  function format(seconds) {
    var m = Math.floor(seconds / 60);
    var s = seconds % 60;
    return m + ":" + (s < 10 ? "0" : "") + s;
  }

  function arm(root) {
    (root || document).querySelectorAll("[data-countdown]").forEach(function (el) {
      if (el.dataset.endsAt) return;
      var remaining = parseInt(el.dataset.remaining || "0", 10) || 0;
      el.dataset.endsAt = String(Date.now() + remaining * 1000);
    });
  }

  function tick() {
    document.querySelectorAll("[data-countdown]").forEach(function (el) {
      var left = Math.max(0, Math.ceil((parseInt(el.dataset.endsAt, 10) - Date.now()) / 1000));
      var display = el.querySelector("[data-countdown-display]");
      var text = format(left);
      if (display && display.textContent !== text) display.textContent = text;
      if (left === 0 && !el.classList.contains("done")) {
        el.classList.add("done");
        el.dataset.timerState = "done";
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    arm(document);
    tick();
    window.setInterval(tick, 250);
  });
  document.addEventListener("htmx:afterSwap", function () { arm(document); tick(); });
})();
