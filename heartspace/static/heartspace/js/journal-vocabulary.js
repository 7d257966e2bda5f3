// Feelings vocabulary: filter the words as you type (the search form still works without this).
(function () {
  "use strict";

  function norm(text) {
    return (text || "").normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase();
  }

  function filter(form) {
    var input = form.querySelector("[data-vocabulary-search]");
    var needle = norm(input.value);
    var shown = 0;
    document.querySelectorAll("[data-vocabulary-core]").forEach(function (core) {
      var coreShown = 0;
      core.querySelectorAll("[data-vocabulary-level]").forEach(function (level) {
        var levelShown = 0;
        level.querySelectorAll("[data-vocabulary-word]").forEach(function (item) {
          var hit = !needle || norm(item.dataset.vocabularyWord).indexOf(needle) >= 0 ||
            norm(item.dataset.definition).indexOf(needle) >= 0;
          item.hidden = !hit;
          if (hit) levelShown += 1;
        });
        level.hidden = levelShown === 0;
        coreShown += levelShown;
      });
      core.hidden = coreShown === 0;
      shown += coreShown;
    });
    var empty = document.querySelector("[data-vocabulary-empty]");
    if (empty) empty.hidden = shown > 0;
    var count = form.querySelector("[data-vocabulary-count]");
    if (count && count.dataset.template) count.textContent = count.dataset.template.replace("{n}", shown);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("[data-vocabulary-form]");
    if (!form) return;
    var input = form.querySelector("[data-vocabulary-search]");
    var count = form.querySelector("[data-vocabulary-count]");
    if (count) count.dataset.template = count.dataset.liveTemplate || "";
    if (!input) return;
    input.addEventListener("input", function () { filter(form); });
  });
})();
