// storyline's page: plain ES module, no dependencies, no network but this server's /api.
// Every piece of text from the store goes into the page through textContent or attributes,
// never as markup, so an article containing <script> or HTML stays inert text.

const PLOVER = ["AGREE", "ACCUSE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE",
  "MOBILIZE", "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN"];
const SVG = "http://www.w3.org/2000/svg";
const main = document.getElementById("main");

// --- helpers ---------------------------------------------------------------------------------

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (k === "className") node.className = v;
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) node.setAttribute(k, String(v));
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function token() {
  return document.getElementById("token").value.trim();
}

async function api(path, options = {}) {
  const headers = { Accept: "application/json", ...(options.headers || {}) };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";
  if (options.write) headers.Authorization = `Bearer ${token()}`;
  const response = await fetch(path, {
    method: options.method || "GET",
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    const err = data.error || { message: response.statusText, code: String(response.status) };
    throw new Error(`${err.message} [${err.code}]`);
  }
  return data;
}

function toast(message, isError = false) {
  const box = document.getElementById("toast");
  box.textContent = message;
  box.className = isError ? "error" : "";
  box.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { box.hidden = true; }, 4000);
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  return q.toString();
}

// a long text cut to n characters, marked as cut ("…") so that it is not read as the whole
function clip(text, n) {
  const chars = Array.from(text || "");
  return chars.length > n ? `${chars.slice(0, n).join("").trimEnd()}…` : chars.join("");
}

// `item` (e.g. "quotes:q4") opens the article with that item selected and its evidence shown
function articleLink(id, label, item) {
  const at = item ? `?item=${encodeURIComponent(item)}` : "";
  return el("a", { href: `#/article/${encodeURIComponent(id)}${at}` }, label || id);
}

function filterForm(fields, values, onSubmit) {
  const form = el("form", { className: "filters" });
  for (const f of fields) {
    let input;
    if (f.options) {
      input = el("select", { name: f.name }, el("option", { value: "" }, "(any)"),
        f.options.map((o) => el("option", { value: o, selected: values[f.name] === o }, o)));
    } else {
      input = el("input", { name: f.name, type: f.type || "search", value: values[f.name] || "", placeholder: f.placeholder || "" });
    }
    form.append(el("label", {}, f.label, input));
  }
  form.append(el("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    onSubmit(Object.fromEntries(new FormData(form).entries()));
  });
  return form;
}

function setView(name, ...nodes) {
  document.querySelectorAll("header nav a").forEach((a) => a.classList.toggle("active", a.dataset.view === name));
  main.replaceChildren(...nodes.filter((n) => n !== null && n !== undefined));
}

// --- articles --------------------------------------------------------------------------------

async function viewArticles(params) {
  const data = await api(`/api/articles?${query({ q: params.q, since: params.since, until: params.until, limit: 100 })}`);
  const rows = data.items.map((a) => el("tr", {},
    el("td", {}, a.published || ""), el("td", {}, articleLink(a.id, a.headline || a.id)),
    el("td", {}, a.publisher || ""), el("td", {}, a.quotes), el("td", {}, a.events)));
  setView("articles",
    el("h1", {}, "Articles"),
    filterForm([{ name: "q", label: "Words" }, { name: "since", label: "Since", placeholder: "YYYY-MM-DD" },
      { name: "until", label: "Until", placeholder: "YYYY-MM-DD" }], params,
    (v) => { location.hash = `#/?${query(v)}`; }),
    rows.length ? el("table", { id: "articles" },
      el("tr", {}, ["Published", "Headline", "Publisher", "Quotes", "Events"].map((h) => el("th", {}, h))), rows)
      : el("p", { className: "muted" }, "No articles yet: run storyline ingest, or POST /api/articles."));
}

// --- one article -----------------------------------------------------------------------------

