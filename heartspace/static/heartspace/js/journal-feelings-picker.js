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
    var typed = words(input);
    var chosen = typed.map(norm);
    var meanings = {};
    picker.querySelectorAll("[data-feeling]").forEach(function (chip) {
      var key = norm(chip.dataset.feeling);
      meanings[key] = chip.title;
      chip.setAttribute("aria-pressed", chosen.indexOf(key) >= 0 ? "true" : "false");
    });
    // On a phone there is no hover: say what each chosen word means right under the field.
    var list = picker.querySelector("[data-feelings-meanings]");
    if (!list) return;
    list.textContent = "";
    typed.forEach(function (word) {
      var item = document.createElement("li");
      var name = document.createElement("strong");
      name.textContent = word;
      item.appendChild(name);
      var meaning = meanings[norm(word)];
      item.appendChild(document.createTextNode(" — " + (meaning || list.dataset.ownWord || "")));
      if (!meaning) item.className = "own-word";
      list.appendChild(item);
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
