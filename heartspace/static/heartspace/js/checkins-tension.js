// Tension script builder: fills "I felt [emotion] when [behavior]..." from the parts as
// they are typed, until the person edits the script by hand.
(function () {
  "use strict";

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("[data-tension-builder]");
    if (!form) return;
    var emotion = form.querySelector("[name=emotion]");
    var behavior = form.querySelector("[name=behavior]");
    var remedy = form.querySelector("[name=remedy]");
    var script = form.querySelector("[name=text]");
    var edited = Boolean(script.value.trim());

    // The feelings picker writes "hurt, worried"; the script says "hurt and worried".
    function feeling() {
      return emotion.value.split(/[,;\n]+/).map(function (w) { return w.trim(); }).filter(Boolean).join(" and ");
    }

    function build() {
      if (edited) return;
      var text = "I felt " + (feeling() || "[emotion]") + " when " +
        (behavior.value.trim().replace(/\.$/, "") || "[behavior]") +
        ". Can we talk about what happened and agree one next step?";
      if (remedy.value.trim()) text += " I'd like to suggest: " + remedy.value.trim();
      script.value = text;
      script.dispatchEvent(new Event("input", { bubbles: true }));
    }

    [emotion, behavior, remedy].forEach(function (field) { field.addEventListener("input", build); });
    script.addEventListener("input", function (event) { if (event.isTrusted) edited = true; });
  });
})();