function spansOf(record) {
  const names = Object.fromEntries(record.entities.map((e) => [e.id, e.name]));
  const spans = [];
  record.entities.forEach((e) => e.mentions.forEach((m) => spans.push({
    start: m.start, end: m.end, cls: "hl-entity", key: `entities:${e.id}`,
    title: `${e.name} (${e.type})${e.actor && e.actor.code ? " " + e.actor.code : ""}`,
  })));
  record.quotes.forEach((q) => {
    const who = q.speaker ? (names[q.speaker.entity] || q.speaker.text) : "unknown speaker";
    spans.push({ start: q.start, end: q.end, cls: "hl-quote", key: `quotes:${q.id}`, title: `${q.kind} quote, said by ${who}` });
    if (q.speaker && q.speaker.end > q.speaker.start) {
      spans.push({ start: q.speaker.start, end: q.speaker.end, cls: "hl-speaker", key: `quotes:${q.id}`, title: `speaker of ${q.id}: ${who}` });
    }
  });
  record.times.forEach((t, i) => spans.push({ start: t.start, end: t.end, cls: "hl-time", key: `times:${i}`, title: `${t.type} ${t.value || "?"}${t.mod ? " " + t.mod : ""}` }));
  record.places.forEach((p, i) => spans.push({ start: p.start, end: p.end, cls: "hl-place", key: `places:${i}`, title: `${p.name || p.text}${p.country ? ", " + p.country : ""}` }));
  record.events.forEach((v) => spans.push({ start: v.trigger.start, end: v.trigger.end, cls: "hl-trigger", key: `events:${v.id}`, title: `${v.type} ${v.date || ""}` }));
  return spans.filter((s) => s.end > s.start);
}

// The record's offsets count code points (as Python does); a JavaScript string counts UTF-16
// units, two for a character outside the Basic Multilingual Plane (an emoji). unitsAt(text)[i] is
// the UTF-16 index of code point i, so text.slice(at[start], at[end]) is the recorded span.
function unitsAt(text) {
  const at = [0];
  let i = 0;
  for (const ch of text) { i += ch.length; at.push(i); }
  return at;
}

function recordedText(text, start, end) {
  const at = unitsAt(text);
  return text.slice(at[start], at[end]);
}

function highlightedText(text, spans) {
  const at = unitsAt(text);
  const n = at.length - 1;
  const cuts = new Set([0, n]);
  spans.forEach((s) => { cuts.add(s.start); cuts.add(s.end); });
  const points = [...cuts].filter((x) => x >= 0 && x <= n).sort((a, b) => a - b);
  const box = el("div", { className: "article-text card", id: "article-text" });
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    const piece = text.slice(at[a], at[b]);
    if (!covering.length) { box.append(document.createTextNode(piece)); continue; }
    const classes = [...new Set(covering.map((s) => s.cls))];
    const keys = [...new Set(covering.map((s) => s.key))];
    const quotes = covering.filter((s) => s.cls === "hl-quote").map((s) => s.key.split(":")[1]);
    box.append(el("span", {
      className: `hl ${classes.join(" ")}`, "data-keys": keys.join(" "),
      "data-quotes": quotes.length ? quotes.join(" ") : null, title: covering.map((s) => s.title).join("\n"),
    }, piece));
  }
  return box;
}

function focusItem(key, span, text) {
  document.querySelectorAll(".hl-focus").forEach((n) => n.classList.remove("hl-focus"));
  document.querySelectorAll(".items li.selected").forEach((n) => n.classList.remove("selected"));
  const hits = [...document.querySelectorAll("#article-text .hl")].filter((n) => n.dataset.keys.split(" ").includes(key));
  hits.forEach((n) => n.classList.add("hl-focus"));
  if (hits.length) hits[0].scrollIntoView({ block: "center", behavior: "smooth" });
  const evidence = document.getElementById("evidence");
  evidence.replaceChildren(
    el("strong", {}, `Evidence ${span.start}–${span.end}: `),
    el("q", { id: "evidence-text" }, recordedText(text, span.start, span.end)));
}

