// /moderator: the panel moderator's tablet. The question on air large, the next ones, the
// time left in the panel; with control rights (localhost, or the control token) three
// buttons: answered, skip, take the next. A link that may only view (the view token) says
// so and shows no buttons. Registered with common.js (loaded after this file), which keeps the
// connection and the clock.
"use strict";

(function () {
  const JA = {
    Moderator: "モデレーター",
    Answered: "回答済み",
    Skip: "スキップ",
    "Take the next ▶": "次の質問へ ▶",
    "Next questions": "次の質問",
    "ON AIR": "オンエア中",
    "No question on air": "オンエア中の質問はありません",
    "Take the next question when the panel is ready.": "準備ができたら次の質問へ進んでください。",
    "Time left": "残り時間",
    "Panel starts in": "パネル開始まで",
    "Planned length": "予定時間",
    "%1 waiting · %2 answered · %3 skipped": "待ち %1 · 回答済み %2 · スキップ %3",
    "No more questions waiting.": "待っている質問はありません。",
    "No question queue in this show.": "このショーには質問キューがありません。",
    survey: "アンケート",
    chat: "チャット",
    prepared: "事前準備",
    "asked by %1": "%1 さんから",
    "on air %1": "オンエア %1",
    "View only: this link cannot change the queue. Ask the operator for the control link.":
      "閲覧専用: このリンクではキューを変更できません。操作用のリンクはオペレーターに聞いてください。",
    "Not done: %1": "実行できませんでした: %1",
  };

  let list = null; // GET /api/questions: the queue in order
  let listRevision = null;
  let fetching = false;
  let readOnly = false;
  let busy = false;

  function withToken(url, api) {
    const token = api.params.get("token");
    if (!token) return url;
    return url + (url.includes("?") ? "&" : "?") + "token=" + encodeURIComponent(token);
  }

  function part(state) {
    return state.questions || null;
  }

  function refreshList(state, api) {
    const q = part(state);
    if (!q || fetching || q.revision === listRevision) return;
    fetching = true;
    const wanted = q.revision;
    const segment = q.segment ? "?segment=" + encodeURIComponent(q.segment) : "";
    fetch(withToken("/api/questions" + segment, api), { credentials: "same-origin" })
      .then((response) => {
        if (response.status === 401 || response.status === 403) setReadOnly(api);
        return response.ok ? response.json() : null;
      })
      .then((body) => {
        if (body) {
          list = body;
          listRevision = wanted;
        }
      })
      .catch(() => {})
      .finally(() => {
        fetching = false;
        api.rerender();
      });
  }

  function setReadOnly(api) {
    readOnly = true;
    document.body.dataset.readonly = "yes";
    api.setText("md-readonly", api.tr("View only: this link cannot change the queue. Ask the operator for the control link."));
    api.show("md-readonly", true);
    api.show("md-actions", false);
  }

  function post(url, body, api) {
    if (readOnly || busy) return;
    busy = true;
    api.show("md-message", false);
    fetch(withToken(url, api), {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-Runofshow-Surface": "control" },
      body: JSON.stringify(body || {}),
    })
      .then((response) => {
        if (response.status === 401 || response.status === 403) {
          setReadOnly(api);
          return null;
        }
        return response.json().then((reply) => {
          if (!response.ok && reply && reply.error) {
            api.setText("md-message", api.tr("Not done: %1", reply.error.message));
            api.show("md-message", true);
          }
        });
      })
      .catch(() => {})
      .finally(() => {
        busy = false;
      });
  }

  function sourceText(question, api) {
    const parts = [api.tr(question.source)];
    if (question.asker) parts.push(api.tr("asked by %1", question.asker));
    return parts.join(" · ");
  }

  function questionsOf(state) {
    const q = part(state);
    if (!list || !q || list.segment !== q.segment) return [];
    return list.questions;
  }

  function render(state, t, api) {
    const q = part(state);
    refreshList(state, api);
    const segment = q && q.segment ? state.schedule.find((row) => row.id === q.segment) : null;
    api.setText("md-segment", segment ? segment.title : api.tr("No question queue in this show."));
    // Time left in the panel: its countdown while it runs, else when it starts.
    const current = segment && state.segment.id === segment.id && state.state !== "standby";
    if (current) {
      api.setText("md-time-label", api.tr("Time left"));
      api.setText("md-countdown", api.countdown(t.remaining));
      document.body.dataset.phase = t.phase;
    } else if (segment && segment.projected_start && !segment.done) {
      const startsIn = Date.parse(segment.projected_start) - t.now;
      api.setText("md-time-label", startsIn > 0 ? api.tr("Panel starts in") : api.tr("Planned length"));
      api.setText("md-countdown", api.countdown(startsIn > 0 ? startsIn : segment.planned_ms));
      document.body.dataset.phase = "normal";
    } else {
      api.setText("md-time-label", segment ? api.tr("Planned length") : "");
      api.setText("md-countdown", segment ? api.countdown(segment.planned_ms) : "");
    }
    const questions = questionsOf(state);
    const onAir = questions.find((item) => item.status === "on_air") || null;
    const waiting = questions.filter((item) => item.status === "queued");
    document.body.dataset.onair = onAir ? "yes" : "no";
    if (onAir) {
      api.setText("md-label", api.tr("ON AIR") + " · " + sourceText(onAir, api));
      api.setText("md-text", onAir.text);
      const since = onAir.on_air_since === null ? 0 : Math.max(0, t.now - onAir.on_air_since);
      api.setText("md-aired", api.tr("on air %1", api.clock(Math.floor((onAir.aired_ms + since) / 1000))));
    } else {
      api.setText("md-label", api.tr("No question on air"));
      api.setText("md-text", api.tr("Take the next question when the panel is ready."));
      api.setText("md-aired", "");
    }
    const counts = q ? q.counts : { queued: 0, answered: 0, skipped: 0 };
    api.setText("md-counts", api.tr("%1 waiting · %2 answered · %3 skipped", counts.queued, counts.answered, counts.skipped));
    const ol = api.$("md-list");
    const shown = waiting.length ? waiting : [null];
    while (ol.children.length > shown.length) ol.lastChild.remove();
    shown.forEach((item, i) => {
      let li = ol.children[i];
      if (!li) {
        li = document.createElement("li");
        const text = document.createElement("div");
        text.className = "md-item-text";
        const meta = document.createElement("div");
        meta.className = "md-item-meta";
        li.append(text, meta);
        ol.appendChild(li);
      }
      li.className = item ? "" : "md-empty";
      li.dataset.id = item ? item.id : "";
      li.children[0].textContent = item ? item.text : api.tr("No more questions waiting.");
      li.children[1].textContent = item ? sourceText(item, api) : "";
    });
    const usable = !readOnly && !!q && !!q.segment;
    api.$("md-answered").disabled = !usable || !onAir;
    api.$("md-skip").disabled = !usable || (!onAir && !waiting.length);
    api.$("md-next").disabled = !usable || !waiting.length;
    api.show("md-actions", !readOnly);
  }

  // The role this link has, asked up front where the server says (GET /api/access: "view"
  // or "control"); a server without it is asked nothing, and a refused tap (401/403) still
  // turns the page read-only.
  function askRole(api) {
    fetch(withToken("/api/access", api), { credentials: "same-origin" })
      .then((response) => (response.ok ? response.json() : null))
      .then((access) => {
        if (access && access.role && access.role !== "control") {
          setReadOnly(api);
          api.rerender();
        }
      })
      .catch(() => {});
  }

  function setup(api) {
    askRole(api);
    api.$("md-answered").addEventListener("click", () => {
      const onAir = questionsOf(api.state()).find((item) => item.status === "on_air");
      if (onAir) post("/api/questions/" + encodeURIComponent(onAir.id) + "/answered", {}, api);
    });
    api.$("md-skip").addEventListener("click", () => {
      const questions = questionsOf(api.state());
      const target = questions.find((item) => item.status === "on_air") || questions.find((item) => item.status === "queued");
      if (target) post("/api/questions/" + encodeURIComponent(target.id) + "/skipped", {}, api);
    });
    api.$("md-next").addEventListener("click", () => {
      const q = part(api.state());
      post("/api/questions/next", q && q.segment ? { segment: q.segment } : {}, api);
    });
  }

  window.runofshowPages = window.runofshowPages || {};
  window.runofshowPages.moderator = { ja: JA, render: render, setup: setup };
})();
