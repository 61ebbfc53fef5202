// CESRec chat page: plain JS, no build step. Talks to the same server's JSON/SSE API.
"use strict";

const $ = (id) => document.getElementById(id);
const state = {
  sessionId: sessionStorage.getItem("cesrec.session") || null,
  userId: sessionStorage.getItem("cesrec.user") || null,
  token: sessionStorage.getItem("cesrec.token") || null,
  busy: false,
};

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

function headers(extra = {}) {
  const h = { "Content-Type": "application/json", ...extra };
  if (state.token) h["Authorization"] = "Bearer " + state.token;
  return h;
}

class ApiError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

async function api(method, path, body) {
  const res = await fetch(path, { method, headers: headers(), body: body ? JSON.stringify(body) : undefined });
  let data = null;
  try { data = await res.json(); } catch (_) { /* empty or not JSON */ }
  if (!res.ok) {
    if (res.status === 401) $("token-form").classList.remove("hidden");
    throw new ApiError(res.status, (data && data.error && data.error.message) || res.statusText);
  }
  return data;
}

function showError(msg) {
  const bar = $("error-bar");
  bar.textContent = msg;
  bar.classList.remove("hidden");
  clearTimeout(showError.t);
  showError.t = setTimeout(() => bar.classList.add("hidden"), 8000);
}

function setBusy(b) {
  state.busy = b;
  const has = !!state.sessionId;
  $("send-btn").disabled = b || !has;
  $("input").disabled = !has;
  $("reset-btn").disabled = b || !has;
  document.querySelectorAll(".card .actions .btn").forEach((x) => { x.disabled = b || x.dataset.done === "1"; });
}

function scrollDown() { const m = $("messages"); m.scrollTop = m.scrollHeight; }

function addMessage(role, text) {
  $("empty-hint")?.remove();
  const bubble = el("div", { class: "bubble", text });
  const wrap = el("div", { class: "msg " + role }, bubble);
  $("messages").append(wrap);
  scrollDown();
  return { wrap, bubble };
}

function toolPill(ev) {
  const ms = ev.ms != null ? ` · ${Math.round(ev.ms)} ms` : "";
  return el("span", { class: "tool-pill" + (ev.ok === false ? " fail" : ""), title: ev.summary || "",
                      text: "⚙ " + ev.name + ms });
}

// Inline SVG thumbs: no emoji font needed (headless/minimal systems render emoji as boxes).
const THUMB = "M2 21h4V9H2v12zm20-11c0-1.1-.9-2-2-2h-6.3l1-4.6v-.3c0-.4-.2-.8-.4-1.1L13.2 1 6.6 7.6C6.2 7.9 6 8.4 6 9v10c0 1.1.9 2 2 2h9c.8 0 1.5-.5 1.8-1.2l3-7.1c.1-.2.2-.5.2-.7v-2z";
function thumb(down) {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 24 24"); svg.setAttribute("class", "icon" + (down ? " down" : ""));
  svg.setAttribute("aria-hidden", "true");
  const path = document.createElementNS(ns, "path"); path.setAttribute("d", THUMB); svg.append(path);
  return svg;
}

function card(rec, rank) {
  const title = el("div", { class: "title" }, el("span", { class: "rank", text: rank + "." }), " ",
                   el("span", { class: "name", text: rec.title }), " ",
                   rec.year ? el("span", { class: "year", text: "(" + rec.year + ")" }) : null);
  const genres = el("div", { class: "genres" }, ...(rec.genres || []).map((g) => el("span", { class: "chip", text: g })));
  const why = el("div", { class: "why", text: rec.why || "" });
  const c = el("div", { class: "card", "data-item": rec.item });
  const like = el("button", { class: "btn like", type: "button", title: "I like this", "aria-label": "like",
                              onclick: () => sendFeedback(rec, "like", c) }, thumb(false), "Like");
  const dislike = el("button", { class: "btn dislike", type: "button", title: "Not for me", "aria-label": "dislike",
                                 onclick: () => sendFeedback(rec, "dislike", c) }, thumb(true), "Dislike");
  c.append(title, genres, why, el("div", { class: "actions" }, like, dislike));
  return c;
}