function correctionForm(kind, item, fields, aid, done) {
  const form = el("form", { className: "correct", "data-kind": kind, "data-item": item });
  const inputs = fields.map((f) => {
    let input;
    if (f.options) {
      input = el("select", { name: f.name }, f.options.map(([value, label]) =>
        el("option", { value, selected: String(f.value ?? "") === value }, label)));
    } else if (f.type === "checkbox") {
      input = el("input", { name: f.name, type: "checkbox" });
    } else {
      input = el("input", { name: f.name, value: f.value ?? "", list: f.list || null });
    }
    form.append(el("label", {}, f.label, input));
    return [f, input];
  });
  form.append(el("button", { type: "submit" }, "Save correction"));
  form.addEventListener("click", (ev) => ev.stopPropagation());
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    try {
      for (const [f, input] of inputs) {
        let value;
        if (f.type === "checkbox") { if (!input.checked) continue; value = true; }
        else {
          value = input.value.trim();
          if (value === String(f.value ?? "")) continue;
          if (f.number) value = value === "" ? null : Number(value);
          else if (value === "") value = null;
        }
        await api(`/api/articles/${aid}/corrections`, { method: "POST", write: true, body: { kind, item, field: f.name, value } });
      }
      toast("Correction saved");
      done();
    } catch (err) { toast(err.message, true); }
  });
  return form;
}

function itemList(title, kind, items, render) {
  return [el("h2", {}, `${title} (${items.length})`), el("ul", { id: `list-${kind}` }, items.map(render))];
}

async function viewArticle(id, params = {}) {
  const data = await api(`/api/articles/${encodeURIComponent(id)}`);
  const record = data.record;
  const text = record.article.text;
  const aid = data.id;
  const names = Object.fromEntries(record.entities.map((e) => [e.id, e.name]));
  const corrected = new Set(data.corrections.map((c) => `${c.kind}:${c.item}`));
  const reload = () => viewArticle(aid, params).catch(showError);
  const placeOptions = [["", "(none)"], ...record.places.map((p, i) => [String(i), `${p.name || p.text}${p.country ? ", " + p.country : ""}`])];

  function li(kind, key, span, label, fields) {
    const item = key.split(":")[1];
    const node = el("li", { "data-key": key }, label,
      corrected.has(key) ? el("span", { className: "badge corrected" }, "corrected") : null);
    const fix = el("button", { className: "fix", type: "button", title: "Correct this item" }, "fix");
    fix.addEventListener("click", (ev) => {
      ev.stopPropagation();
      const open = node.querySelector("form.correct");
      if (open) { open.remove(); return; }
      node.append(correctionForm(kind, item, fields, aid, reload));
    });
    node.prepend(fix);
    node.addEventListener("click", () => { focusItem(key, span, text); node.classList.add("selected"); });
    return node;
  }
  const wrong = { name: "wrong", label: "Mark wrong", type: "checkbox" };

  const panel = el("div", { className: "items card" },
    el("p", { id: "evidence", className: "muted" }, "Click an item to see its evidence."),
    itemList("Quotes", "quotes", record.quotes, (q) => {
      const who = q.speaker ? (names[q.speaker.entity] || q.speaker.text) : "?";
      return li("quotes", `quotes:${q.id}`, q, [el("span", { className: "who" }, who), ": ", `“${q.text.slice(0, 140)}${q.text.length > 140 ? "…" : ""}”`, " ", el("span", { className: "badge" }, q.kind)],
        [{ name: "speaker", label: "Speaker", value: who, list: "entity-names" }, { name: "date", label: "Date", value: q.date }, wrong]);
    }),
    itemList("Events", "events", record.events, (v) => li("events", `events:${v.id}`, v.trigger,
      [el("span", { className: "badge" }, v.type), `${v.date || "?"} `,
        v.date_from === "published" ? el("span", { className: "badge published" }, "publication date") : null,
        `${v.source.map((e) => names[e] || e).join(", ") || "?"} → ${v.target.map((e) => names[e] || e).join(", ") || "?"}: `,
        el("em", {}, v.trigger.text), v.place !== null && record.places[v.place] ? ` @ ${record.places[v.place].name || record.places[v.place].text}` : ""],
      [{ name: "type", label: "Type", value: v.type, options: PLOVER.map((t) => [t, t]) }, { name: "date", label: "Date", value: v.date },
        { name: "place", label: "Place", value: v.place === null ? "" : String(v.place), options: placeOptions, number: true }, wrong])),
    itemList("Entities", "entities", record.entities, (e) => li("entities", `entities:${e.id}`, e.mentions[0] || { start: 0, end: 0 },
      [el("span", { className: "who" }, e.name), ` ${e.type} `, e.actor && e.actor.code ? el("span", { className: "badge" }, e.actor.code) : null, ` ×${e.mentions.length}`],
      [{ name: "name", label: "Name", value: e.name }, wrong])),
    itemList("Times", "times", record.times, (t, i) => li("times", `times:${i}`, t,
      [el("em", {}, t.text), ` = ${t.value || "?"}`, t.mod ? ` (${t.mod})` : ""], [{ name: "value", label: "Value", value: t.value }, wrong])),
    itemList("Places", "places", record.places, (p, i) => li("places", `places:${i}`, p,
      [el("em", {}, p.text), ` → ${p.name || "?"}${p.country ? ", " + p.country : ""}`], [{ name: "name", label: "Name", value: p.name }, wrong])),
    el("h2", {}, `Corrections (${data.corrections.length})`),
    el("ul", { id: "corrections" }, data.corrections.map((c) => {
      const undo = el("button", { type: "button", className: "fix" }, "undo");
      undo.addEventListener("click", async () => {
        try {
          await api(`/api/articles/${aid}/corrections/${c.kind}/${encodeURIComponent(c.item)}/${c.field}`, { method: "DELETE", write: true });
          reload();
        } catch (err) { toast(err.message, true); }
      });
      return el("li", {}, undo, `${c.kind} ${c.item}: ${c.field} = ${JSON.stringify(c.value)}`);
    })),
    el("datalist", { id: "entity-names" }, record.entities.map((e) => el("option", { value: e.name }))));

  const textBox = highlightedText(text, spansOf(record));
  textBox.addEventListener("click", (ev) => {  // a highlight in the text selects its item
    const hit = ev.target.closest(".hl");
    if (!hit) return;
    const keys = hit.dataset.keys.split(" ");
    const key = keys.find((k) => k.startsWith("quotes:") || k.startsWith("events:")) || keys[0];
    const item = panel.querySelector(`li[data-key="${CSS.escape(key)}"]`);
    if (item) { item.click(); item.scrollIntoView({ block: "nearest" }); }
  });
  const a = record.article;
  setView("article",
    el("h1", { id: "headline" }, a.headline || `Article ${aid}`),
    el("p", { className: "muted" }, [a.publisher, a.published, a.authors.join(", ")].filter(Boolean).join(" · ")),
    (data.copies || []).length ? el("p", { className: "muted", id: "copies" }, "Also printed word for word by: ", copyLinks(data.copies)) : null,
    el("p", { className: "legend" }, el("span", { className: "hl-quote" }, "quote"), el("span", { className: "hl-speaker" }, "speaker"),
      el("span", { className: "hl-entity" }, "entity"), el("span", { className: "hl-time" }, "time"),
      el("span", { className: "hl-place" }, "place"), el("span", { className: "hl-trigger" }, "event trigger")),
    el("div", { className: "article-layout" }, textBox, panel));
  const chosen = params.item && panel.querySelector(`li[data-key="${CSS.escape(params.item)}"]`);
  if (chosen) { chosen.click(); chosen.scrollIntoView({ block: "nearest" }); }
}

