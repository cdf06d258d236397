// Record a spoken answer with MediaRecorder and attach it to the answer form, so the normal
// multipart POST carries it. The audio goes nowhere else: no upload here, no speech service.
//
// <form method="post" enctype="multipart/form-data">
//   <div data-recorder hidden>                     shown by this script
//     <button type="button" data-recorder-toggle>Record</button>
//     <button type="button" data-recorder-discard hidden>Remove recording</button> (optional)
//     <p data-recorder-status role="status"></p>
//     <audio controls data-recorder-preview hidden></audio>
//   </div>
//   <input type="file" name="audio" accept="audio/*" data-recorder-file>
//   <input type="hidden" name="audio_duration" data-recorder-duration>
// </form>
//
// Optional on [data-recorder]: data-max-seconds (default 900: recording stops itself) and
// data-max-bytes (a take larger than this is not attached). The file and duration inputs
// are looked for inside [data-recorder], then in its form. While recording, the root has
// data-recording="true" and the toggle reads "Stop"; afterwards "Record again". A file
// chosen by hand in the file input is previewed too; its duration is sent when readable.
(function () {
  "use strict";

  var TYPES = ["audio/webm;codecs=opus", "audio/ogg;codecs=opus", "audio/mp4"];
  var EXTENSIONS = { "audio/webm": "webm", "audio/ogg": "ogg", "audio/mp4": "m4a" };
  var MESSAGES = {
    blocked: "Microphone blocked: allow it in your browser's site settings, " +
      "or type your answer instead.",
    missing: "No microphone found: connect one and press Record again, " +
      "or type your answer instead.",
    busy: "The microphone is in use by another program: close it and press Record again, " +
      "or type your answer instead.",
    unsupported: "This browser cannot record audio on this page " +
      "(it needs a recent browser and a secure connection): type your answer instead.",
    failed: "Recording failed: press Record to try again, or type your answer instead.",
    noAttach: "This browser cannot attach the recording to the form: " +
      "type your answer instead.",
  };

  function clock(totalSeconds) {
    var whole = Math.round(totalSeconds);
    var rest = whole % 60;
    return Math.floor(whole / 60) + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function chooseType() {
    if (typeof MediaRecorder.isTypeSupported !== "function") { return ""; }
    for (var i = 0; i < TYPES.length; i += 1) {
      if (MediaRecorder.isTypeSupported(TYPES[i])) { return TYPES[i]; }
    }
    return "";
  }

  function errorMessage(error) {
    var name = error && error.name;
    if (name === "NotAllowedError" || name === "SecurityError" ||
        name === "PermissionDeniedError") { return MESSAGES.blocked; }
    if (name === "NotFoundError" || name === "OverconstrainedError" ||
        name === "DevicesNotFoundError") { return MESSAGES.missing; }
    if (name === "NotReadableError" || name === "AbortError") { return MESSAGES.busy; }
    return MESSAGES.failed;
  }

  function canAttach() {
    try { return typeof DataTransfer === "function" && !!new DataTransfer().items; }
    catch (error) { return false; }
  }

  function setUp(root) {
    var form = root.closest("form");
    var find = function (selector) {
      return root.querySelector(selector) || (form && form.querySelector(selector));
    };
    var toggle = root.querySelector("[data-recorder-toggle]");
    var status = root.querySelector("[data-recorder-status]");
    var preview = root.querySelector("[data-recorder-preview]");
    var discard = root.querySelector("[data-recorder-discard]");
    var fileInput = find("input[type=file][data-recorder-file]");
    var durationInput = find("[data-recorder-duration]");
    var maxSeconds = parseFloat(root.getAttribute("data-max-seconds")) || 900;
    var maxBytes = parseFloat(root.getAttribute("data-max-bytes")) || Infinity;
    var toggleText = toggle ? toggle.textContent : "Record";
    var recorder = null;
    var stream = null;
    var chunks = [];
    var startedAt = 0;
    var limitTimer = null;
    var previewUrl = null;
    var pendingSubmit = null;
    var starting = false;

    if (!toggle) { return; }

    function say(message) { if (status) { status.textContent = message; } }

    // The label says what the button does next; data-recording on the root is for styling.
    function setToggle(recording, label) {
      toggle.textContent = label;
      root.setAttribute("data-recording", recording ? "true" : "false");
    }

    function showPreview(blob) {
      if (!preview) { return; }
      if (previewUrl) { URL.revokeObjectURL(previewUrl); }
      previewUrl = blob ? URL.createObjectURL(blob) : null;
      if (previewUrl) { preview.src = previewUrl; } else { preview.removeAttribute("src"); }
      preview.hidden = !previewUrl;
    }

    function setFiles(file) {
      if (!fileInput) { return; }
      var transfer = new DataTransfer();
      if (file) { transfer.items.add(file); }
      fileInput.files = transfer.files;
    }

    function releaseMicrophone() {
      if (stream) {
        stream.getTracks().forEach(function (track) { track.stop(); });
        stream = null;
      }
    }

    function finish() {
      var seconds = Math.round((performance.now() - startedAt) / 100) / 10;
      var type = (recorder && recorder.mimeType) || (chunks[0] && chunks[0].type) || "audio/webm";
      var blob = new Blob(chunks, { type: type });
      var extension = EXTENSIONS[type.split(";")[0]] || "webm";
      window.clearTimeout(limitTimer);
      releaseMicrophone();
      recorder = null;
      chunks = [];
      setToggle(false, "Record again");
      if (!blob.size) { say(MESSAGES.failed); return; }
      if (blob.size > maxBytes) {
        setFiles(null);
        showPreview(null);
        if (durationInput) { durationInput.value = ""; }
        say("This recording is too large to save: record a shorter answer.");
        return;
      }
      setFiles(new File([blob], "recording." + extension, { type: type }));
      if (durationInput) { durationInput.value = String(seconds); }
      showPreview(blob);
      if (discard) { discard.hidden = false; }
      say("Recorded " + clock(seconds) + ". Listen to it before saving; it is saved with your " +
        "answer. Record again to replace it.");
      if (pendingSubmit) {
        var submitter = pendingSubmit.submitter;
        pendingSubmit = null;
        if (!form.requestSubmit) { form.submit(); return; }
        if (submitter) { form.requestSubmit(submitter); } else { form.requestSubmit(); }
      }
    }

    function start() {
      starting = true;
      // aria-disabled, not disabled: a disabled button loses the keyboard focus
      toggle.setAttribute("aria-disabled", "true");
      say("Asking for the microphone…");
      navigator.mediaDevices.getUserMedia({ audio: true }).then(function (media) {
        var type = chooseType();
        stream = media;
        chunks = [];
        recorder = new MediaRecorder(media, type ? { mimeType: type, audioBitsPerSecond: 48000 }
          : { audioBitsPerSecond: 48000 });
        recorder.addEventListener("dataavailable", function (event) {
          if (event.data && event.data.size) { chunks.push(event.data); }
        });
        recorder.addEventListener("stop", finish);
        recorder.addEventListener("error", function () {
          releaseMicrophone();
          recorder = null;
          setToggle(false, toggleText);
          say(MESSAGES.failed);
        });
        recorder.start(1000);
        startedAt = performance.now();
        limitTimer = window.setTimeout(stop, maxSeconds * 1000);
        setToggle(true, "Stop");
        say("Recording. Press Stop when you have finished.");
      }).catch(function (error) {
        releaseMicrophone();
        recorder = null;
        setToggle(false, toggleText);
        say(errorMessage(error));
      }).then(function () {
        starting = false;
        toggle.removeAttribute("aria-disabled");
      });
    }

    function stop() {
      if (recorder && recorder.state !== "inactive") {
        say("Finishing the recording…");
        recorder.stop();
      }
    }

    root.hidden = false;
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia ||
        typeof MediaRecorder === "undefined") {
      toggle.disabled = true;
      say(MESSAGES.unsupported);
      return;
    }
    if (!fileInput || !canAttach()) {
      toggle.disabled = true;
      say(MESSAGES.noAttach);
      return;
    }

    root.setAttribute("data-recording", "false");
    toggle.addEventListener("click", function () {
      if (starting) { return; }
      if (recorder) { stop(); } else { start(); }
    });

    if (discard) {
      discard.addEventListener("click", function () {
        setFiles(null);
        showPreview(null);
        if (durationInput) { durationInput.value = ""; }
        discard.hidden = true;
        setToggle(false, toggleText);
        say("Recording removed.");
      });
    }

    if (fileInput) {
      // A file chosen by hand replaces any take; its length is read when the browser can.
      fileInput.addEventListener("change", function () {
        var file = fileInput.files && fileInput.files[0];
        if (durationInput) { durationInput.value = ""; }
        showPreview(file || null);
        if (file && preview) {
          preview.addEventListener("loadedmetadata", function () {
            if (durationInput && isFinite(preview.duration)) {
              durationInput.value = String(Math.round(preview.duration * 10) / 10);
            }
          }, { once: true });
        }
      });
    }

    if (form) {
      // Submitting while recording stops the take first, then submits with it attached.
      form.addEventListener("submit", function (event) {
        if (!recorder) { return; }
        event.preventDefault();
        pendingSubmit = { submitter: event.submitter || null };
        stop();
      });
    }
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-recorder]"), setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
