// Copy a readonly text box to the clipboard; without JavaScript the text can be selected.
(function () {
  "use strict";
  var buttons = document.querySelectorAll("button[data-copy-target]");
  Array.prototype.forEach.call(buttons, function (button) {
    var source = document.getElementById(button.getAttribute("data-copy-target"));
    var status = button.parentNode.querySelector(".copy-status");
    if (!source) { return; }
    button.hidden = false;
    source.addEventListener("focus", function () { source.select(); });
    button.addEventListener("click", function () {
      var done = function () { if (status) { status.textContent = "Copied."; } };
      source.select();
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(source.value).then(done, function () {
          if (status) { status.textContent = "Select the text and copy it."; }
        });
      } else if (document.execCommand && document.execCommand("copy")) {
        done();
      }
    });
  });
})();
