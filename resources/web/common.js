// runofshow browser views: one WebSocket client shared by every page, plus the page renderers.
// The server pushes the state object (API v1) on every change and every displayed second.
// Between pushes, and while disconnected, the page keeps counting from the last state using
// performance.now() anchors (never accumulating ticks), and says "reconnecting".
"use strict";

(function () {
  const params = new URLSearchParams(location.search);
  const page = document.body.dataset.page;
  const $ = (id) => document.getElementById(id);
  // A page with a script of its own (moderator.js) registers {render, setup, ja} first.
  const extension = (window.runofshowPages || {})[page] || null;

  let state = null; // last state object from the server
  let anchor = 0; // performance.now() when it arrived
  let connected = false;
  let attempt = 0;
  let tickTimer = null;
  let flashUntil = 0; // performance.now() until which the message flashes
  let flashKey = null;
  let revoked = false; // the server closed us because this link's token was replaced
  const renderers = []; // page scripts' renderers (control.js): fn(state, t) on every render
  const CLOSE_REVOKED = 4401; // the server's close code for a replaced token

  // ---- language: ?lang=ja|en, else the language the app runs in (state.lang), else English ----
  // English is the source text; JA maps it to Japanese (the app's .ts files use the same words).
  const JA = {
    "TIME LEFT": "残り時間",
    "WRAP UP": "まとめに入ってください",
    "FINISH UP": "巻きでお願いします",
    "OVER TIME": "時間超過",
    "ON AIR IN": "配信開始まで",
    "STARTING SOON": "まもなく開始",
    "SHOW ENDED": "終了",
    "Thank you!": "ありがとうございました！",
    PAUSED: "一時停止中",
    REHEARSAL: "リハーサル",
    "Card %1/%2": "カード %1/%2",
    "Next card: %1": "次のカード: %1",
    "Next: %1": "次: %1",
    "%1 behind": "%1 押し",
    "%1 ahead": "%1 巻き",
    "On schedule": "定刻",
    "on time": "定刻",
    HOLD: "固定開始待ち",
    "PLANNED FOR": "予定日時",
    "planned for %1": "予定 %1",
    "hard start %1": "固定開始 %1",
    "Next hard start %1: %2": "次の固定開始 %1: %2",
    skipped: "スキップ",
    reconnecting: "再接続中",
    "reconnecting…": "再接続中…",
    STANDBY: "スタンバイ",
    RUNNING: "進行中",
    ENDED: "終了",
    Now: "現在",
    "Planned end": "予定終了",
    "Projected end": "終了見込み",
    Offset: "押し巻き",
    Segment: "セグメント",
    Planned: "予定",
    Length: "長さ",
    Actual: "実績",
    Projected: "見込み",
    Agenda: "進行表",
    "Speaker display": "登壇者画面",
    Speaker: "登壇者",
    Overlay: "オーバーレイ",
    "Overlay, bar": "オーバーレイ (バー)",
    "overlay, box": "オーバーレイ (ボックス)",
    "API state": "API の状態",
    ": full-screen countdown, cue card and messages (phone to TV).":
      ": 全画面のカウントダウン、キューカード、メッセージ (スマートフォンからテレビまで)。",
    ": transparent, for an OBS browser source.": ": 透過背景。OBS のブラウザソース用。",
    ": planned, actual and projected times.": ": 予定・実績・見込みの時刻。",
    " (JSON). Control: ": " (JSON)。操作: ",
    QUESTION: "質問",
    Question: "質問",
    survey: "アンケート",
    chat: "チャット",
    prepared: "事前準備",
    "asked by %1": "%1 さんから",
    Moderator: "モデレーター",
    ": the panel's question queue for the moderator's tablet.":
      ": モデレーター用タブレットのパネル質問キュー。",
    Control: "操作",
    ": run the show from a phone or tablet (on the LAN: with the control link).":
      ": スマートフォンやタブレットから進行を操作します (LAN では操作用リンクで開きます)。",
    "This link was replaced. Ask the operator for the new one.":
      "このリンクは無効になりました。オペレーターに新しいリンクをもらってください。",
  };
  const I18N = { ja: JA };

  function chosenLanguage() {
    const wanted = params.get("lang") || (state && state.lang) || "en";
    return I18N[wanted] ? wanted : "en";
  }

  // "%1" etc. are replaced by the arguments after the source text.
  function tr(source, ...args) {
    const lang = chosenLanguage();
    const table = I18N[lang];
    const own = extension && lang === "ja" ? extension.ja || {} : {};
    let text = (table && table[source]) || own[source] || source;
    args.forEach((arg, i) => {
      text = text.replace("%" + (i + 1), arg);
    });
    return text;
  }

  // Static page text: elements with data-i18n keep their English source in that attribute.
  let translatedFor = null;
  function translateStatic() {
    const lang = chosenLanguage();
    if (lang === translatedFor) return;
    translatedFor = lang;
    document.documentElement.lang = lang;
    document.querySelectorAll("[data-i18n]").forEach((el) => {
      el.textContent = tr(el.dataset.i18n);
    });
    const title = document.querySelector("title");
    if (title && title.dataset.i18n) document.title = tr(title.dataset.i18n) + " · runofshow";
  }

  // ---- connection: reconnect with exponential backoff (1 s base, 30 s cap, jitter) ----

  function socketUrl() {
    const proto = location.protocol === "https:" ? "wss:" : "ws:";
    const token = params.get("token");
    return proto + "//" + location.host + "/ws" + (token ? "?token=" + encodeURIComponent(token) : "");
  }

  function connect() {
    let ws;
    try {
      ws = new WebSocket(socketUrl());
    } catch (e) {
      retry();
      return;
    }
    ws.onopen = () => {
      attempt = 0;
      connected = true;
      showConnection();
    };
    ws.onmessage = (event) => {
      let next;
      try {
        next = JSON.parse(event.data);
      } catch (e) {
        return;
      }
      adopt(next);
    };
    ws.onclose = (event) => {
      if (event.code === CLOSE_REVOKED) revoked = true;
      if (connected || revoked) {
        connected = false;
        showConnection();
      }
      if (!revoked) retry(); // a replaced token never works again: no point retrying
    };
  }

  // A new state pushed over the WebSocket (always the newest: the server sends in order).
  function adopt(next) {
    state = next;
    anchor = performance.now();
    window.runofshowState = state; // for tests and curious operators
    onNewState();
    render();
  }

  function retry() {
    const base = Math.min(30000, 1000 * Math.pow(2, attempt));
    attempt = Math.min(attempt + 1, 10);
    const delay = base / 2 + Math.random() * (base / 2); // "equal jitter"
    setTimeout(connect, delay);
  }

  function showConnection() {
    const el = $("conn");
    if (el) {
      el.classList.toggle("hidden", connected);
      if (revoked) el.textContent = tr("This link was replaced. Ask the operator for the new one.");
    }
    document.body.dataset.connected = connected ? "yes" : "no";
    document.body.dataset.revoked = revoked ? "yes" : "no";
  }

  // ---- time, derived from the last state and the local monotonic clock ----

  function sinceAnchor() {
    return performance.now() - anchor;
  }

  // The countdown runs while the show runs, and also while it is paused when it counts
  // to a hard start (a squeezed segment, a stretched break, a hold): that does not wait.
  function live() {
    const dt = sinceAnchor();
    const running = state.state === "running";
    const pinned = !!(state.hard_start && state.hard_start.pinned);
    const counting = running || (pinned && state.state === "paused");
    const remaining = counting ? state.remaining_ms - dt : state.remaining_ms;
    const elapsed = running ? state.elapsed_ms + dt : state.elapsed_ms;
    const planned = pinned && state.phase !== "hold" ? elapsed + Math.max(remaining, 0) : state.planned_ms;
    return {
      remaining: remaining,
      elapsed: elapsed,
      counting: counting,
      untilStart: state.until_start_ms - dt,
      now: state.server_time_ms + dt,
      phase: counting && state.phase !== "hold" ? phaseFor(remaining, state.segment) : state.phase,
      progress: state.phase === "hold" ? 1 : planned > 0 ? Math.min(1, Math.max(0, elapsed / planned)) : 1,
    };
  }

  // Same rule as the engine: overtime below 0, danger at or below danger, warning likewise.
  function phaseFor(remaining, segment) {
    if (remaining < 0) return "overtime";
    if (remaining <= segment.danger_ms) return "danger";
    if (remaining <= segment.warning_ms) return "warning";
    return "normal";
  }

  function shownSeconds(ms) {
    return ms > 0 ? Math.ceil(ms / 1000) : -Math.floor(-ms / 1000);
  }

  function clock(total) {
    total = Math.abs(total);
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = total % 60;
    const ss = String(s).padStart(2, "0");
    return h ? h + ":" + String(m).padStart(2, "0") + ":" + ss : m + ":" + ss;
  }

  function countdown(ms) {
    const s = shownSeconds(ms);
    return ms > 0 || s === 0 ? clock(s) : "+" + clock(s);
  }

  function signed(ms) {
    const s = Math.floor(Math.abs(ms) / 1000);
    if (s === 0) return "±0:00";
    return (ms > 0 ? "+" : "-") + clock(s);
  }

  function scheduleText(ms) {
    const s = Math.floor(Math.abs(ms) / 1000);
    if (ms >= 1000) return tr("%1 behind", clock(s));
    if (ms <= -1000) return tr("%1 ahead", clock(s));
    return tr("On schedule");
  }

  // A row's offset in words: "2:00 behind", "0:40 ahead", "on time" (never a bare sign).
  function offsetWords(ms) {
    const s = Math.floor(Math.abs(ms) / 1000);
    if (ms >= 1000) return tr("%1 behind", clock(s));
    if (ms <= -1000) return tr("%1 ahead", clock(s));
    return tr("on time");
  }

  // A plan more than 12 hours away: its date, never an offset of thousands of hours.
  function farText() {
    if (!state.far) return "";
    return state.far.text[chosenLanguage()] || state.far.text.en;
  }

  function timeOfDay(iso) {
    return iso ? iso.slice(11, 16) : "";
  }

  function wallClock(epochMs) {
    try {
      return new Intl.DateTimeFormat("en-GB", {
        timeZone: state.show.timezone,
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
        hour12: false,
      }).format(new Date(epochMs));
    } catch (e) {
      return "";
    }
  }

  function setText(id, text) {
    const el = $(id);
    if (el && el.textContent !== text) el.textContent = text;
  }

  function show(id, visible) {
    const el = $(id);
    if (el) el.classList.toggle("hidden", !visible);
  }

  const PHASE_LABELS = {
    normal: "TIME LEFT",
    warning: "WRAP UP",
    danger: "FINISH UP",
    overtime: "OVER TIME",
    hold: "HOLD",
  };

  // ---- rendering ----

  function onNewState() {
    const message = state.message;
    const key = message ? message.set_at + "|" + message.text : null;
    if (key !== flashKey) {
      flashKey = key;
      flashUntil = message && message.flash_left_ms > 0 ? anchor + message.flash_left_ms : 0;
    }
  }

  function render() {
    if (!state) return;
    translateStatic();
    const t = live();
    document.body.dataset.state = state.state;
    document.body.dataset.phase = t.phase;
    if (page === "speaker") renderSpeaker(t);
    else if (page === "overlay") renderOverlay(t);
    else if (page === "agenda") renderAgenda(t);
    else if (page === "index") setText("show-title", state.show.title);
    else if (extension) extension.render(state, t, api);
    renderers.forEach((fn) => fn(state, t));
    scheduleTick(t);
  }

  // Re-render exactly when the shown second changes (or the flash ends), not on a fast timer.
  function scheduleTick(t) {
    clearTimeout(tickTimer);
    let wait = 1000 - (Math.floor(t.now) % 1000);
    if (t.counting) {
      const rest = ((Math.floor(t.remaining) % 1000) + 1000) % 1000;
      wait = Math.min(wait, rest || 1000);
    } else if (state.state === "standby") {
      const rest = ((Math.floor(t.untilStart) % 1000) + 1000) % 1000;
      wait = Math.min(wait, rest || 1000);
    }
    if (flashUntil > performance.now()) wait = Math.min(wait, flashUntil - performance.now());
    tickTimer = setTimeout(render, Math.max(5, wait + 2));
  }

  function mainLabel(t) {
    if (state.state === "standby" && state.far) return [tr("PLANNED FOR"), farText()];
    if (state.state === "standby") {
      return t.untilStart > 0
        ? [tr("ON AIR IN"), countdown(t.untilStart)]
        : [tr("STARTING SOON"), countdown(state.remaining_ms)];
    }
    if (state.state === "ended") return [tr("SHOW ENDED"), tr("Thank you!")];
    const label = state.state === "paused" ? tr("PAUSED") : tr(PHASE_LABELS[t.phase]);
    return [label, countdown(t.remaining)];
  }

  function renderSpeaker(t) {
    const seg = state.segment;
    setText("seg-index", seg.index + 1 + "/" + state.show.segment_count);
    setText("title", seg.title);
    setText("speakers", seg.speakers.join(", "));
    $("title").classList.toggle("rehearsal", state.rehearsal);
    setText("clock", (state.rehearsal ? tr("REHEARSAL") + "  " : "") + wallClock(t.now));
    const [label, big] = mainLabel(t);
    setText("phase-label", label);
    setText("countdown", big);
    $("countdown").classList.toggle("far", state.state === "standby" && !!state.far);
    $("bar").style.width = (state.state === "standby" ? 0 : t.progress * 100).toFixed(2) + "%";
    const cue = state.cue;
    show("cue", !!cue && state.state !== "ended");
    if (cue) {
      setText("cue-head", tr("Card %1/%2", cue.index + 1, cue.count));
      setText("cue-title", cue.title);
      setText("cue-text", cue.text || "");
      setText("cue-next", cue.next_title ? tr("Next card: %1", cue.next_title) : "");
    }
    const question = onAirQuestion();
    document.body.classList.toggle("with-question", !!question && state.state !== "ended");
    show("question", !!question && state.state !== "ended");
    if (question) {
      setText("question-label", questionLabel(question, true));
      setText("question-text", question.text);
    }
    const next = state.next_segment;
    setText("next", next ? tr("Next: %1", next.title) : "");
    setText(
      "offset",
      state.state === "standby" ? "" : state.far ? tr("planned for %1", farText()) : scheduleText(state.offset_ms)
    );
    const message = state.message;
    show("banner", !!message);
    if (message) {
      setText("banner", message.text);
      $("banner").classList.toggle("flash", performance.now() < flashUntil);
    }
    show("blackout", state.blackout);
  }

  // The panel question on air (the questions part of the state: only in its own segment).
  function onAirQuestion() {
    return (state.questions && state.questions.on_air) || null;
  }

  // "QUESTION · survey · asked by たろう"; the overlay names the asker only when ticked.
  function questionLabel(question, withSource) {
    const parts = [withSource ? tr("QUESTION") : tr("Question")];
    if (withSource) parts.push(tr(question.source));
    if (question.asker && (withSource || question.show_asker)) parts.push(tr("asked by %1", question.asker));
    return parts.join(" · ");
  }

  const overlayParts = new Set(
    (params.has("show") ? params.get("show") : "title,countdown")
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s)
  );

  function renderOverlay(t) {
    const box = $("ov");
    box.className = "ov " + (params.get("layout") === "box" ? "box" : "bar");
    document.body.classList.toggle("light", params.get("theme") === "light");
    box.dataset.phase = t.phase;
    box.dataset.state = state.state;
    const seg = state.segment;
    setText("ov-title", seg.title);
    setText("ov-speaker", seg.speakers.join(", "));
    setText("ov-cue", state.cue ? state.cue.title : "");
    const [label, big] = mainLabel(t);
    setText("ov-countdown", big);
    // PAUSED and HOLD in words next to the digits; a rehearsal says so (?rehearsal=hide not)
    const status = state.state === "paused" || t.phase === "hold" ? label : "";
    setText("ov-status", status);
    show("ov-status", !!status);
    setText("ov-rehearsal", tr("REHEARSAL"));
    show("ov-rehearsal", state.rehearsal && params.get("rehearsal") !== "hide");
    show("ov-title", overlayParts.has("title"));
    show("ov-speaker", overlayParts.has("speaker") && seg.speakers.length > 0);
    show("ov-cue", overlayParts.has("cue") && !!state.cue);
    show("ov-countdown", overlayParts.has("countdown"));
    $("bar").style.width = (t.progress * 100).toFixed(2) + "%";
    box.classList.toggle("hidden", state.blackout || overlayParts.size === 0);
    // ?question=1: the panel question on air as a lower third
    const question = params.get("question") === "1" ? onAirQuestion() : null;
    const lower = $("ov-question");
    lower.classList.toggle("hidden", !question || state.blackout);
    if (question) {
      setText("ov-q-label", questionLabel(question, false));
      setText("ov-q-text", question.text);
    }
  }

  function renderAgenda(t) {
    setText("show-title", state.show.title);
    setText("clock", wallClock(t.now));
    setText("planned-end", timeOfDay(state.planned_show_end));
    setText("projected-end", timeOfDay(state.projected_show_end));
    setText("offset", state.far ? tr("planned for %1", farText()) : offsetWords(state.offset_ms));
    setText("status", tr(state.state.toUpperCase()) + (state.rehearsal ? " · " + tr("REHEARSAL") : ""));
    const hard = state.hard_start;
    setText("next-hard", hard ? "⚑ " + tr("Next hard start %1: %2", timeOfDay(hard.at), hard.title) : "");
    show("next-hard-box", !!hard);
    const body = $("rows");
    const rows = state.schedule;
    while (body.children.length > rows.length) body.lastChild.remove();
    rows.forEach((row, i) => {
      let tr_ = body.children[i];
      if (!tr_) {
        tr_ = document.createElement("tr");
        for (let c = 0; c < 7; c++) tr_.appendChild(document.createElement("td"));
        [0, 2, 3, 4, 5, 6].forEach((c) => tr_.children[c].classList.add("num"));
        [3, 4, 5, 6].forEach((c) => tr_.children[c].classList.add("wide"));
        body.appendChild(tr_);
      }
      const current = row.index === state.segment.index && state.state !== "standby";
      tr_.className = (current ? "current" : row.done ? "done" : "") + (row.hard_start ? " hard" : "");
      const cells = tr_.children;
      cells[0].textContent = String(row.index + 1);
      cells[1].replaceChildren();
      const title = document.createElement("div");
      title.className = "title";
      title.textContent = row.title;
      const who = document.createElement("div");
      who.className = "who";
      who.textContent = row.speakers.join(", ");
      const planned = timeOfDay(row.planned_start) + "–" + timeOfDay(row.planned_end);
      const actual = row.actual_start
        ? timeOfDay(row.actual_start) + "–" + (row.actual_end ? timeOfDay(row.actual_end) : "")
        : "";
      const projected = row.skipped
        ? tr("skipped")
        : row.done
          ? ""
          : timeOfDay(row.projected_start) + "–" + timeOfDay(row.projected_end);
      const off = row.offset_ms;
      const offText = off === null || state.far ? "" : offsetWords(off);
      const offClass = off === null || state.far ? "" : off >= 1000 ? "late" : off <= -1000 ? "early" : "";
      // On a narrow screen the wide columns move under the title (CSS hides them there).
      const sub = document.createElement("div");
      sub.className = "sub";
      [
        [tr("Length"), clock(Math.floor(row.planned_ms / 1000)), ""],
        [tr("Actual"), actual, ""],
        [tr("Projected"), projected, ""],
        ["", offText, offClass],
      ].forEach(([name, value, cls]) => {
        if (!value) return;
        const part = document.createElement("span");
        part.textContent = name ? name + " " + value : value;
        if (cls) part.className = cls;
        sub.appendChild(part);
      });
      cells[1].append(title, who, sub);
      cells[2].replaceChildren();
      if (row.hard_start) {
        const pin = document.createElement("div");
        pin.className = "pin";
        pin.textContent = "⚑ " + tr("hard start %1", timeOfDay(row.hard_start));
        cells[2].append(planned, pin);
      } else {
        cells[2].textContent = planned;
      }
      cells[3].textContent = clock(Math.floor(row.planned_ms / 1000));
      cells[4].textContent = actual;
      cells[5].textContent = projected;
      cells[6].textContent = offText;
      cells[6].className = "num wide " + offClass;
    });
  }

  // Links on the index page carry the token when the page was opened with one.
  if (page === "index" && params.get("token")) {
    document.querySelectorAll("a[href^='/']").forEach((a) => {
      const url = new URL(a.getAttribute("href"), location.href);
      url.searchParams.set("token", params.get("token"));
      a.setAttribute("href", url.pathname + url.search);
    });
  }

  // What a page script (moderator.js) may use.
  const api = {
    $: $,
    params: params,
    tr: tr,
    setText: setText,
    show: show,
    clock: clock,
    countdown: countdown,
    state: () => state,
    rerender: () => render(),
  };
  if (extension && extension.setup) extension.setup(api);
  // For page scripts that build on this one (control.js): the same clock, words and state.
  window.runofshow = {
    tr: tr,
    language: chosenLanguage,
    token: params.get("token"),
    addTranslations(lang, table) {
      I18N[lang] = Object.assign(I18N[lang] || {}, table);
      translatedFor = null;
      translateStatic();
    },
    onRender(fn) {
      renderers.push(fn);
      if (state) render();
    },
    // The state a command's reply carries, unless the WebSocket brought a newer one already.
    adoptReply(next) {
      if (next && !(state && next.revision < state.revision)) adopt(next);
    },
    mainLabel: mainLabel,
    scheduleText: scheduleText,
    setText: setText,
    show: show,
  };

  translateStatic();
  showConnection();
  connect();
})();
