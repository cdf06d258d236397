// Save the draft of a form by itself: to the server every few seconds while it changes,
// and to this browser's storage whenever the server cannot be reached.
//
// <form method="post" data-autosave data-autosave-url="/…/draft"
//       data-autosave-key="coach:draft:question-12" data-autosave-fields="question_id"
//       data-autosave-saved-at="2024-05-01T14:02:00+00:00">   (empty when no server draft)
//   <input type="hidden" name="csrf_token" value="…">
//   <textarea name="text" data-autosave-text>…</textarea>   (or the form's first textarea)
//   <p data-autosave-status role="status"></p>
// </form>
//
// POST data-autosave-url, JSON {"text": "…", <each field named in data-autosave-fields>},
// header X-CSRFToken. The server answers 2xx JSON {"saved_at": "<ISO 8601>"}; anything
// else (an error, a redirect to the login page, no answer) counts as not saved.
// data-autosave-saved-at is when the server's copy last changed, including being used up
// by saving an attempt (render the later of the draft's and the latest attempt's times): a
// browser copy older than that is discarded on load, a newer one is restored and announced.
// data-autosave-interval (seconds, default 5) sets the pace.
(function () {
  "use strict";

  function pad(number) { return (number < 10 ? "0" : "") + number; }

  function hhmm(date) { return pad(date.getHours()) + ":" + pad(date.getMinutes()); }

  function parseTime(value) {
    if (!value) { return NaN; }
    // A time without a zone is the server's UTC.
    var zoned = /(Z|[+-]\d\d:?\d\d)$/i.test(value) ? value : value + "Z";
    return Date.parse(zoned);
  }

  function storage() {
    try { return window.localStorage; } catch (error) { return null; }
  }

  function setUp(form) {
    var url = form.getAttribute("data-autosave-url");
    var key = form.getAttribute("data-autosave-key");
    var textarea = form.querySelector("textarea[data-autosave-text]") ||
      form.querySelector("textarea");
    var status = form.querySelector("[data-autosave-status]");
    var fields = (form.getAttribute("data-autosave-fields") || "").split(/[\s,]+/)
      .filter(Boolean);
    var interval = parseFloat(form.getAttribute("data-autosave-interval")) || 5;
    var store = storage();
    var dirty = false;
    var saving = false;

    if (!url || !key || !textarea) { return; }

    function say(message) { if (status) { status.textContent = message; } }

    function readLocal() {
      if (!store) { return null; }
      try {
        var draft = JSON.parse(store.getItem(key));
        return draft && typeof draft.text === "string" ? draft : null;
      } catch (error) { return null; }
    }

    function writeLocal() {
      if (!store) { return false; }
      try {
        store.setItem(key, JSON.stringify({ text: textarea.value, savedAt: Date.now() }));
        return true;
      } catch (error) { return false; }
    }

    function clearLocal() {
      if (store) { try { store.removeItem(key); } catch (error) { /* nothing to clear */ } }
    }

    function body() {
      var data = { text: textarea.value };
      fields.forEach(function (name) {
        var field = form.elements.namedItem(name);
        if (field) { data[name] = field.value; }
      });
      return JSON.stringify(data);
    }

    function csrfToken() {
      var input = form.querySelector("input[name=csrf_token]");
      var meta = document.querySelector("meta[name=csrf-token]");
      return input ? input.value : (meta ? meta.getAttribute("content") : "");
    }

    function failed(reason, advice) {
      var kept = writeLocal();
      say("Not saved: " + reason + (kept ? ", kept in this browser" : "") +
        (advice ? ". " + advice : "") + (kept ? "" : ". Copy your text somewhere safe."));
    }

    function save() {
      var sent = textarea.value;
      var controller = typeof AbortController === "function" ? new AbortController() : null;
      var timeout = controller ? window.setTimeout(function () { controller.abort(); }, 15000)
        : null;
      saving = true;
      dirty = false;
      return fetch(url, {
        method: "POST",
        credentials: "same-origin",
        headers: {
          "Content-Type": "application/json",
          "Accept": "application/json",
          "X-CSRFToken": csrfToken(),
        },
        body: body(),
        signal: controller ? controller.signal : undefined,
      }).then(function (response) {
        if (!response.ok || response.redirected) {
          var error = new Error("HTTP " + response.status);
          error.response = response;
          throw error;
        }
        return response.json().catch(function () { return {}; });
      }).then(function (reply) {
        var savedAt = reply && reply.saved_at;
        form.setAttribute("data-autosave-saved-at", savedAt || new Date().toISOString());
        if (textarea.value === sent) { clearLocal(); } else { dirty = true; writeLocal(); }
        say("Saved at " + hhmm(new Date()));
      }).catch(function (error) {
        dirty = true;
        var response = error && error.response;
        if (!response) { failed("server unreachable"); return; }
        if (response.redirected || response.status === 401 || response.status === 403) {
          failed("you seem to be logged out", "Log in again in another tab.");
        } else if (response.status === 400) {
          failed("the page has expired", "Reload the page to carry on.");
        } else {
          failed("the server refused it (error " + response.status + ")");
        }
      }).then(function () {
        if (timeout !== null) { window.clearTimeout(timeout); }
        saving = false;
      });
    }

    function restore() {
      var draft = readLocal();
      var serverTime = parseTime(form.getAttribute("data-autosave-saved-at"));
      if (!draft) { return; }
      if (draft.text === textarea.value) { clearLocal(); return; }
      if (!isNaN(serverTime) && !(draft.savedAt > serverTime)) { clearLocal(); return; }
      textarea.value = draft.text;
      dirty = true;
      say("Restored your unsaved draft from this browser (" +
        hhmm(new Date(draft.savedAt)) + ").");
    }

    restore();
    textarea.addEventListener("input", function () {
      dirty = true;
      writeLocal();
    });
    window.setInterval(function () {
      if (dirty && !saving) { save(); }
    }, interval * 1000);
    window.addEventListener("beforeunload", function () {
      if (dirty || saving) { writeLocal(); }
    });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("form[data-autosave]"), setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