// --- stories and canonical events ------------------------------------------------------------

function typeCounts(types) {
  return (types || []).map((t) => `${t.type} ×${t.events}`).join(", ");
}

function spanText(s) {
  if (!s.first) return "undated";
  return s.first === s.last ? s.first : `${s.first} – ${s.last}`;
}

function spanCell(s) {  // the span, marked when it comes from the events' or the text's dates
  const by = s.dated_by && s.dated_by !== "articles" ? s.dated_by : null;
  return [spanText(s), by ? el("span", { className: "badge dated-by", title: `dated by its ${by}' dates` }, `(${by})`) : null];
}

function storyLink(id, label) {
  return el("a", { href: `#/story/${encodeURIComponent(id)}` }, label || `story ${id}`);
}

function canonicalLink(id, label) {
  return el("a", { href: `#/canonical/${encodeURIComponent(id)}` }, label || `event ${id}`);
}

async function viewStories(params) {
  const data = await api(`/api/stories?${query({ q: params.q, since: params.since, until: params.until, limit: 200 })}`);
  setView("stories",
    el("h1", {}, "Stories"),
    filterForm([{ name: "q", label: "Title, actor or place" }, { name: "since", label: "Since", placeholder: "YYYY-MM-DD" },
      { name: "until", label: "Until", placeholder: "YYYY-MM-DD" }], params,
    (v) => { location.hash = `#/stories?${query(v)}`; }),
    el("p", { className: "muted" }, "A span marked (events) or (times) comes from the dates of the story's events or of its text, as none of its articles is dated."),
    data.items.length ? el("table", { id: "stories" },
      el("tr", {}, ["Span", "Story", "Articles", "Events", "Event types", "Key actors", "Places"].map((h) => el("th", {}, h))),
      data.items.map((s) => el("tr", { className: "story-row", "data-id": s.id, "data-dated-by": s.dated_by || "" },
        el("td", { className: "span" }, spanCell(s)), el("td", {}, storyLink(s.id, s.title || `story ${s.id}`)),
        el("td", {}, s.articles), el("td", {}, s.events), el("td", { className: "types" }, typeCounts(s.types)),
        el("td", {}, (s.actors || []).join(", ")), el("td", {}, (s.places || []).join(", ")))))
      : el("p", { className: "muted" }, "No stories match."));
}

