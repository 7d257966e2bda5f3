// Say at once, before uploading, when a contacts file is over the size limit (the server checks too).
(function () {
  "use strict";
  var form = document.querySelector("[data-import-form]");
  if (!form) return;
  var input = form.querySelector("input[type=file][data-max-bytes]");
  var message = form.querySelector("[data-size-error]");
  if (!input || !message) return;
  var limit = parseInt(input.getAttribute("data-max-bytes"), 10);
  function check() {
    var file = input.files && input.files[0];
    var tooBig = file && file.size > limit;
    message.hidden = !tooBig;
    if (tooBig) {
      message.textContent = message.getAttribute("data-template").replace("SIZE", (file.size / 1048576).toFixed(1));
      input.setAttribute("aria-invalid", "true");
    } else {
      input.removeAttribute("aria-invalid");
    }
    return !tooBig;
  }
  input.addEventListener("change", check);
  form.addEventListener("submit", function (event) {
    if (!check()) event.preventDefault();
  });
})();
