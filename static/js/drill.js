// Drill from the keyboard: R (or Space) shows the guidance, 1 to 4 grade the try.
// Without JavaScript the guidance opens with its summary and the grades are plain buttons.
(function () {
  "use strict";
  var card = document.querySelector("[data-drill]");
  if (!card) { return; }
  var guidance = card.querySelector("details.guidance");
  var grades = {};
  Array.prototype.forEach.call(card.querySelectorAll("button[data-key]"), function (button) {
    grades[button.getAttribute("data-key")] = button;
  });
  var sent = false;

  function typing(target) {
    var tag = target && target.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" ||
      (target && target.isContentEditable);
  }

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || sent) {
      return;
    }
    if (typing(event.target)) { return; }
    var key = event.key;
    var onControl = event.target && (event.target.tagName === "BUTTON" ||
      event.target.tagName === "SUMMARY" || event.target.tagName === "A");
    if ((key === "r" || key === "R" || (key === " " && !onControl)) && guidance) {
      event.preventDefault();
      guidance.open = !guidance.open;
      if (guidance.open) { guidance.querySelector("summary").focus(); }
      return;
    }
    if (grades[key]) {
      event.preventDefault();
      sent = true;
      grades[key].click();
    }
  });
})();