// the other publishers that printed an article's text word for word (each a source): by
// publisher, else URL or input; linked when the URL is a web address
function copyLinks(copies) {
  return copies.flatMap((c, i) => [i ? ", " : "", /^https?:\/\//i.test(c.url || "")
    ? el("a", { href: c.url, rel: "noopener noreferrer" }, c.publisher || c.url) : (c.publisher || c.url || c.source)]);
}

function canonicalTable(items, withStory) {
  return el("table", { id: "canonical-events" },
    el("tr", {}, ["Date", "Type", "Who → whom", "Place", "Reports", "Sources", "Disagree on", "Sentence", withStory ? "Story" : null]
      .filter(Boolean).map((h) => el("th", {}, h))),
    items.map((v) => el("tr", { className: "canonical-row", "data-id": v.id, "data-type": v.type },
      el("td", {}, v.date || "undated"), el("td", {}, el("span", { className: "badge" }, v.type)),
      el("td", {}, `${v.source || "?"} → ${v.target || "?"}`), el("td", {}, v.place || ""),
      el("td", {}, canonicalLink(v.id, `${v.mentions} report${v.mentions === 1 ? "" : "s"}`)), el("td", {}, v.sources),
      el("td", { className: "conflicts" }, Object.entries(v.conflicts || {}).map(([field, said]) => `${field}: ${Object.keys(said).join(" / ")}`).join("; ")),
      el("td", { className: "muted", title: v.sentence || "" }, clip(v.sentence, 160)),
      withStory ? el("td", {}, v.story ? storyLink(v.story) : "") : null)));
}

async function viewStory(id) {
  const [story, events] = await Promise.all([
    api(`/api/stories/${encodeURIComponent(id)}`),
    api(`/api/canonical-events?${query({ story: id, limit: 500 })}`),
  ]);
  setView("stories",
    el("h1", { id: "story-title" }, story.title || `Story ${story.id}`),
    el("p", { className: "muted", id: "story-span" }, spanCell(story), ` · ${story.articles} article${story.articles === 1 ? "" : "s"} · ${story.events} event${story.events === 1 ? "" : "s"}`),
    el("p", { id: "story-types" }, (story.types || []).map((t) => el("span", { className: "badge", title: Object.entries(t.cameo || {}).map(([c, n]) => `CAMEO ${c} ×${n}`).join(", ") }, `${t.type} ×${t.events}`))),
    el("p", {}, el("strong", {}, "Key actors: "), (story.actors || []).join(", ") || "none", " · ", el("strong", {}, "Places: "), (story.places || []).join(", ") || "none"),
    el("h2", {}, `Events (${events.items.length}${events.next_offset ? "+" : ""})`),
    events.items.length ? canonicalTable(events.items, false) : el("p", { className: "muted" }, "No events."),
    el("h2", {}, `Articles (${story.article_list.length})`),
    el("table", { id: "story-articles" },
      el("tr", {}, ["Published", "Headline", "Publisher", "Quotes", "Events"].map((h) => el("th", {}, h))),
      story.article_list.map((a) => el("tr", {}, el("td", {}, a.published || ""), el("td", {}, articleLink(a.id, a.headline || a.id)),
        el("td", {}, a.publisher || "", (a.copies || []).length ? el("div", { className: "muted copies" }, "also printed by ", copyLinks(a.copies)) : null),
        el("td", {}, a.quotes), el("td", {}, a.events)))),
    el("h2", {}, `Quotes (${story.quotes.length})`),
    el("table", { id: "story-quotes" },
      el("tr", {}, ["Date", "Speaker", "Quote", "Kind", "Article"].map((h) => el("th", {}, h))),
      story.quotes.map((q) => el("tr", { className: "quote-row" }, el("td", {}, q.date || q.published || ""),
        el("td", { className: "who" }, q.speaker || q.speaker_text || "?"), el("td", {}, q.text), el("td", {}, q.kind),
        el("td", {}, articleLink(q.article_id, q.article_id.slice(0, 8)))))));
}

