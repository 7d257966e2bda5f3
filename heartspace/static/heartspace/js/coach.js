// Live word count for coached fields: updates on every keystroke, before the
// server's fuller feedback arrives through htmx. Counting matches heartspace/writing/words.py.
(function () {
  "use strict";
  var WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

  function countWords(text) {
    var matches = (text || "").match(WORD);
    return matches ? matches.length : 0;
  }

  function update(field) {
    var box = document.querySelector(field.dataset.coachTarget);
    var line = box && box.querySelector(".word-count");
    if (!line) return;
    var n = countWords(field.value);
    var limit = parseInt(field.dataset.wordLimit || "0", 10);
    var fill = function (label) { return (label || "").replace("{n}", n).replace("{limit}", limit); };
    var text = fill(limit ? field.dataset.labelLimit : field.dataset.labelPlain);
    if (limit && n > limit) text += " · " + fill(field.dataset.labelTrim);
    line.textContent = text;
    line.classList.toggle("over", Boolean(limit && n > limit));
  }

  document.addEventListener("input", function (event) {
    if (event.target.matches && event.target.matches("[data-coach-target]")) update(event.target);
  });
})();
