// Preselect the browser's time zone on the registration form.
(function () {
  "use strict";
  var select = document.querySelector("select[data-detect-timezone]");
  if (!select || !window.Intl) { return; }
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone && select.value === "UTC" && select.querySelector('option[value="' + zone + '"]')) {
    select.value = zone;
  }
})();