async function viewCanonical(params) {
  const data = await api(`/api/canonical-events?${query({ type: params.type, actor: params.actor, country: params.country, q: params.q, since: params.since, until: params.until, limit: 200 })}`);
  setView("canonical",
    el("h1", {}, "Events, each once"),
    filterForm([{ name: "type", label: "Type", options: PLOVER }, { name: "actor", label: "Actor" }, COUNTRY, { name: "q", label: "Words" },
      { name: "since", label: "Since", placeholder: "YYYY-MM-DD" }, { name: "until", label: "Until", placeholder: "YYYY-MM-DD" }],
    params, (v) => { location.hash = `#/canonical?${query(v)}`; }),
    el("p", { className: "muted" }, "Each real-world event once, with the reports of it across articles; the timeline lists every report."),
    data.items.length ? canonicalTable(data.items, true) : el("p", { className: "muted" }, "No events match."));
}

async function viewMentions(id) {
  const data = await api(`/api/canonical-events/${encodeURIComponent(id)}/mentions`);
  setView("canonical",
    el("h1", { id: "mentions-title" }, `Reports of event ${id}`),
    el("table", { id: "mentions" },
      el("tr", {}, ["Published", "Publisher", "Date given", "Trigger", "Sentence", "Article"].map((h) => el("th", {}, h))),
      data.items.map((m) => el("tr", { className: "mention-row" }, el("td", {}, m.published || ""),
        el("td", {}, m.publisher || "", m.duplicate_of ? el("span", { className: "badge", title: `copy of ${m.duplicate_of}` }, "copy") : null,
          (m.copies || []).length ? el("div", { className: "muted copies" }, "also printed by ", copyLinks(m.copies)) : null),
        el("td", {}, m.date || ""), el("td", {}, el("em", {}, m.trigger || "")), el("td", {}, m.sentence || ""),
        el("td", {}, articleLink(m.article_id, m.article_id.slice(0, 8), `events:${m.event_id}`))))));
}

// --- quotes ----------------------------------------------------------------------------------

async function viewQuotes(params) {
  const data = await api(`/api/quotes?${query({ q: params.q, speaker: params.speaker, since: params.since, until: params.until, limit: 100 })}`);
  setView("quotes",
    el("h1", {}, "Who said what"),
    filterForm([{ name: "q", label: "Words" }, { name: "speaker", label: "Speaker" },
      { name: "since", label: "Since", placeholder: "YYYY-MM-DD" }, { name: "until", label: "Until", placeholder: "YYYY-MM-DD" }],
    params, (v) => { location.hash = `#/quotes?${query(v)}`; }),
    el("table", { id: "quotes" },
      el("tr", {}, ["Date", "Speaker", "Quote", "Kind", "Article"].map((h) => el("th", {}, h))),
      data.items.map((q) => el("tr", { className: "quote-row" }, el("td", {}, q.date || ""), el("td", { className: "who" }, q.speaker || "?"),
        el("td", {}, q.text), el("td", {}, q.kind), el("td", {}, articleLink(q.article_id, q.article_id.slice(0, 8), `quotes:${q.id}`))))),
    data.items.length ? null : el("p", { className: "muted" }, "No quotes match."));
}

// --- events timeline -------------------------------------------------------------------------

