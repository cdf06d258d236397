// Think-time then answer-time countdowns for [data-timer] (markup contract in the comment
// below). Without JavaScript the timer stays hidden: nothing else depends on it.
//
// <div data-timer data-think-seconds="30" data-answer-seconds="120" hidden>
//   <span data-timer-phase>Ready</span>            phase label, announced politely
//   <span data-timer-display role="timer">0:30</span>  the ticking clock, not announced
//   <button type="button" data-timer-start>Start</button>
//   <button type="button" data-timer-reset>Reset</button>
//   <input type="hidden" name="answer_seconds" data-timer-elapsed>   (optional)
// </div>
//
// Events on document: "coach:answer-start" {detail: {timer, answerSeconds}},
// "coach:time-up" {detail: {timer, elapsedSeconds}}, "coach:timer-reset" {detail: {timer}}.
// The root's data-elapsed-seconds is the answer time used so far (frozen at reset or time
// up); data-timer-state is "idle", "think", "answer" or "up", for styling.
(function () {
  "use strict";

  var PHASES = { think: "Think", answer: "Answer", up: "Time is up" };

  function seconds(value, fallback) {
    var number = parseFloat(value);
    return isFinite(number) && number >= 0 ? number : fallback;
  }

  function clock(totalSeconds) {
    var whole = Math.max(0, Math.ceil(totalSeconds));
    var minutes = Math.floor(whole / 60);
    var rest = whole % 60;
    return minutes + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function emit(name, detail) {
    document.dispatchEvent(new CustomEvent(name, { detail: detail }));
  }

  function setUp(root) {
    var think = seconds(root.getAttribute("data-think-seconds"), 30);
    var answer = seconds(root.getAttribute("data-answer-seconds"), 120);
    var start = root.querySelector("[data-timer-start]");
    var reset = root.querySelector("[data-timer-reset]");
    var display = root.querySelector("[data-timer-display]");
    var phaseLabel = root.querySelector("[data-timer-phase]");
    var elapsedInput = root.querySelector("[data-timer-elapsed]");
    var startText = start ? start.textContent : "";
    var idleLabel = phaseLabel ? phaseLabel.textContent : "";
    var state = "idle";
    var phaseEndsAt = 0;
    var answerStartedAt = 0;
    var ticker = null;

    if (!start || !display) { return; }
    // The clock changes every second; only the phase label is a live region.
    display.setAttribute("aria-live", "off");
    if (phaseLabel) {
      phaseLabel.setAttribute("aria-live", "polite");
      phaseLabel.setAttribute("aria-atomic", "true");
    }

    function setElapsed(value) {
      var rounded = String(Math.round(value * 10) / 10);
      root.setAttribute("data-elapsed-seconds", rounded);
      if (elapsedInput) { elapsedInput.value = rounded; }
    }

    function enter(next) {
      state = next;
      root.setAttribute("data-timer-state", next);
      if (phaseLabel) { phaseLabel.textContent = next === "idle" ? idleLabel : PHASES[next]; }
    }

    function stopTicking() {
      if (ticker !== null) { window.clearInterval(ticker); ticker = null; }
    }

    function beginAnswer(now) {
      enter("answer");
      answerStartedAt = now;
      phaseEndsAt = now + answer * 1000;
      setElapsed(0);
      start.textContent = startText;
      start.disabled = true;
      display.textContent = clock(answer);
      emit("coach:answer-start", { timer: root, answerSeconds: answer });
    }

    function timeUp() {
      stopTicking();
      setElapsed(answer);
      display.textContent = clock(0);
      enter("up");
      start.disabled = false;
      emit("coach:time-up", { timer: root, elapsedSeconds: answer });
    }

    function tick() {
      var now = Date.now();
      if (state === "think") {
        if (now >= phaseEndsAt) { beginAnswer(phaseEndsAt); tick(); return; }
        display.textContent = clock((phaseEndsAt - now) / 1000);
      } else if (state === "answer") {
        if (now >= phaseEndsAt) { timeUp(); return; }
        setElapsed((now - answerStartedAt) / 1000);
        display.textContent = clock((phaseEndsAt - now) / 1000);
      }
    }

    function begin() {
      var now = Date.now();
      stopTicking();
      if (think > 0) {
        enter("think");
        phaseEndsAt = now + think * 1000;
        display.textContent = clock(think);
        // During think time the start button skips straight to answering.
        start.textContent = "Start answering now";
      } else {
        beginAnswer(now);
      }
      ticker = window.setInterval(tick, 200);
    }

    start.addEventListener("click", function () {
      if (state === "think") { beginAnswer(Date.now()); return; }
      if (state !== "answer") { begin(); }
    });

    if (reset) {
      reset.addEventListener("click", function () {
        if (state === "answer") { setElapsed((Date.now() - answerStartedAt) / 1000); }
        stopTicking();
        enter("idle");
        start.textContent = startText;
        start.disabled = false;
        display.textContent = clock(think > 0 ? think : answer);
        emit("coach:timer-reset", { timer: root });
      });
    }

    root.setAttribute("data-timer-state", "idle");
    display.textContent = clock(think > 0 ? think : answer);
    root.hidden = false;
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-timer]"), setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
