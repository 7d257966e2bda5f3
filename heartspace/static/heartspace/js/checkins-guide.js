// The guided Connection Check: one step at a time, a session clock counted from the
// server-stored start time, drafts kept in localStorage and saved to the server as steps
// complete, and a screen wake lock while it runs. Time comes from Date.now() so a reload,
// a locked phone or a test clock all resume at the right moment.
(function () {
  "use strict";

  var root, key, state, steps, wakeLock = null, clockTimer = null, pauseTimer = null;

  function csrf() {
    return JSON.parse(document.body.getAttribute("hx-headers") || "{}")["X-CSRFToken"];
  }

  function load() {
    try { return JSON.parse(window.localStorage.getItem(key) || "null"); } catch (e) { return null; }
  }

  function persist() {
    state.t = Date.now();
    try { window.localStorage.setItem(key, JSON.stringify(state)); } catch (e) { /* private mode: server copy remains */ }
  }

  function showHelp() {
    var help = root.querySelector("[data-guide-help]");
    if (help && help.hidden) {
      help.hidden = false;
      document.body.classList.remove("dimmed", "presence-dim");
    }
  }

  function post(url, data) {
    var body = new URLSearchParams(data);
    return fetch(url, { method: "POST", body: body, headers: { "X-CSRFToken": csrf() }, credentials: "same-origin" })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (json) {
          var box = root.querySelector("[data-save-error]");
          if (!response.ok && json.error) { box.textContent = json.error; box.hidden = false; }
          else if (response.ok) { box.hidden = true; }
          // What was written sounds like abuse, threats or self-harm: show the help card at once
          // (the note is saved all the same) and keep it shown for the rest of the session.
          if (json.help) showHelp();
          return { ok: response.ok, status: response.status, json: json };
        });
      })
      .catch(function () {
        var box = root.querySelector("[data-save-error]");
        box.textContent = root.dataset.offlineMessage || "Offline: your notes are kept on this phone and saved when you are back.";
        box.hidden = false;
        return { ok: false, status: 0, json: {} };
      });
  }

  // Saves go one at a time, in order: a later note never lands before an earlier one.
  // A save that cannot reach the server (no signal, server restarting) waits in an outbox
  // kept with the drafts, and is sent again before the next save or when the phone is back online.
  var queue = Promise.resolve(), pending = 0;
  function send(data) {
    return post(root.dataset.saveUrl, data).then(function (result) {
      if (!result.ok && result.status === 0) { state.outbox.push(data); persist(); }
      return result;
    });
  }

  function flush() {
    var waiting = state.outbox.splice(0);
    persist();
    return waiting.reduce(function (chain, data) {
      return chain.then(function () { return send(data); });
    }, Promise.resolve());
  }

  function save(data) {
    pending += 1;
    root.dataset.saving = String(pending);
    queue = queue.then(flush).then(function () { return data ? send(data) : null; }).then(function (result) {
      pending -= 1;
      root.dataset.saving = String(pending);
      return result;
    });
    return queue;
  }

  // --- wake lock ---------------------------------------------------------------------------
  function holdScreen() {
    if (!("wakeLock" in navigator) || wakeLock || !state.startedMs || root.dataset.done) return;
    navigator.wakeLock.request("screen").then(function (lock) {
      wakeLock = lock;
      lock.addEventListener("release", function () { wakeLock = null; });
    }).catch(function () { /* not allowed (battery saver, no focus): the session still works */ });
  }

  function releaseScreen() {
    if (wakeLock) { wakeLock.release().catch(function () {}); wakeLock = null; }
  }

  // --- session clock -------------------------------------------------------------------------
  function format(seconds) {
    var s = Math.max(0, Math.ceil(seconds));
    var m = Math.floor(s / 60), r = s % 60;
    return m + ":" + (r < 10 ? "0" : "") + r;
  }

  function tick() {
    if (!state.startedMs) return;
    var total = parseInt(root.dataset.sessionSeconds, 10);
    var presence = parseInt(root.dataset.presenceSeconds, 10);
    // Clamped: a phone clock a little behind the server must not show more than the full session.
    var elapsed = Math.max(0, (Date.now() - state.startedMs) / 1000);
    var clock = root.querySelector("[data-session-clock]");
    clock.hidden = false;
    clock.querySelector("[data-clock-display]").textContent = format(total - elapsed);
    clock.querySelector("[data-clock-bar]").style.width = Math.min(100, Math.max(0, elapsed / total * 100)) + "%";
    var inPresence = elapsed < presence && !state.presenceEnded;
    var phase = clock.querySelector("[data-clock-phase]");
    phase.textContent = elapsed >= total ? (root.dataset.labelOver || "time is up")
      : inPresence ? (root.dataset.labelPresence || "phone-free") : "";
    clock.dataset.phase = elapsed >= total ? "over" : inPresence ? "presence" : "talk";
    var presenceStep = root.querySelector('[data-step="1"]');
    var bar = presenceStep.querySelector("[data-presence-progress]");
    if (bar && presence) bar.value = Math.min(1, elapsed / presence);
    presenceStep.querySelector("[data-presence-done]").hidden = inPresence;
    // During the phone-free time: only the quiet progress line and a small "end early".
    presenceStep.querySelector("[data-presence-next]").hidden = inPresence;
    presenceStep.querySelector("[data-presence-end]").hidden = !inPresence;
    presenceStep.classList.toggle("presence-running", inPresence);
    var dim = inPresence && state.step === 1;
    document.body.classList.toggle("presence-dim", dim);
    document.body.classList.toggle("dimmed", dim);
  }

  function startClock() {
    if (!clockTimer) clockTimer = window.setInterval(tick, 500);
    tick();
  }

  // --- steps ---------------------------------------------------------------------------------
  function showPhase(card, phase) {
    card.querySelectorAll("[data-phase]").forEach(function (el) { el.hidden = el.dataset.phase !== phase; });
    card.dataset.currentPhase = phase;
  }

  function currentPhase(card) {
    var id = card.dataset.question;
    var phase = state.phases[id];
    if (phase === "pause") phase = "listen"; // a reload during the pause skips to listening
    if (!phase) phase = card.dataset.outcome === "passed" ? "passed" : card.dataset.outcome === "asked" ? "listen" : "permission";
    return phase;
  }

  function show(step, moveFocus) {
    var max = steps.length - 1;
    step = Math.max(0, Math.min(max, step));
    if (!state.startedMs) step = 0;
    state.step = step;
    steps.forEach(function (el) { el.hidden = parseInt(el.dataset.step, 10) !== step; });
    var card = steps[step];
    if (card.dataset.question) showPhase(card, currentPhase(card));
    root.querySelector("[data-guide-back]").hidden = step <= 1;
    persist();
    tick();
    if (step === 1 || !state.startedMs) document.body.classList.toggle("dimmed", false);
    var heading = card.querySelector("h1, h2, .question-text");
    if (moveFocus && heading) {
      heading.setAttribute("tabindex", "-1");
      heading.focus({ preventScroll: false });
    }
  }

  function go(step) {
    show(step, true);
    save({ step: String(state.step) });
  }

  function setPhase(card, phase) {
    state.phases[card.dataset.question] = phase;
    showPhase(card, phase);
    persist();
  }

  function runPause(card) {
    var seconds = parseInt(root.dataset.pauseSeconds, 10);
    if (isNaN(seconds)) seconds = 3;
    var until = Date.now() + seconds * 1000;
    var out = card.querySelector("[data-pause-count]");
    setPhase(card, "pause");
    if (pauseTimer) window.clearInterval(pauseTimer);
    pauseTimer = window.setInterval(function () {
      var left = (until - Date.now()) / 1000;
      out.textContent = String(Math.max(0, Math.ceil(left)));
      if (left <= 0) {
        window.clearInterval(pauseTimer);
        pauseTimer = null;
        setPhase(card, "listen");
        var note = card.querySelector("[data-q-note]");
        if (note) note.focus();
      }
    }, 100);
  }

  var noteTimers = {};
  function saveNoteSoon(card, textarea) {
    var id = card.dataset.question;
    state.notes[id] = textarea.value;
    persist();
    window.clearTimeout(noteTimers[id]);
    noteTimers[id] = window.setTimeout(function () { save({ question: id, note: textarea.value }); }, 600);
  }

  var storyTimer = null;
  function saveStorySoon(textarea) {
    state.story = textarea.value;
    persist();
    window.clearTimeout(storyTimer);
    storyTimer = window.setTimeout(function () { save({ story: textarea.value }); }, 600);
  }

  function onClick(event) {
    var button = event.target.closest("button");
    if (!button || !root.contains(button)) return;
    var card = button.closest("[data-step]");
    if (button.hasAttribute("data-guide-start")) {
      var choice = root.querySelector('input[name="privacy"]:checked');
      button.disabled = true;
      post(root.dataset.startUrl, { privacy: choice ? choice.value : "" }).then(function (result) {
        button.disabled = false;
        if (!result.ok) return;
        state.startedMs = result.json.started_ms;
        state.privacy = result.json.privacy;
        root.dataset.startedMs = String(state.startedMs);
        persist();
        startClock();
        holdScreen();
        go(1);
      });
    } else if (button.hasAttribute("data-guide-next")) {
      if (card && card.dataset.question) {
        var note = card.querySelector("[data-q-note]");
        if (note) save({ question: card.dataset.question, note: note.value });
      }
      if (card && card.hasAttribute("data-story-step")) {
        var story = card.querySelector("textarea");
        if (story) save({ story: story.value });
      }
      go(state.step + 1);
    } else if (button.hasAttribute("data-presence-end")) {
      state.presenceEnded = true;
      persist();
      go(state.step + 1);
    } else if (button.hasAttribute("data-guide-back")) {
      go(state.step - 1);
    } else if (button.hasAttribute("data-q-yes")) {
      setPhase(card, "ask");
      save({ question: card.dataset.question, outcome: "asked" });
    } else if (button.hasAttribute("data-q-pass")) {
      card.dataset.outcome = "passed";
      setPhase(card, "passed");
      save({ question: card.dataset.question, outcome: "passed" });
    } else if (button.hasAttribute("data-q-answered")) {
      runPause(card);
    }
  }

  // The story's feeling comes from the feelings picker: it replaces "[emotion]" (or the feeling
  // already named after "I felt") in the story, which is then saved like any typed change.
  function setStoryEmotion(input) {
    var story = root.querySelector("[data-story-field] textarea");
    if (!story) return;
    var feeling = input.value.split(/[,;\n]+/).map(function (w) { return w.trim(); }).filter(Boolean).join(" and ");
    var text = story.value;
    var match = /^(\s*I felt )([\s\S]*?)( when )/i.exec(text);
    if (text.indexOf("[emotion]") >= 0) text = text.replace("[emotion]", feeling || "[emotion]");
    else if (match) text = match[1] + (feeling || "[emotion]") + text.slice(match[1].length + match[2].length);
    else if (!text.trim()) text = "I felt " + (feeling || "[emotion]") + " when [specific event]; that taught me [clear takeaway].";
    else return;
    if (text === story.value) return;
    story.value = text;
    story.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function onInput(event) {
    var target = event.target;
    if (!root.contains(target)) return;
    if (target.closest("[data-story-emotion]")) { if (target.hasAttribute("data-feelings-input")) setStoryEmotion(target); return; }
    if (target.hasAttribute("data-q-note")) saveNoteSoon(target.closest("[data-question]"), target);
    else if (target.closest("[data-story-field]")) saveStorySoon(target);
    else if (target.closest("[data-guide-end]") && target.tagName === "TEXTAREA") { state.appreciation = target.value; persist(); }
  }

  function restoreDrafts() {
    Object.keys(state.notes).forEach(function (id) {
      var field = root.querySelector('[data-question="' + id + '"] [data-q-note]');
      if (field && state.notes[id] && state.notes[id] !== field.value) field.value = state.notes[id];
    });
    var story = root.querySelector("[data-story-field] textarea");
    if (story && state.story && state.story !== story.value) story.value = state.story;
    var appreciation = root.querySelector("[data-guide-end] textarea");
    if (appreciation && state.appreciation && !appreciation.value) appreciation.value = state.appreciation;
  }

  function init() {
    root = document.querySelector("[data-guide]");
    if (!root) return;
    key = "hs-guide:" + root.dataset.checkId;
    steps = Array.prototype.slice.call(root.querySelectorAll("[data-step]"));
    var serverStarted = parseInt(root.dataset.startedMs || "0", 10) || null;
    var serverStep = parseInt(root.dataset.serverStep || "0", 10) || 0;
    state = load() || {};
    // The server's start time is the truth (another device may have started it); local
    // state that belongs to an older run of this check is dropped.
    if (!serverStarted) state = {};
    state.notes = state.notes || {};
    state.outbox = state.outbox || [];
    state.phases = state.phases || {};
    state.startedMs = serverStarted;
    var step = Math.max(serverStep, state.step || 0);
    restoreDrafts();
    root.addEventListener("click", onClick);
    root.addEventListener("input", onInput);
    var end = root.querySelector("[data-guide-end]");
    if (end) end.addEventListener("submit", function () {
      releaseScreen();
      try { window.localStorage.removeItem(key); } catch (e) { /* nothing to clear */ }
    });
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "visible") { holdScreen(); tick(); }
    });
    window.addEventListener("pagehide", releaseScreen);
    window.addEventListener("online", function () { if (state.outbox.length) save(null); });
    show(step);
    if (state.startedMs) { startClock(); holdScreen(); }
    if (state.outbox.length) save(null);
  }

  document.addEventListener("DOMContentLoaded", init);
})();
