// Follow-up composer: copy to the clipboard, and keep the SMS and email links filled with
// the current text so one tap opens the phone's own app with the message ready.
(function () {
  "use strict";

  function copy(text, box) {
    function shown() {
      var note = box.querySelector("[data-copied]");
      if (note) { note.hidden = false; window.setTimeout(function () { note.hidden = true; }, 2500); }
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(shown, function () { fallback(text); shown(); });
    } else {
      fallback(text);
      shown();
    }
  }

  function fallback(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (e) { /* the text is still on screen to copy by hand */ }
    document.body.removeChild(area);
  }

  function fillLinks(composer) {
    var text = composer.querySelector("textarea").value;
    var body = encodeURIComponent(text);
    var sms = composer.querySelector("[data-sms-draft]");
    var mail = composer.querySelector("[data-mailto-draft]");
    // Addressed to the person when their number or email is known (from an imported contact).
    sms.href = "sms:" + encodeURIComponent(sms.dataset.to || "").replace(/%2B/g, "+") + "?&body=" + body;
    mail.href = "mailto:" + encodeURIComponent(mail.dataset.to || "").replace(/%40/g, "@") + "?body=" + body;
  }

  document.addEventListener("DOMContentLoaded", function () {
    var composer = document.querySelector("[data-follow-up-composer]");
    if (composer) {
      fillLinks(composer);
      composer.addEventListener("input", function () { fillLinks(composer); });
      composer.querySelector("[data-copy-draft]").addEventListener("click", function () {
        copy(composer.querySelector("textarea").value, composer);
      });
    }
    document.querySelectorAll("[data-follow-up]").forEach(function (box) {
      box.querySelector("[data-copy]").addEventListener("click", function () {
        copy(box.querySelector("[data-follow-up-text]").textContent, box);
      });
    });
  });
})();
