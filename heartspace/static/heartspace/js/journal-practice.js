// Timed practice: when the shared timer reaches zero, show the closing words and offer to save.
// "I stopped early" saves the time actually spent, so an abandoned practice still counts.
(function () {
  "use strict";

  document.addEventListener("DOMContentLoaded", function () {
    var timer = document.querySelector("[data-practice-timer]");
    var form = document.querySelector("[data-practice-log]");
    if (!timer || !form) return;
    var done = document.querySelector("[data-practice-done]");
    var save = form.querySelector("[data-practice-save]");
    var early = form.querySelector("[data-practice-early]");
    var seconds = form.querySelector("input[name=seconds]");
    var completed = form.querySelector("input[name=completed]");
    var total = parseInt(timer.dataset.seconds, 10) || 0;

    function finish() {
      if (done) {
        done.hidden = false;
        done.focus();
      }
      completed.value = "True";
      seconds.value = String(total);
      save.hidden = false;
      early.hidden = true;
    }

    timer.addEventListener("timer:done", finish);
    if (timer.dataset.timerState === "done" || timer.classList.contains("done")) finish();

    // Once saved, the next visit starts a fresh timer instead of showing "time is up" again.
    form.addEventListener("submit", function () {
      if (timer.hsTimer) timer.hsTimer.reset();
    });

    early.addEventListener("click", function () {
      var spent = total;
      if (timer.hsTimer) spent = Math.max(1, Math.round(total - timer.hsTimer.remaining()));
      seconds.value = String(Math.min(total, spent));
      completed.value = "";
    });
  });
})();
