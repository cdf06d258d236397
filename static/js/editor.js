// Write and Preview tabs for a Markdown textarea. Without JavaScript the textarea just works.
//
// <div data-md-editor data-preview-url="/…/preview">
//   <div role="tablist" aria-label="Answer" data-md-tabs hidden>        (optional: built
//     <button type="button" role="tab" data-md-tab="write">Write</button>   when absent)
//     <button type="button" role="tab" data-md-tab="preview">Preview</button>
//   </div>
//   <div data-md-write> <label>…</label> <textarea name="text">…</textarea> </div>
//   <div data-md-preview hidden></div>
// </div>
//
// The preview POSTs JSON {"text": "…"} to data-preview-url with the header X-CSRFToken
// (from the enclosing form's csrf_token input) and shows the answer's JSON {"html": "…"},
// which the server has rendered and sanitised. [data-md-write] is optional: without it the
// textarea alone is hidden while previewing.
(function () {
  "use strict";

  var counter = 0;

  function ensureId(element, prefix) {
    if (!element.id) { counter += 1; element.id = prefix + "-" + counter; }
    return element.id;
  }

  function buildTabs(root, before) {
    var list = document.createElement("div");
    list.setAttribute("role", "tablist");
    list.setAttribute("aria-label", "Editor");
    list.className = "md-tabs";
    [["write", "Write"], ["preview", "Preview"]].forEach(function (pair) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "md-tab";
      button.setAttribute("role", "tab");
      button.setAttribute("data-md-tab", pair[0]);
      button.textContent = pair[1];
      list.appendChild(button);
    });
    root.insertBefore(list, before);
    return list;
  }

  function csrfToken(root) {
    var form = root.closest("form");
    var input = form && form.querySelector("input[name=csrf_token]");
    var meta = document.querySelector("meta[name=csrf-token]");
    return input ? input.value : (meta ? meta.getAttribute("content") : "");
  }

  function setUp(root) {
    var textarea = root.querySelector("textarea");
    var preview = root.querySelector("[data-md-preview]");
    var url = root.getAttribute("data-preview-url");
    if (!textarea || !preview || !url) { return; }
    var write = root.querySelector("[data-md-write]") || textarea;
    var list = root.querySelector("[data-md-tabs]") ||
      (root.querySelector("[data-md-tab]") && root.querySelector("[data-md-tab]").parentNode) ||
      buildTabs(root, root.firstChild);
    var tabs = Array.prototype.slice.call(list.querySelectorAll("[data-md-tab]"));
    var writeTab = list.querySelector("[data-md-tab=write]");
    var previewTab = list.querySelector("[data-md-tab=preview]");
    var shownText = null;
    var request = 0;
    if (!writeTab || !previewTab) { return; }

    list.setAttribute("role", "tablist");
    writeTab.setAttribute("aria-controls", ensureId(write, "md-write"));
    previewTab.setAttribute("aria-controls", ensureId(preview, "md-preview"));
    preview.setAttribute("role", "tabpanel");
    preview.setAttribute("tabindex", "0");
    preview.setAttribute("aria-labelledby", ensureId(previewTab, "md-preview-tab"));
    if (write !== textarea) {
      write.setAttribute("role", "tabpanel");
      write.setAttribute("aria-labelledby", ensureId(writeTab, "md-write-tab"));
    }

    function render() {
      var text = textarea.value;
      var mine;
      if (text === shownText) { return; }
      if (!text.trim()) {
        preview.textContent = "Nothing to preview yet.";
        shownText = text;
        return;
      }
      request += 1;
      mine = request;
      preview.setAttribute("aria-busy", "true");
      preview.textContent = "Loading the preview…";
      fetch(url, {
        method: "POST",
        credentials: "same-origin",
        headers: {
          "Content-Type": "application/json",
          "Accept": "application/json",
          "X-CSRFToken": csrfToken(root),
        },
        body: JSON.stringify({ text: text }),
      }).then(function (response) {
        if (!response.ok || response.redirected) { throw new Error("HTTP " + response.status); }
        return response.json();
      }).then(function (reply) {
        if (mine !== request) { return; }
        // The server renders the Markdown and sanitises it with the app's allowlist.
        preview.innerHTML = reply && typeof reply.html === "string" ? reply.html : "";
        shownText = text;
      }).catch(function () {
        if (mine !== request) { return; }
        preview.textContent = "The preview is not available right now. Your text is safe: " +
          "go back to Write and carry on.";
      }).then(function () {
        if (mine === request) { preview.removeAttribute("aria-busy"); }
      });
    }

    function select(tab, focus) {
      var previewing = tab === previewTab;
      tabs.forEach(function (each) {
        var chosen = each === tab;
        each.setAttribute("aria-selected", chosen ? "true" : "false");
        each.tabIndex = chosen ? 0 : -1;
      });
      write.hidden = previewing;
      preview.hidden = !previewing;
      root.setAttribute("data-md-mode", previewing ? "preview" : "write");
      if (focus) { tab.focus(); }
      if (previewing) { render(); }
    }

    tabs.forEach(function (tab) {
      tab.addEventListener("click", function () { select(tab, false); });
      tab.addEventListener("keydown", function (event) {
        var index = tabs.indexOf(tab);
        var next = null;
        if (event.key === "ArrowRight") { next = tabs[(index + 1) % tabs.length]; }
        if (event.key === "ArrowLeft") { next = tabs[(index - 1 + tabs.length) % tabs.length]; }
        if (event.key === "Home") { next = tabs[0]; }
        if (event.key === "End") { next = tabs[tabs.length - 1]; }
        if (next) { event.preventDefault(); select(next, true); }
      });
    });
    // A required but hidden textarea would block the form without a visible reason.
    textarea.addEventListener("invalid", function () { select(writeTab, false); });

    list.hidden = false;
    select(writeTab, false);
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-md-editor]"), setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
