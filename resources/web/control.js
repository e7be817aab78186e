// runofshow /control: run the show from a tablet or a phone.
//
// Built from the command table (GET /api/commands): one section per command group, a
// button per command and per preset, a small form for commands with arguments (a segment
// list, a number of seconds, a text with a flash switch). The countdown and the words
// come from common.js, as on /speaker. Every command goes through send(), which:
//   - posts to the command's route with "expect": {"revision": n} (the state this page
//     showed when it was pressed) and the header X-Runofshow-Surface: control;
//   - sends one command at a time: the next waits for the reply (and its revision), so
//     two quick taps never refuse each other as "stale";
//   - shows the API's answer: a refusal's text in the page's language (the same code and
//     words as the console and the API), and adopts the state the reply carries, so a
//     409 "stale" (someone else acted first) shows the show as it is now.
// The access role (GET /api/access) decides: with the view token the page is read-only,
// says so, and sends nothing.
//
// Questions: a command that asks first (going live on a plan for another day, moving into a
// hard start early, a jump or the end while on air) is refused with 409
// "confirmation_required" and its question (README: "Questions"). The page shows it in its
// language in the <dialog id="question">, a button per choice, the default one focused; Esc
// or a "No" (an answer of false) sends nothing, as on the console. Any other choice sends the
// same command again with the answer ({"confirm": true}, {"plan": "shift"}) and the same
// "expect" as the first press, so a show that moved meanwhile refuses it as "stale". A
// second question (a plan for another day, then a hard start) is asked the same way, with
// the answers given so far.
//
// Hard starts: the state's "hard_start" (the next one) is a line in #banners: "⚑ Hard start
// 15:00: “Panel”, in 2:20", and how the current segment meets it; when it is due and the
// show has not moved on, "HARD START NOW", flashing, until someone does.
//
// Extending it (for the engineers who come next):
// Storage: while the app cannot write its data folder (the state's "storage" part, ok false),
// a red line in #banners says so, since when, and the system's reason (as the console's
// banner does); it goes when the problem does.
//
// Extending it (for the engineers who come next):
//   - Another banner: add a renderer with runofshow.onRender((state, t) => ...) that fills
//     or empties an element of its own inside #banners (already on the page, above
//     everything, role="alert"), as renderHardStart and renderStorage do.
//   - A refusal that needs more than its text: add a handler to REFUSAL_HANDLERS below,
//     keyed by the code, as "confirmation_required" is. Unhandled codes show the refusal text.
"use strict";

