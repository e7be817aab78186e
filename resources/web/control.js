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
// Extending it (for the engineers who come next):
//   - A banner (a storage problem, a hard start): add a renderer with
//     runofshow.onRender((state, t) => ...) that fills or empties an element of its own
//     inside #banners (already on the page, above everything, role="alert").
//   - A question before a command (the API answers 409 "confirmation_required" with a
//     question): add a handler to REFUSAL_HANDLERS below, keyed by the code. It gets the
//     reply body and a function that sends the same command again with extra body fields
//     (e.g. {confirm: true}); put the question in a <dialog> of its own in control.html and
//     resolve from its buttons. Unhandled codes show the refusal text.
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
  });
  const tr = ui.tr;

  // Commands not on this page: GO (start, pause and resume are clearer for a second
  // operator) and End show (it waits for the confirmations: see REFUSAL_HANDLERS).
  const HIDDEN = new Set(["toggle", "end"]);
  const ORDER = ["start", "pause", "resume", "previous", "next", "undo", "redo", "previous_cue"];
  const ARG_LABELS = {
    seconds: "Seconds (negative removes)",
    text: "Message to the speaker",
    flash: "Flash",
    segment: "Segment",
  };
  // code -> async (body, resend) => void; see the comment at the top.
  const REFUSAL_HANDLERS = {};

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
          pad.append(button(words(c.button), c.name, () => send(c, {}, c.label)));
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

  async function post(command, args, label, extra) {
    const state = window.runofshowState;
    if (!state) return;
    const [path, body] = routeFor(command, args);
    body.expect = { revision: state.revision };
    Object.assign(body, extra || {});
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
      await handler(answer, (more) => post(command, args, label, more));
      return;
    }
    feedback("refused", refusalText(answer) || tr("The app did not answer."), code);
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
  }

  document.addEventListener("change", (event) => {
    if (event.target.tagName === "SELECT") event.target.dataset.touched = "yes";
  });

  start();
})();