function renderReply(msg, reply) {
  msg.bubble.classList.remove("pending");
  msg.bubble.textContent = reply.text || "";
  const recs = reply.recommendations || [];
  if (recs.length) {
    msg.wrap.classList.add("has-cards");
    msg.wrap.append(el("div", { class: "cards" }, ...recs.map((r, i) => card(r, i + 1))));
  }
  if (reply.clarify && reply.clarify.values && reply.clarify.values.length) {
    // the reply asks which way a value was meant: a click answers it ("yes" / "no" as the next message)
    const answer = (word) => () => { box.remove(); sendMessage(word); };
    const box = el("div", { class: "clarify actions" },
                   el("button", { class: "btn", type: "button", onclick: answer("yes") }, "Yes, more of that"),
                   el("button", { class: "btn", type: "button", onclick: answer("no") }, "No, leave it out"));
    msg.wrap.append(box);
  }
  scrollDown();
}

// ---- SSE over fetch (EventSource cannot POST) -----------------------------------------------------------
async function streamTurn(path, body, handlers) {
  const res = await fetch(path, { method: "POST", headers: headers({ Accept: "text/event-stream" }),
                                  body: JSON.stringify(body) });
  if (!res.ok) {
    let data = null;
    try { data = await res.json(); } catch (_) { /* ignore */ }
    if (res.status === 401) $("token-form").classList.remove("hidden");
    throw new ApiError(res.status, (data && data.error && data.error.message) || res.statusText);
  }
  const reader = res.body.getReader();
  const dec = new TextDecoder();
  let buf = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buf += dec.decode(value, { stream: true }).replace(/\r\n/g, "\n");
    let idx;
    while ((idx = buf.indexOf("\n\n")) >= 0) {
      const frame = buf.slice(0, idx);
      buf = buf.slice(idx + 2);
      let event = "message", data = "";
      for (const line of frame.split("\n")) {
        if (line.startsWith("event:")) event = line.slice(6).trim();
        else if (line.startsWith("data:")) data += line.slice(5).replace(/^ /, "");
      }
      if (!data) continue;
      const payload = JSON.parse(data);
      (handlers[event] || (() => {}))(payload);
    }
  }
}

async function sendMessage(text) {
  if (!state.sessionId || state.busy || !text.trim()) return;
  addMessage("user", text);
  const msg = addMessage("assistant", "");
  msg.bubble.classList.add("pending");
  const tools = el("div", { class: "tools" });
  msg.wrap.prepend(tools);
  setBusy(true);
  let finished = false;
  try {
    await streamTurn(`/sessions/${state.sessionId}/messages`, { text }, {
      token: (d) => { msg.bubble.textContent += d.text || ""; scrollDown(); },
      tool: (d) => { tools.append(toolPill(d)); },
      final: (d) => {
        finished = true;
        tools.replaceChildren(...(d.tool_events || []).map(toolPill));
        renderReply(msg, d);
      },
      error: (d) => { finished = true; failMessage(msg, d.message || "the turn failed"); },
    });
    if (!finished) failMessage(msg, "the connection closed before the answer arrived");
  } catch (e) {
    failMessage(msg, e.message);
  } finally {
    setBusy(false);
    refreshState();
  }
}

function failMessage(msg, text) {
  msg.wrap.classList.add("error");
  msg.bubble.classList.remove("pending");
  msg.bubble.textContent = "⚠ " + text;
  showError(text);
}

