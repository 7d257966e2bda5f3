// Countdown timers shared by every timed practice (sessions, stories, time-outs, exercises).
//
// Markup: <div class="timer" data-timer="STORAGE-KEY" data-seconds="300"> with children
// [data-timer-display], [data-timer-start], [data-timer-pause], [data-timer-reset].
// The state lives in localStorage under the key, and time is measured from Date.now(),
// so a reload or a locked phone resumes where it was and a test clock can drive it.
(function () {
  "use strict";

  var PREFIX = "hs-timer:";

  function load(key) {
    try {
      return JSON.parse(window.localStorage.getItem(PREFIX + key) || "null");
    } catch (e) {
      return null;
    }
  }

  function save(key, state) {
    try {
      if (state) window.localStorage.setItem(PREFIX + key, JSON.stringify(state));
      else window.localStorage.removeItem(PREFIX + key);
    } catch (e) {
      // Private mode or a full quota: the timer still runs, it just will not survive a reload.
    }
  }

  function format(seconds) {
    var s = Math.max(0, Math.ceil(seconds));
    var m = Math.floor(s / 60);
    var r = s % 60;
    return m + ":" + (r < 10 ? "0" : "") + r;
  }

  function Timer(el) {
    this.el = el;
    this.key = el.dataset.timer;
    this.total = parseInt(el.dataset.seconds, 10) || 0;
    this.display = el.querySelector("[data-timer-display]");
    // data-timer-remaining: where a fresh timer starts when part of its time has already gone
    // (a time-out counted from when it began). Without it, a fresh timer starts full.
    var first = parseInt(el.dataset.timerRemaining, 10);
    first = isNaN(first) ? this.total : Math.max(0, Math.min(this.total, first));
    var stored = load(this.key);
    var fresh = !stored || stored.total !== this.total;
    // The length changed (the user edited it): start over rather than show a stale clock.
    this.state = fresh ? { remaining: first, startedAt: null, total: this.total } : stored;
    this.tick = this.tick.bind(this);
    this.interval = null;
    var self = this;
    el.addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (!button || !el.contains(button)) return;
      if (button.hasAttribute("data-timer-start")) self.start();
      else if (button.hasAttribute("data-timer-pause")) self.pause();
      else if (button.hasAttribute("data-timer-reset")) self.reset();
    });
    el.hsTimer = this;
    if (this.state.startedAt) this.run();
    // Autostart only a fresh timer: one the person paused stays paused after a reload.
    else if (fresh && el.hasAttribute("data-timer-autostart") && this.state.remaining > 0) this.start();
    this.render();
  }

  Timer.prototype.remaining = function () {
    if (!this.state.startedAt) return this.state.remaining;
    return this.state.remaining - (Date.now() - this.state.startedAt) / 1000;
  };

  Timer.prototype.start = function () {
    if (this.state.startedAt || this.remaining() <= 0) return;
    this.state.startedAt = Date.now();
    save(this.key, this.state);
    this.run();
  };

  Timer.prototype.run = function () {
    if (!this.interval) this.interval = window.setInterval(this.tick, 250);
    this.tick();
  };

  Timer.prototype.pause = function () {
    if (!this.state.startedAt) return;
    this.state.remaining = Math.max(0, this.remaining());
    this.state.startedAt = null;
    save(this.key, this.state);
    this.stop();
    this.render();
  };

  Timer.prototype.reset = function () {
    this.stop();
    this.state = { remaining: this.total, startedAt: null, total: this.total };
    save(this.key, null);
    this.el.classList.remove("done");
    this.render();
  };

  Timer.prototype.stop = function () {
    if (this.interval) window.clearInterval(this.interval);
    this.interval = null;
  };

  Timer.prototype.tick = function () {
    if (this.remaining() <= 0 && this.state.startedAt) {
      this.state.remaining = 0;
      this.state.startedAt = null;
      save(this.key, this.state);
      this.stop();
      this.render();
      this.el.dispatchEvent(new CustomEvent("timer:done", { bubbles: true, detail: { key: this.key } }));
      return;
    }
    this.render();
  };

  Timer.prototype.render = function () {
    var left = this.remaining();
    var state = this.state.startedAt ? "running" : left <= 0 ? "done" : left < this.total ? "paused" : "ready";
    this.el.dataset.timerState = state;
    this.el.classList.toggle("done", state === "done");
    if (this.display) this.display.textContent = format(left);
    var bar = this.el.querySelector("[data-timer-progress]");
    if (bar && this.total) bar.value = Math.min(1, Math.max(0, 1 - left / this.total));
  };

  function init(root) {
    (root || document).querySelectorAll("[data-timer]").forEach(function (el) {
      if (!el.hsTimer) new Timer(el);
    });
  }

  document.addEventListener("DOMContentLoaded", function () { init(document); });
  // Timers that arrive in an htmx swap start working too.
  document.addEventListener("htmx:load", function (event) { init(event.target); });
  window.hsTimers = { init: init, format: format };
})();
