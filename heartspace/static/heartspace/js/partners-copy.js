// The invitation page: copy the link with one tap (falls back to selecting it). The button is
// shown only once it works: tapped before this script had run, it would do nothing.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var button = document.querySelector("[data-copy-button]");
    var source = document.querySelector("[data-copy-source]");
    var status = document.querySelector("[data-copy-status]");
    if (!button || !source) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      source.select();
      var done = function () { if (status) status.textContent = button.dataset.copiedText || "Copied"; };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(source.value).then(done, function () { document.execCommand("copy"); done(); });
      } else {
        document.execCommand("copy");
        done();
      }
    });
  });
})();