async function sendFeedback(rec, verdict, cardEl) {
  if (state.busy) return;
  cardEl.classList.add(verdict === "like" ? "liked" : "disliked");
  cardEl.querySelectorAll(".actions .btn").forEach((b) => { b.dataset.done = "1"; });
  const label = rec.year ? `${rec.title} (${rec.year})` : rec.title;
  addMessage("user", (verdict === "like" ? "I liked " : "Not for me: ") + label);
  const msg = addMessage("assistant", "");
  msg.bubble.classList.add("pending");
  setBusy(true);
  try {
    const reply = await api("POST", `/sessions/${state.sessionId}/feedback`, { item: rec.item, verdict });
    const tools = el("div", { class: "tools" }, ...(reply.tool_events || []).map(toolPill));
    msg.wrap.prepend(tools);
    renderReply(msg, reply);
  } catch (e) {
    cardEl.classList.remove("liked", "disliked");
    cardEl.querySelectorAll(".actions .btn").forEach((b) => { b.dataset.done = "0"; });
    failMessage(msg, e.message);
  } finally {
    setBusy(false);
    refreshState();
  }
}

// ---- state panel ---------------------------------------------------------------------------------------
function label(x) { return x.year ? `${x.title} (${x.year})` : x.title; }
function fmt(v) { return typeof v === "number" ? v.toFixed(2) : v; }

function renderPrefs(prefs) {
  const box = $("prefs");
  box.replaceChildren();
  const chips = [];
  for (const [key, val] of Object.entries(prefs || {})) {
    const kind = key.includes("dislike") ? "dislike" : key.includes("like") ? "like" : "wish";
    const sign = kind === "like" ? "+ " : kind === "dislike" ? "− " : "“";
    const end = kind === "wish" ? "”" : "";
    if (Array.isArray(val)) {
      for (const v of val) {
        const full = sign + (v.title ? label(v) : v) + end;
        const short = full.length > 48 ? full.slice(0, 45) + "…" + end : full;
        chips.push(el("span", { class: "chip " + kind, title: full, text: short }));
      }
    } else if (val && typeof val === "object") {
      for (const [attr, vals] of Object.entries(val)) {
        for (const v of vals || []) chips.push(el("span", { class: "chip " + kind, title: attr, text: `${sign}${attr}: ${v}` }));
      }
    }
  }
  if (chips.length) box.append(...chips);
  else box.append(el("span", { class: "muted", text: "none yet" }));
}

const LIST_PREVIEW = 4;  // longer lists collapse behind a "show more" toggle
const expanded = new Set();

function renderList(id, items, empty, render) {
  const ul = $(id);
  ul.replaceChildren();
  if (!items || !items.length) { ul.append(el("li", { class: "muted", text: empty })); return; }
  const open = expanded.has(id) || items.length <= LIST_PREVIEW + 1;
  for (const it of open ? items : items.slice(0, LIST_PREVIEW)) ul.append(render(it));
  if (items.length > LIST_PREVIEW + 1) {
    const more = el("button", { class: "link-btn", type: "button",
                                text: open ? "show less" : `show ${items.length - LIST_PREVIEW} more`,
                                onclick: () => { open ? expanded.delete(id) : expanded.add(id); renderList(id, items, empty, render); } });
    ul.append(el("li", { class: "more" }, more));
  }
}

// Reasons often start with the item's own label; the title is already shown above them.
function reasonText(m) {
  let r = m.reason || "outlier";
  const lab = label(m);
  if (r.startsWith(lab)) return "It " + r.slice(lab.length).replace(/^[\s:,-]+/, "");
  return r.charAt(0).toUpperCase() + r.slice(1);
}

function renderState(s) {
  $("turn-badge").textContent = "turn " + (s.turn ?? 0);
  renderPrefs(s.preferences);
  renderList("masked", s.masked, "nothing masked", (m) =>
    el("li", { class: "masked" },
       el("span", { class: "kind " + (m.kind || "outlier"), text: m.kind === "disliked" ? "disliked" : "outlier" }),
       el("span", { class: "t", text: label(m) }),
       el("span", { class: "sub", text: reasonText(m) + (m.kind !== "disliked" && m.score != null ? ` (score ${fmt(m.score)})` : "") })));
  renderList("pseudo", s.pseudo, "none yet", (p) =>
    el("li", {}, el("span", { class: "t", text: label(p) }),
       el("span", { class: "sub", text: "from " + (p.source || "feedback") +
         (/\bturn\b/.test(p.source || "") ? "" : ` (turn ${p.turn ?? "?"})`) +
         (p.semantic_score != null ? ` · sem ${fmt(p.semantic_score)}` : "") +
         (p.srs_score != null ? ` · srs ${fmt(p.srs_score)}` : "") })));
  const hist = $("history");
  hist.replaceChildren();
  for (const h of s.history || []) {
    hist.append(el("li", { class: h.masked ? "masked" : "", title: h.masked ? "masked" : "", text: label(h) }));
  }
  for (const p of s.pseudo || []) hist.append(el("li", { class: "pseudo", title: "pseudo interaction", text: "+ " + label(p) }));
  $("history-count").textContent = `${(s.history || []).length} watched, ${(s.masked || []).length} masked, ${(s.pseudo || []).length} pseudo`;
  hist.scrollTop = hist.scrollHeight;
}