(function () {
  const ui = window.runofshow;
  const $ = (id) => document.getElementById(id);

  ui.addTranslations("ja", {
    Control: "操作",
    "Read-only: this link can only watch the show. Ask the operator for the control link to act.":
      "閲覧専用: このリンクでは進行を見ることしかできません。操作するには、オペレーターに操作用リンクをもらってください。",
    "Seconds (negative removes)": "秒 (マイナスで減らす)",
    "Message to the speaker": "登壇者へのメッセージ",
    Flash: "点滅",
    Segment: "セグメント",
    More: "その他",
    On: "オン",
    Off: "オフ",
    "Sending…": "送信中…",
    "Done: %1": "実行しました: %1",
    "Not sent: %1": "送信できませんでした: %1",
    "The app did not answer.": "アプリから応答がありません。",
    "Cannot reach the app: %1": "アプリに接続できません: %1",
    "On screen: %1": "表示中のメッセージ: %1",
    "Cancelled: %1": "取りやめました: %1",
    "Waiting for your answer…": "回答を待っています…",
    "Hard start %1: “%2”, in %3": "固定開始 %1: 「%2」 あと %3",
    "Hard start %1: “%2”": "固定開始 %1: 「%2」",
    "HARD START NOW: move on to “%1”": "固定開始の時刻です: 「%1」へ進んでください",
    "Storage problem since %1: the show goes on and nothing is lost while the app runs":
      "%1 から保存の問題: 進行は続いています。アプリを起動している間は何も失われません",
    "Storage problem: the show goes on and nothing is lost while the app runs":
      "保存の問題: 進行は続いています。アプリを起動している間は何も失われません",
    "The operator's computer cannot write its data folder; it is all written as soon as the folder works again.":
      "オペレーターのパソコンがデータフォルダーに書き込めません。フォルダーが使えるようになりしだい、すべて書き込みます。",
    "this segment is squeezed to fit": "このセグメントを詰めています",
    "the break stretches to it": "休憩を延ばしています",
    "then hold until it": "終了後は待機します",
    "holding for it": "待機中です",
    "the show moves on by itself": "自動で進みます",
  });
  const tr = ui.tr;

  // Not on this page: GO (start, pause and resume are clearer for a second operator).
  const HIDDEN = new Set(["toggle"]);
  // Buttons that end something for good look different (they ask first anyway).
  const GRAVE = new Set(["end"]);
  const ORDER = ["start", "pause", "resume", "previous", "next", "undo", "redo", "previous_cue"];
  const ARG_LABELS = {
    seconds: "Seconds (negative removes)",
    text: "Message to the speaker",
    flash: "Flash",
    segment: "Segment",
  };
  // code -> async (reply, resend, label) => void, where resend(answers) sends the same
  // command again with these extra body fields; see the comment at the top.
  const REFUSAL_HANDLERS = { confirmation_required: answerQuestion };

  let role = null; // "view" | "control" once known
  let commands = []; // GET /api/commands
  let lastState = null;
  const controls = []; // every button, input and select, to enable or disable together
  const segmentLists = []; // the <select>s listing the show's segments
  const toggles = []; // [button, command]: buttons showing an on/off state

  function lang() {
    return ui.language();
  }

  function words(translations) {
    return translations ? translations[lang()] || translations.en : "";
  }

  function headers() {
    const h = { "Content-Type": "application/json", "X-Runofshow-Surface": "control" };
    if (ui.token) h["X-Runofshow-Token"] = ui.token;
    return h;
  }

  async function getJson(path) {
    const reply = await fetch(path, { headers: headers(), cache: "no-store" });
    const body = await reply.json();
    if (!reply.ok) throw new Error(refusalText(body));
    return body;
  }

  function refusalText(body) {
    const error = (body && body.error) || {};
    return words(error.text) || error.message || String(error.code || "");
  }

  // ---- building the page from the table ----

  function element(tag, props, children) {
    const el = document.createElement(tag);
    Object.assign(el, props || {});
    (children || []).forEach((child) => el.append(child));
    return el;
  }

  function control(el) {
    controls.push(el);
    return el;
  }

  function button(text, name, onPress) {
    const b = control(element("button", { type: "button", className: "ctl-button" }));
    b.dataset.command = name;
    b.dataset.words = text;
    b.textContent = text;
    if (onPress) b.addEventListener("click", onPress);
    return b;
  }

  function field(arg, id) {
    if (arg.kind === "segment") {
      const select = control(element("select", { id: id, className: "ctl-field" }));
      segmentLists.push(select);
      return select;
    }
    if (arg.kind === "bool") {
      const box = control(element("input", { type: "checkbox", id: id }));
      return box;
    }
    const input = control(
      element("input", {
        type: "text",
        id: id,
        className: "ctl-field",
        autocomplete: "off",
        inputMode: arg.kind === "seconds" ? "decimal" : "text",
      })
    );
    return input;
  }

  function labelFor(arg, id, input) {
    const text = element("span", { className: "ctl-label" });
    text.dataset.i18nArg = ARG_LABELS[arg.name] || arg.name;
    const label = element("label", { htmlFor: id, className: arg.kind === "bool" ? "ctl-check" : "ctl-labelled" });
    if (arg.kind === "bool") label.append(input, text);
    else label.append(text, input);
    return label;
  }

  // A command with arguments: a labelled field per argument, its button, its presets.
  function commandForm(command) {
    const form = element("form", { className: "ctl-form" });
    form.dataset.command = command.name;
    const inputs = {};
    command.args.forEach((arg) => {
      const id = "arg-" + command.name + "-" + arg.name;
      const input = field(arg, id);
      inputs[arg.name] = [arg, input];
      form.append(labelFor(arg, id, input));
    });
    const row = element("div", { className: "ctl-row" });
    const submit = button(words(command.button), command.name, null);
    submit.type = "submit"; // pressing it (or Enter in a field) submits the form once
    row.append(submit);
    command.presets.forEach((preset) => {
      row.append(button(words(preset.button), preset.name, () => send(command, preset.args, preset.label)));
    });
    form.append(row);
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const args = {};
      Object.entries(inputs).forEach(([name, [arg, input]]) => {
        if (arg.kind === "bool") args[name] = input.checked;
        else args[name] = input.value; // as typed: the API checks it, the one place that does
      });
      send(command, args, command.label);
    });
    return form;
  }

  // A command's "toggles" names a field of the state document: "blackout", or a dotted
  // path into a service's part ("obs.paused").
  function isOn(state, path) {
    let value = state;
    for (const key of path.split(".")) value = value == null ? undefined : value[key];
    return !!value;
  }

  function toggleButton(command) {
    const b = button(words(command.button), command.name, () => {
      const on = isOn(lastState, command.toggles);
      send(command, { on: !on }, command.label);
    });
    b.setAttribute("aria-pressed", "false");
    toggles.push([b, command]);
    return b;
  }

  function build() {
    const groups = new Map(); // group title -> commands, in table order
    commands
      .filter((c) => c.route && !HIDDEN.has(c.name))
      .forEach((c) => {
        const key = c.group ? words(c.group) : tr("More");
        if (!groups.has(key)) groups.set(key, []);
        groups.get(key).push(c);
      });
    const root = $("groups");
    root.replaceChildren();
    controls.length = segmentLists.length = toggles.length = 0;
    groups.forEach((list, title) => {
      const rank = (c) => (ORDER.includes(c.name) ? ORDER.indexOf(c.name) : ORDER.length);
      list.sort((a, b) => rank(a) - rank(b));
      const section = element("section", { className: "ctl-group" });
      section.append(element("h2", { textContent: title }));
      const pad = element("div", { className: "ctl-pad" });
      const forms = [];
      list.forEach((c) => {
        const needs = c.args.filter((a) => a.required);
        if (c.toggles) pad.append(toggleButton(c));
        else if (needs.length === 0 && c.args.length === 0) {
          const b = button(words(c.button), c.name, () => send(c, {}, c.label));
          if (GRAVE.has(c.name)) b.classList.add("ctl-grave");
          pad.append(b);
        } else forms.push(commandForm(c));
      });
      if (pad.children.length) section.append(pad);
      forms.forEach((f) => section.append(f));
      root.append(section);
    });
    translateArgLabels();
    refresh(lastState);
  }

  function translateArgLabels() {
    document.querySelectorAll("[data-i18n-arg]").forEach((el) => {
      el.textContent = tr(el.dataset.i18nArg);
    });
  }

  // ---- sending: one command at a time, always with what this page saw ----

  let queue = Promise.resolve();

  function send(command, args, label) {
    if (role !== "control") return;
    queue = queue.then(() => post(command, args, label)).catch(() => {});
  }

  function routeFor(command, args) {
    const body = Object.assign({}, args);
    let path = command.route;
    command.args
      .filter((a) => a.in_path)
      .forEach((a) => {
        path = path.replace("{" + a.name + "}", encodeURIComponent(String(body[a.name] || "")));
        delete body[a.name];
      });
    return [path, body];
  }

  // expect: what the page saw at the first press; answers: to the questions asked so far.
  async function post(command, args, label, expect, answers) {
    const state = window.runofshowState;
    if (!state) return;
    const [path, body] = routeFor(command, args);
    body.expect = expect || { revision: state.revision };
    Object.assign(body, answers || {});
    feedback("pending", tr("Sending…"));
    let reply;
    let answer;
    try {
      reply = await fetch(path, { method: "POST", headers: headers(), body: JSON.stringify(body) });
      answer = await reply.json();
    } catch (e) {
      feedback("refused", tr("Cannot reach the app: %1", String(e.message || e)));
      return;
    }
    if (answer && answer.state) ui.adoptReply(answer.state);
    if (reply.ok && answer.ok) {
      feedback("ok", tr("Done: %1", words(label)));
      segmentLists.forEach((select) => delete select.dataset.touched);
      refresh(window.runofshowState);
      return;
    }
    const code = answer && answer.error && answer.error.code;
    const handler = REFUSAL_HANDLERS[code];
    if (handler) {
      const resend = (more) => post(command, args, label, body.expect, Object.assign({}, answers, more));
      await handler(answer, resend, label, answers || {});
      return;
    }
    feedback("refused", refusalText(answer) || tr("The app did not answer."), code);
  }

  // ---- questions (409 confirmation_required) ----

  // The question in the page's language; the chosen value, or undefined after Esc.
  function ask(question, label) {
    const dialog = $("question");
    const row = $("question-choices");
    ui.setText("question-title", words(label));
    ui.setText("question-text", words(question.text));
    row.replaceChildren();
    let chosen;
    let preferred = null;
    question.choices.forEach((choice) => {
      const b = element("button", { type: "button", className: "ctl-button q-choice" });
      b.textContent = words(choice.label);
      b.dataset.value = JSON.stringify(choice.value);
      if (choice.value === question.default) {
        b.classList.add("q-default");
        b.autofocus = true;
        preferred = b;
      }
      b.addEventListener("click", () => {
        chosen = choice.value;
        dialog.close();
      });
      row.append(b);
    });
    return new Promise((resolve) => {
      dialog.addEventListener("close", () => resolve(chosen), { once: true });
      document.body.dataset.asking = question.answer;
      dialog.showModal(); // Esc closes it ("cancel") with nothing chosen
      if (preferred) preferred.focus();
    }).finally(() => {
      delete document.body.dataset.asking;
    });
  }

  async function answerQuestion(reply, resend, label, answered) {
    const question = reply.error.question;
    if (!question || question.answer in answered) {
      feedback("refused", refusalText(reply), reply.error.code); // asked again: say so
      return;
    }
    feedback("pending", tr("Waiting for your answer…"));
    const value = await ask(question, label);
    if (value === undefined || value === false) {
      feedback("cancelled", tr("Cancelled: %1", words(label)));
      return; // as on the console: nothing sent
    }
    await resend({ [question.answer]: value });
  }

  function feedback(kind, text, code) {
    const el = $("feedback");
    el.className = "feedback " + kind;
    el.dataset.code = code || "";
    el.textContent = text;
  }

  // ---- rendering: the same countdown as /speaker, plus what the controls need ----

  function refresh(state) {
    const readOnly = role !== "control" || !state;
    controls.forEach((el) => {
      el.disabled = readOnly;
    });
    if (!state) return;
    segmentLists.forEach((select) => fillSegments(select, state));
    toggles.forEach(([b, command]) => {
      const on = isOn(state, command.toggles);
      b.setAttribute("aria-pressed", on ? "true" : "false");
      b.textContent = b.dataset.words + ": " + tr(on ? "On" : "Off");
    });
  }

  function fillSegments(select, state) {
    const key = state.schedule.map((r) => r.id + "|" + r.title).join("\n") + "|" + lang();
    if (select.dataset.key !== key) {
      const chosen = select.value;
      select.replaceChildren(
        ...state.schedule.map((row) =>
          element("option", {
            value: row.id,
            textContent: row.index + 1 + ". " + row.title,
          })
        )
      );
      select.dataset.key = key;
      if (chosen) select.value = chosen;
    }
    if (!select.dataset.touched) select.value = state.segment.id;
  }

  function render(state, t) {
    ui.setText("show-title", state.show.title);
    const status = ui.tr(state.state.toUpperCase()) + (state.rehearsal ? " · " + ui.tr("REHEARSAL") : "");
    ui.setText("status", status);
    const seg = state.segment;
    ui.setText("seg-index", seg.index + 1 + "/" + state.show.segment_count);
    ui.setText("title", seg.title);
    ui.setText("speakers", seg.speakers.join(", "));
    const [label, big] = ui.mainLabel(t);
    ui.setText("phase-label", label);
    ui.setText("countdown", big);
    $("countdown").classList.toggle("far", state.state === "standby" && !!state.far); // a date
    $("bar").style.width = (state.state === "standby" ? 0 : t.progress * 100).toFixed(2) + "%";
    const cue = state.cue;
    ui.setText("cue-line", cue ? ui.tr("Card %1/%2", cue.index + 1, cue.count) + " " + cue.title : "");
    const next = state.next_segment;
    ui.setText("next", next ? ui.tr("Next: %1", next.title) : "");
    ui.setText("offset", state.state === "standby" ? "" : ui.scheduleText(state.offset_ms));
    ui.setText("message-line", state.message ? tr("On screen: %1", state.message.text) : "");
    ui.show("message-line", !!state.message);
    if (state !== lastState) {
      lastState = state;
      refresh(state);
    }
    const language = lang();
    if (document.body.dataset.builtFor !== language && commands.length) {
      document.body.dataset.builtFor = language;
      build(); // the labels follow the page's language (the app's, unless ?lang=)
    }
  }

  // ---- hard starts: the next one, as a line above everything ----

  const FIT_WORDS = {
    squeezed: "this segment is squeezed to fit",
    stretched: "the break stretches to it",
    on_time: "then hold until it",
    hold: "holding for it",
  };

  // The line ticks every second, inside #banners (an alert region): the ticking text is
  // aria-live="off", and "HARD START NOW" goes to a span of its own that a screen reader says.
  function renderHardStart(state, t) {
    const hard = state.state === "ended" ? null : state.hard_start;
    let line = $("hard-start");
    if (!hard) {
      if (line) line.remove();
      return;
    }
    if (!line) {
      line = element("div", { id: "hard-start", className: "hard-start" }, [
        element("span", { id: "hard-start-text" }),
        element("span", { id: "hard-start-due" }),
      ]);
      line.firstChild.setAttribute("aria-live", "off");
      $("banners").append(line);
    }
    let text = "";
    if (!hard.due) {
      // in_ms as of the state's server time, counted on like the countdown
      const at = hard.at.slice(11, 16);
      const left = Math.max(0, hard.in_ms - (t.now - state.server_time_ms));
      const far = state.far || left >= 12 * 3600 * 1000;
      text = far ? tr("Hard start %1: “%2”", at, hard.title) : tr("Hard start %1: “%2”, in %3", at, hard.title, ui.countdown(left));
      const how = [];
      if (FIT_WORDS[hard.fit]) how.push(tr(FIT_WORDS[hard.fit]));
      if (hard.auto) how.push(tr("the show moves on by itself"));
      if (how.length) text += " · " + how.join(" · ");
    }
    ui.setText("hard-start-text", text ? "⚑ " + text : "");
    ui.setText("hard-start-due", hard.due ? "⚑ " + tr("HARD START NOW: move on to “%1”", hard.title) : "");
    line.dataset.due = hard.due ? "yes" : "no";
    line.dataset.fit = hard.fit;
  }

  // A moment (ISO 8601) as the show's time of day, 24-hour like every time the app shows.
  function showTime(iso, state) {
    const zone = (state.show && state.show.timezone) || undefined;
    try {
      return new Date(iso).toLocaleTimeString("en-GB", { timeZone: zone, hour: "2-digit", minute: "2-digit" });
    } catch (e) {
      return String(iso).slice(11, 16);
    }
  }

  // The storage part (runofshow.app.storage_service): what the console's red banner says.
  function renderStorage(state) {
    const part = state.storage;
    let banner = $("storage-problem");
    if (!part || part.ok !== false) {
      if (banner) banner.remove();
      return;
    }
    if (!banner) {
      banner = element("div", { id: "storage-problem", className: "storage-problem" }, [
        element("strong", { id: "storage-title" }),
        element("span", { id: "storage-detail" }),
      ]);
      $("banners").prepend(banner);
    }
    const since = part.since ? showTime(part.since, state) : "";
    const title = since
      ? tr("Storage problem since %1: the show goes on and nothing is lost while the app runs", since)
      : tr("Storage problem: the show goes on and nothing is lost while the app runs");
    ui.setText("storage-title", "⚠ " + title);
    const detail = tr("The operator's computer cannot write its data folder; it is all written as soon as the folder works again.");
    ui.setText("storage-detail", part.problem ? detail + " (" + part.problem + ")" : detail);
  }

  // ---- start ----

  async function start() {
    try {
      const access = await getJson("/api/access");
      role = access.role;
      commands = await getJson("/api/commands");
    } catch (e) {
      feedback("refused", String(e.message || e));
      role = "view";
    }
    document.body.dataset.role = role;
    $("readonly").classList.toggle("hidden", role === "control");
    build();
    document.body.dataset.builtFor = lang();
    document.body.dataset.ready = "yes";
    ui.onRender(render);
    ui.onRender(renderHardStart);
    ui.onRender(renderStorage);
  }

  document.addEventListener("change", (event) => {
    if (event.target.tagName === "SELECT") event.target.dataset.touched = "yes";
  });

  start();
})();
