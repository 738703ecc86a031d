// The desk's few scripts: Telegram's theme and sign-in inside the Mini App, the live board.
"use strict";
(function () {
  var hash = new URLSearchParams(location.hash.slice(1));

  function applyTheme(params) {
    var root = document.documentElement.style;
    Object.keys(params).forEach(function (name) {
      root.setProperty("--tg-theme-" + name.replace(/_/g, "-"), params[name]);
    });
  }

  function telegramEvent(type, data) {
    var body = JSON.stringify({ eventType: type, eventData: data || "" });
    if (window.TelegramWebviewProxy) {
      window.TelegramWebviewProxy.postEvent(type, JSON.stringify(data || ""));
    } else if (window.parent !== window) {
      window.parent.postMessage(body, "*");
    }
  }

  var theme = hash.get("tgWebAppThemeParams");
  if (theme) {
    try { sessionStorage.setItem("tgTheme", theme); } catch (e) { /* private mode */ }
  } else {
    try { theme = sessionStorage.getItem("tgTheme"); } catch (e) { theme = null; }
  }
  if (theme) {
    try { applyTheme(JSON.parse(theme)); } catch (e) { /* not JSON: keep ours */ }
  }

  function signIn() {
    var box = document.getElementById("signin-text");
    var initData = hash.get("tgWebAppData") ||
      (window.Telegram && window.Telegram.WebApp && window.Telegram.WebApp.initData) || "";
    if (!initData) {
      box.textContent = document.getElementById("signin").dataset.missing;
      return;
    }
    telegramEvent("web_app_ready");
    telegramEvent("web_app_expand");
    var form = new URLSearchParams();
    form.set("init_data", initData);
    fetch("/web/auth/telegram", { method: "POST", body: form, credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (answer) {
        if (answer.ok) { location.replace(answer.next); } else { box.textContent = answer.message; }
      })
      .catch(function () { box.textContent = document.getElementById("signin").dataset.missing; });
  }

  function liveBoard(board) {
    var note = document.getElementById("live-note");
    setInterval(function () {
      var url = board.dataset.live + "&stamp=" + encodeURIComponent(board.dataset.stamp);
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (r) {
          if (r.status === 401) { location.reload(); }  // signed out: the page says how back in
          return r.ok ? r.json() : null;
        })
        .then(function (answer) {
          if (!answer || !answer.html) { return; }
          board.innerHTML = answer.html;
          board.dataset.stamp = answer.stamp;
          if (note) { note.textContent = note.dataset.text + " " + new Date().toLocaleTimeString(); }
        })
        .catch(function () { /* offline for a moment: the next round tries again */ });
    }, 4000);
  }

  document.addEventListener("DOMContentLoaded", function () {
    if (document.body.dataset.page === "app") { signIn(); }
    var board = document.getElementById("board");
    if (board) { liveBoard(board); }
  });
})();
