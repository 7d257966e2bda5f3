// "I feel" builder: fills the statement from its three parts as you type, until you edit the
// statement yourself. The coach field then gives live feedback on the whole sentence.
(function () {
  "use strict";

  function clean(text) {
    return text.replace(/\s+/g, " ").trim().replace(/[\s.;,]+$/, "");
  }

  function compose(feeling, when, need) {
    var words = feeling.split(/[,;\n]+/).map(function (w) { return w.trim(); }).filter(Boolean);
    var feel = words.length > 1 ? words.slice(0, -1).join(", ") + " and " + words[words.length - 1] : (words[0] || "___");
    when = clean(when).replace(/^when\s+/i, "") || "___";
    need = clean(need).replace(/^i need\s+/i, "") || "___";
    return "I feel " + feel + " when " + when + ", and I need " + need + ".";
  }

  function setup(form) {
    var feeling = form.querySelector("[name=feeling]");
    var when = form.querySelector("[name=when]");
    var need = form.querySelector("[name=need]");
    var text = form.querySelector("[name=text]");
    if (!feeling || !when || !need || !text) return;
    var lastComposed = text.value;
    var userEdited = text.value.trim() !== "";
    text.addEventListener("input", function (event) {
      if (event.isTrusted) userEdited = text.value.trim() !== "" && text.value !== lastComposed;
    });
    function update() {
      if (userEdited) return;
      if (!feeling.value.trim() && !when.value.trim() && !need.value.trim()) return;
      lastComposed = compose(feeling.value, when.value, need.value);
      text.value = lastComposed;
      text.dispatchEvent(new Event("input", { bubbles: true }));
    }
    [feeling, when, need].forEach(function (el) {
      el.addEventListener("input", update);
      el.addEventListener("change", update);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-statement-builder]").forEach(setup);
  });
})();