async function refreshState() {
  if (!state.sessionId) return;
  try { renderState(await api("GET", `/sessions/${state.sessionId}/state`)); }
  catch (e) {
    if (e.status === 404) { forgetSession(); showError("that session no longer exists; start a new one"); }
    else showError(e.message);
  }
}

function setSession(id, user) {
  state.sessionId = id; state.userId = user;
  sessionStorage.setItem("cesrec.session", id); sessionStorage.setItem("cesrec.user", user);
  $("session-badge").textContent = "session " + id.slice(0, 8) + "…";
  $("session-badge").title = id;
  $("session-badge").classList.remove("muted");
  $("input").placeholder = "What are you in the mood for?";
  setBusy(false);
  $("input").focus();
}

function forgetSession() {
  state.sessionId = null;
  sessionStorage.removeItem("cesrec.session");
  $("session-badge").textContent = "no session";
  $("session-badge").classList.add("muted");
  setBusy(false);
}

async function startSession(ev) {
  ev.preventDefault();
  const user = $("user-id").value.trim();
  if (!user) return;
  $("start-btn").disabled = true;
  try {
    const s = await api("POST", "/sessions", { user_id: user });
    $("messages").replaceChildren();
    setSession(s.session_id, s.user_id);
    addMessage("assistant", s.new_user
      ? `Hi ${s.user_id}, you are new here: I start from what is popular. Tell me films or kinds of film you like.`
      : `Hi! I know user ${s.user_id}'s viewing history. Tell me what you feel like watching.`);
    await refreshState();
  } catch (e) { showError(e.message); }
  finally { $("start-btn").disabled = false; }
}

async function resetSession() {
  if (!state.sessionId) return;
  try {
    await api("POST", `/sessions/${state.sessionId}/reset`);
    addMessage("assistant", "Session reset: back to the original history, preferences cleared.");
    await refreshState();
  } catch (e) { showError(e.message); }
}

async function loadHealth() {
  try {
    const h = await (await fetch("/health")).json();
    const b = $("llm-badge");
    b.textContent = "LLM: " + h.llm;
    if (/scripted|fake/i.test(h.llm)) { b.classList.add("warn"); b.title = "scripted test model, not a real LLM"; }
    if (h.auth && !state.token) $("token-form").classList.remove("hidden");
  } catch (_) { /* server unreachable: first API call will say so */ }
}

function init() {
  $("session-form").addEventListener("submit", startSession);
  $("reset-btn").addEventListener("click", resetSession);
  $("token-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    state.token = $("token-input").value.trim() || null;
    if (state.token) sessionStorage.setItem("cesrec.token", state.token);
    $("token-form").classList.add("hidden");
  });
  const input = $("input");
  $("composer").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const text = input.value;
    input.value = ""; input.style.height = "";
    sendMessage(text);
  });
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && !ev.shiftKey) { ev.preventDefault(); $("composer").requestSubmit(); }
  });
  input.addEventListener("input", () => { input.style.height = ""; input.style.height = Math.min(input.scrollHeight, 140) + "px"; });
  loadHealth();
  if (state.sessionId) { setSession(state.sessionId, state.userId); $("user-id").value = state.userId || ""; refreshState(); }
  else setBusy(false);
}

init();
