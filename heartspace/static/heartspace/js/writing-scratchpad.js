// Try-the-coach scratchpad: switching the kind re-checks the draft at once, with that kind's
// word limit. The draft never leaves the page except to this server's feedback endpoint.
(function () {
  "use strict";
  var form = document.querySelector("[data-scratchpad]");
  if (!form) return;
  var select = form.querySelector("[data-scratchpad-kind]");
  var field = form.querySelector("[data-coach-target]");
  if (!select || !field) return;

  select.addEventListener("change", function () {
    var option = select.options[select.selectedIndex];
    var limit = option.getAttribute("data-limit") || "";
    var vals = {};
    try { vals = JSON.parse(field.getAttribute("hx-vals") || "{}"); } catch (e) { vals = {}; }
    vals.kind = select.value;
    vals.limit = limit;
    field.setAttribute("hx-vals", JSON.stringify(vals));
    if (limit) field.dataset.wordLimit = limit; else delete field.dataset.wordLimit;
    // coach.js updates the count on "input"; htmx asks for fresh feedback on "coach:recheck".
    field.dispatchEvent(new Event("input", { bubbles: true }));
    field.dispatchEvent(new CustomEvent("coach:recheck"));
  });
})();
