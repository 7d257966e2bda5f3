// Feelings (and needs) picker: tapping a chip adds or removes its word in the text input.
// The input stays the source of truth, so typing your own words works with or without this file.
(function () {
  "use strict";

  function norm(word) {
    return word.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase();
  }

  function words(input) {
    return input.value.split(/[,;\n]+/).map(function (w) { return w.trim(); }).filter(Boolean);
  }

  function sync(picker) {
    var input = picker.querySelector("[data-feelings-input]");
    var chosen = words(input).map(norm);
    picker.querySelectorAll("[data-feeling]").forEach(function (chip) {
      chip.setAttribute("aria-pressed", chosen.indexOf(norm(chip.dataset.feeling)) >= 0 ? "true" : "false");
    });
  }

  function toggle(picker, word) {
    var input = picker.querySelector("[data-feelings-input]");
    var current = words(input);
    var key = norm(word);
    var kept = current.filter(function (w) { return norm(w) !== key; });
    if (kept.length === current.length) kept.push(word);
    input.value = kept.join(", ");
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.dispatchEvent(new Event("change", { bubbles: true }));
    sync(picker);
  }

  function init(picker) {
    if (picker.dataset.pickerReady) return;
    picker.dataset.pickerReady = "1";
    var input = picker.querySelector("[data-feelings-input]");
    if (!input) return;
    picker.addEventListener("click", function (event) {
      var chip = event.target.closest("[data-feeling]");
      if (!chip || !picker.contains(chip)) return;
      event.preventDefault();
      toggle(picker, chip.dataset.feeling);
    });
    input.addEventListener("input", function () { sync(picker); });
    sync(picker);
  }

  function initAll(root) {
    (root || document).querySelectorAll("[data-feelings-picker]").forEach(init);
  }

  document.addEventListener("DOMContentLoaded", function () { initAll(document); });
  // Pickers swapped in by htmx get the same behaviour.
  document.addEventListener("htmx:afterSwap", function (event) { initAll(event.target); });
})();
