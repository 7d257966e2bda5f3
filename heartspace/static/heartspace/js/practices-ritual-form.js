// Ritual form: show only the "when" fields that matter for the chosen frequency.
// Without this file every field is shown and the server still validates the combination.
(function () {
  "use strict";

  function fieldOf(form, name) {
    var input = form.querySelector("[name=" + name + "]");
    return input ? input.closest(".field") : null;
  }

  function setup(form) {
    var frequency = form.querySelector("[name=frequency]");
    var mode = form.querySelector("[name=month_mode]");
    if (!frequency || !mode) return;
    function update() {
      var f = frequency.value;
      var nth = mode.value === "nth_weekday";
      var show = {
        weekday: f === "weekly" || (f === "monthly" && nth),
        month_mode: f === "monthly",
        month_day: f === "monthly" && !nth,
        month_week: f === "monthly" && nth
      };
      Object.keys(show).forEach(function (name) {
        var field = fieldOf(form, name);
        // Never hide a field that carries an error message.
        if (field) field.hidden = !show[name] && !field.classList.contains("has-error");
      });
    }
    frequency.addEventListener("change", update);
    mode.addEventListener("change", update);
    update();
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-ritual-form]").forEach(setup);
  });
})();
