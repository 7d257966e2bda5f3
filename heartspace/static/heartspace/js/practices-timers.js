// Timed practices (time-outs, the vulnerability exercise): when the shared timer ends, show the
// next step. The timer itself lives in timer.js; this only reacts to its "timer:done" event.
(function () {
  "use strict";

  function reveal(container) {
    container.querySelectorAll("[data-show-when-done]").forEach(function (el) {
      el.hidden = false;
    });
  }

  document.addEventListener("timer:done", function (event) {
    var container = event.target.closest("[data-practice-timer]");
    if (container) reveal(container);
  });

  document.addEventListener("DOMContentLoaded", function () {
    // A timer that already finished before a reload shows its message at once.
    document.querySelectorAll("[data-practice-timer]").forEach(function (container) {
      var timer = container.querySelector("[data-timer]");
      if (timer && timer.dataset.timerState === "done") reveal(container);
    });
  });
})();