async function viewEvents(params) {
  const data = await api(`/api/events?${query({ type: params.type, actor: params.actor, country: params.country, since: params.since, until: params.until, limit: 500 })}`);
  const days = new Map();
  for (const v of data.items) {
    const d = v.date || "undated";
    if (!days.has(d)) days.set(d, []);
    days.get(d).push(v);
  }
  setView("events",
    el("h1", {}, "Timeline of events"),
    filterForm([{ name: "type", label: "Type", options: PLOVER }, { name: "actor", label: "Actor" }, COUNTRY,
      { name: "since", label: "Since", placeholder: "YYYY-MM-DD" }, { name: "until", label: "Until", placeholder: "YYYY-MM-DD" }],
    params, (v) => { location.hash = `#/events?${query(v)}`; }),
    el("p", { className: "muted" }, "Dated by the text where it says when; ", el("span", { className: "badge published" }, "publication date"), " marks events dated only by the article's date."),
    el("div", { className: "timeline", id: "timeline" }, [...days.entries()].map(([d, events]) => el("div", { className: "day", "data-date": d },
      el("div", { className: "date" }, d),
      events.map((v) => el("div", { className: `event${v.date_from === "published" ? " from-published" : ""}`, "data-type": v.type, "data-date-from": v.date_from || "" },
        el("span", { className: "badge" }, v.type), v.date_from === "published" ? el("span", { className: "badge published" }, "publication date") : null,
        `${v.source || "?"} → ${v.target || "?"}: `, el("em", {}, v.trigger), v.place ? ` @ ${v.place}` : "", " ",
        el("span", { className: "sentence muted", title: v.sentence || "" }, clip(v.sentence, 160)), " ",
        articleLink(v.article_id, "article")))))),
    data.items.length ? null : el("p", { className: "muted" }, "No events match."));
}

// --- actor network ---------------------------------------------------------------------------

async function viewActors(params) {
  const data = await api(`/api/network?${query({ type: params.type, actor: params.actor, limit: 150 })}`);
  const nodes = data.nodes.slice(0, 40);
  const W = 900, H = 620, R = 250, cx = W / 2, cy = H / 2;
  const pos = new Map(nodes.map((n, i) => {
    const a = (2 * Math.PI * i) / Math.max(nodes.length, 1) - Math.PI / 2;
    return [n.name, [cx + R * Math.cos(a), cy + R * Math.sin(a)]];
  }));
  const drawn = data.edges.filter((e) => e.source !== e.target && pos.has(e.source) && pos.has(e.target));
  const picture = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, id: "network", role: "img", "aria-label": "actor network" },
    svg("defs", {}, svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 18, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" },
      svg("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#8aa0b6" }))),
    drawn.map((e) => {
      const [x1, y1] = pos.get(e.source), [x2, y2] = pos.get(e.target);
      return svg("g", {}, svg("line", { class: "edge", x1, y1, x2, y2, "stroke-width": 1 + Math.log2(e.count), "marker-end": "url(#arrow)" },
        svg("title", {}, `${e.source} → ${e.target}: ${e.type} ×${e.count}`)),
      svg("text", { class: "edge-label", x: (x1 + x2) / 2, y: (y1 + y2) / 2 }, `${e.type} ×${e.count}`));
    }),
    nodes.map((n) => {
      const [x, y] = pos.get(n.name);
      return svg("g", { class: "node" }, svg("circle", { cx: x, cy: y, r: 4 + Math.sqrt(n.events) * 2 }, svg("title", {}, `${n.name}: ${n.events} events`)),
        svg("text", { x: x + 8, y: y - 6 }, n.name));
    }));
  setView("actors",
    el("h1", {}, "Who acts on whom"),
    filterForm([{ name: "type", label: "Type", options: PLOVER }, { name: "actor", label: "Actor" }], params,
      (v) => { location.hash = `#/actors?${query(v)}`; }),
    picture,
    el("table", { id: "edges" }, el("tr", {}, ["Source", "Event type", "Target", "Count"].map((h) => el("th", {}, h))),
      data.edges.map((e) => el("tr", {}, el("td", {}, e.source), el("td", {}, e.type), el("td", {}, e.target), el("td", {}, e.count)))));
}

// --- map -------------------------------------------------------------------------------------

