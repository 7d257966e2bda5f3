// Site-wide behaviour. Loaded on every page; kept tiny and free of inline script (CSP).
(function () {
  "use strict";

  // First visit: adopt the browser's time zone unless the user already chose one.
  function reportTimeZone() {
    var url = document.body.dataset.timezoneUrl;
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!url || !zone) return;
    var token = JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRFToken"];
    var body = new URLSearchParams({ time_zone: zone });
    fetch(url, { method: "POST", body: body, headers: { "X-CSRFToken": token }, credentials: "same-origin" });
  }

  // Forms that create an account carry a hidden field for the browser's zone.
  function fillTimeZoneFields() {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
    document.querySelectorAll("input[data-browser-timezone]").forEach(function (input) {
      if (!input.value) input.value = zone;
    });
  }

  // Buttons that ask before they act: <button data-confirm="Sure?">.
  function confirmActions(event) {
    var el = event.target.closest("[data-confirm]");
    if (el && !window.confirm(el.dataset.confirm)) event.preventDefault();
  }

  document.addEventListener("DOMContentLoaded", function () {
    reportTimeZone();
    fillTimeZoneFields();
    document.addEventListener("click", confirmActions);
  });
})();
