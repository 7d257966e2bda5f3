// Copy the private calendar address to the clipboard, and select it so it can be copied by hand too.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-copy-target]");
    if (!button) return;
    var input = document.querySelector(button.getAttribute("data-copy-target"));
    if (!input) return;
    input.focus();
    input.select();
    var original = button.textContent;
    var done = function () {
      button.textContent = button.getAttribute("data-copied-text") || original;
      window.setTimeout(function () { button.textContent = original; }, 2000);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(input.value).then(done, function () {});
    } else {
      try { if (document.execCommand("copy")) done(); } catch (e) { /* selection is enough */ }
    }
  });
})();
