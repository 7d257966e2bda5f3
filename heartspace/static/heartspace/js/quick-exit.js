// Quick exit: leave at once for a neutral page, replacing this one in the history.
(function () {
  "use strict";
  var lastEscape = 0;
  function leave(url) {
    document.body.hidden = true;
    window.location.replace(url || "https://www.bbc.com/weather");
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-quick-exit]");
    if (button) leave(button.dataset.quickExit);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var now = Date.now();
    if (now - lastEscape < 800) {
      var button = document.querySelector("[data-quick-exit]");
      leave(button && button.dataset.quickExit);
    }
    lastEscape = now;
  });
})();