function ringPath(ring, W, H) {
  return ring.map(([lon, lat], i) => `${i ? "L" : "M"}${((lon + 180) * W / 360).toFixed(1)},${((90 - lat) * H / 180).toFixed(1)}`).join("") + "Z";
}

let worldCache = null;

async function viewMap(params) {
  const [world, places] = await Promise.all([
    worldCache || api("/api/world").then((w) => (worldCache = w)),
    api(`/api/map?${query({ type: params.type, actor: params.actor })}`),
  ]);
  const W = 1000, H = 500;
  const countries = world.features.map((f) => {
    const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;
    return svg("path", { class: "country", d: polys.map((p) => p.map((r) => ringPath(r, W, H)).join("")).join("") },
      svg("title", {}, f.properties.name || f.id));
  });
  const grid = [];
  for (let lon = -180; lon <= 180; lon += 30) grid.push(svg("line", { class: "graticule", x1: (lon + 180) * W / 360, y1: 0, x2: (lon + 180) * W / 360, y2: H }));
  for (let lat = -60; lat <= 60; lat += 30) grid.push(svg("line", { class: "graticule", x1: 0, y1: (90 - lat) * H / 180, x2: W, y2: (90 - lat) * H / 180 }));
  const dots = places.items.map((p) => svg("circle", { class: "dot", cx: (p.lon + 180) * W / 360, cy: (90 - p.lat) * H / 180, r: 3 + Math.sqrt(p.events) * 2 },
    svg("title", {}, `${p.name}${p.country ? ", " + p.country : ""}: ${p.events} events (${p.types.join(", ")})`)));
  setView("map",
    el("h1", {}, "Where events happened"),
    filterForm([{ name: "type", label: "Type", options: PLOVER }, { name: "actor", label: "Actor" }], params,
      (v) => { location.hash = `#/map?${query(v)}`; }),
    svg("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, id: "map", role: "img", "aria-label": "map of event places" }, grid, countries, dots),
    el("table", { id: "map-places" }, el("tr", {}, ["Place", "Country", "Events", "Types"].map((h) => el("th", {}, h))),
      places.items.map((p) => el("tr", {}, el("td", {}, p.name), el("td", {}, p.country || ""), el("td", {}, p.events), el("td", {}, p.types.join(", "))))));
}

// --- routing ---------------------------------------------------------------------------------

// an actor's or a place's country, by name or ISO code, as the API's ``country`` filter takes it
const COUNTRY = { name: "country", label: "Country", placeholder: "name or code" };

function viewNotFound(path) {
  setView("",
    el("h1", { id: "not-found" }, "No such page"),
    el("p", {}, `There is no page at #/${path}. `, el("a", { href: "#/" }, "See the articles"), " or pick a page above."));
}

function showError(err) {
  setView("", el("p", { className: "error", id: "error" }, err.message));
}

async function route() {
  const hash = location.hash.replace(/^#\/?/, "");
  const [path, qs] = hash.split("?");
  const params = Object.fromEntries(new URLSearchParams(qs || "").entries());
  const [view, arg] = path.split("/");
  try {
    if (view === "article" && arg) await viewArticle(decodeURIComponent(arg), params);
    else if (view === "stories") await viewStories(params);
    else if (view === "story" && arg) await viewStory(decodeURIComponent(arg));
    else if (view === "canonical" && arg) await viewMentions(decodeURIComponent(arg));
    else if (view === "canonical") await viewCanonical(params);
    else if (view === "quotes") await viewQuotes(params);
    else if (view === "events") await viewEvents(params);
    else if (view === "actors") await viewActors(params);
    else if (view === "map") await viewMap(params);
    else if (view === "") await viewArticles(params);
    else { viewNotFound(path); document.body.dataset.ready = "not-found"; return; }
    document.body.dataset.ready = view || "articles";
  } catch (err) { showError(err); document.body.dataset.ready = "error"; }
}

const tokenInput = document.getElementById("token");
tokenInput.value = sessionStorage.getItem("storyline-token") || "";
tokenInput.addEventListener("change", () => sessionStorage.setItem("storyline-token", tokenInput.value.trim()));
window.addEventListener("hashchange", () => { delete document.body.dataset.ready; route(); });
route();
