// The Storyline UI: a hash-routed single page over the JSON API. Pages: stories (#/), a story (#/story/ID),
// an article with its annotations (#/article/ID?s=START&e=END scrolls to and marks that span), articles
// (#/articles) and search (#/search?q=...). All text goes through dom.js, never through markup.
import {el, replace, spanHref} from "./dom.js";
import {get, all, ApiError} from "./api.js";
import {sparkline, timeline, network, eventLine} from "./charts.js";

const main = document.getElementById("main");

function route() {
  const hash = location.hash || "#/";
  const [path, queryString] = hash.slice(1).split("?");
  const query = new URLSearchParams(queryString || "");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  let page;
  if (parts.length === 0) page = storiesPage();
  else if (parts[0] === "story" && parts[1]) page = storyPage(parts[1]);
  else if (parts[0] === "article" && parts[1]) page = articlePage(parts[1], query);
  else if (parts[0] === "articles") page = articlesPage(query);
  else if (parts[0] === "search") page = searchPage(query.get("q") || "");
  else page = Promise.resolve(el("p", {class: "error"}, "No such page: " + hash));
  document.body.dataset.loading = "1";
  page.then((node) => replace(main, node))
    .catch((e) => replace(main, errorBox(e)))
    .finally(() => { delete document.body.dataset.loading; });
}

function errorBox(e) {
  const box = el("div", {class: "error", role: "alert"});
  if (e instanceof ApiError) box.append(el("strong", {}, e.code), " ", e.message);
  else box.append("Something went wrong: " + e.message);
  return box;
}

// ---- stories -------------------------------------------------------------------------------------------------------

async function storiesPage() {
  const page = await get("stories", {limit: 200});
  const list = el("ol", {class: "stories"});
  for (const s of page.items) {
    list.append(el("li", {class: "story-card"},
      el("a", {href: "#/story/" + encodeURIComponent(s.id), class: "story-link"}, s.title || s.id),
      el("div", {class: "meta"}, `${s.articles} article${s.articles === 1 ? "" : "s"}`,
        s.first ? ` · ${s.first}${s.last && s.last !== s.first ? " – " + s.last : ""}` : "",
        s.outlets.length ? " · " + s.outlets.join(", ") : "",
        s.disputes ? ` · ${s.disputes} disputed claim${s.disputes === 1 ? "" : "s"}` : ""),
      sparkline(s.activity),
      s.summary ? el("p", {class: "summary"}, s.summary) : null));
  }
  return el("section", {},
    el("h1", {}, "Stories"),
    page.items.length ? list : el("p", {class: "muted"}, "No stories yet: ingest some articles (storyline ingest), or try storyline demo."),
    page.next ? el("p", {class: "muted"}, "Showing the first 200 stories.") : null);
}

// ---- one story -----------------------------------------------------------------------------------------------------

async function storyPage(id) {
  const story = await get("stories/" + encodeURIComponent(id));
  const [events, articles] = await Promise.all([
    all("events", {story: id}),
    Promise.all((story.articles || []).slice(0, 60).map((a) => get("articles/" + encodeURIComponent(a)))),
  ]);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const section = el("section", {class: "story"});
  section.append(el("h1", {}, story.title || story.id));
  if (story.summary) section.append(el("p", {class: "summary"}, story.summary));
  section.append(el("div", {class: "meta"}, `${(story.articles || []).length} articles`,
    story.first ? ` · ${story.first} – ${story.last}` : "", (story.outlets || []).length ? " · " + story.outlets.join(", ") : ""));

  // timeline
  const days = story.timeline || [];
  section.append(el("h2", {}, "Timeline"));
  if (days.length) {
    section.append(el("figure", {class: "timeline-figure"}, timeline(days),
      el("figcaption", {class: "muted"}, "Squares are events, circles quotations; each links to its sentence.")));
    const list = el("ol", {class: "timeline-list"});
    for (const d of days) {
      const items = el("ul");
      for (const item of d.items) {
        items.append(el("li", {class: "item " + item.kind},
          el("span", {class: "tag"}, item.kind === "event" ? item.type || "event" : "quote"),
          item.speaker ? el("span", {class: "who"}, item.speaker + ": ") : null,
          el("a", {href: spanHref(item.article, item.start, item.end), class: "span-link"}, item.text),
          el("span", {class: "muted"}, " — " + outletOf(byId, item.article))));
      }
      list.append(el("li", {}, el("time", {}, d.date), items));
    }
    section.append(el("details", {}, el("summary", {}, "Timeline as a list"), list));
  } else {
    section.append(el("p", {class: "muted"}, "No dated events or quotations in this story."));
  }

  // network
  section.append(el("h2", {}, "Who did what to whom"));
  const picked = el("div", {class: "edge-events"});
  section.append(el("div", {class: "network-box"}, network(events, (pair, labels) => {
    const list = el("ul");
    for (const e of pair.events) {
      list.append(el("li", {}, el("a", {href: spanHref(e.article, e.sentence.start, e.sentence.end), class: "span-link"}, eventLine(e)),
        el("span", {class: "muted"}, ` ${e.date || "undated"} — ${e.outlet || "unknown outlet"}`)));
    }
    replace(picked, el("h3", {}, `${labels.get(pair.from)} → ${labels.get(pair.to)}`), list);
  }), picked));

  // quotes by speaker
  section.append(el("h2", {}, "Quotations by speaker"));
  const bySpeaker = new Map();
  for (const a of articles) {
    for (const q of a.quotes || []) {
      const who = q.speaker ? q.speaker.name : "Unattributed";
      if (!bySpeaker.has(who)) bySpeaker.set(who, []);
      bySpeaker.get(who).push({article: a, quote: q});
    }
  }
  const speakers = [...bySpeaker.entries()].sort((p, q) => (p[0] === "Unattributed") - (q[0] === "Unattributed") || q[1].length - p[1].length);
  const quoteList = el("div", {class: "speakers"});
  for (const [who, quotes] of speakers) {
    const ul = el("ul");
    for (const {article, quote} of quotes) {
      ul.append(el("li", {}, el("a", {href: spanHref(article.id, quote.start, quote.end), class: "span-link quote-text"}, "“" + quote.text + "”"),
        el("span", {class: "muted"}, ` (${quote.kind}) — ${article.outlet || "unknown outlet"}`)));
    }
    quoteList.append(el("div", {class: "speaker"}, el("h3", {}, who), ul));
  }
  section.append(speakers.length ? quoteList : el("p", {class: "muted"}, "No quotations."));

  // outlets side by side, disputes highlighted
  section.append(el("h2", {}, "Outlets side by side"));
  const disputed = new Map();
  (story.disputes || []).forEach((d, i) => d.sides.forEach((s) => {
    if (!disputed.has(s.article)) disputed.set(s.article, []);
    disputed.get(s.article).push({claim: d.claim, index: i + 1, side: s});
  }));
  const outlets = new Map();
  for (const a of articles) {
    const o = a.outlet || "Unknown outlet";
    if (!outlets.has(o)) outlets.set(o, []);
    outlets.get(o).push(a);
  }
  const columns = el("div", {class: "outlets"});
  for (const [outlet, list] of [...outlets.entries()].sort()) {
    const column = el("div", {class: "outlet"}, el("h3", {}, outlet));
    for (const a of list) {
      const card = el("div", {class: "outlet-article" + (disputed.has(a.id) ? " disputed" : "")},
        el("a", {href: "#/article/" + encodeURIComponent(a.id)}, a.title || a.id),
        el("div", {class: "muted"}, a.published || "undated"));
      for (const d of disputed.get(a.id) || []) {
        card.append(el("div", {class: "dispute-side"}, el("span", {class: "tag dispute"}, "Dispute " + d.index),
          " ", el("a", {href: spanHref(a.id, d.side.start, d.side.end), class: "span-link"}, d.side.text)));
      }
      column.append(card);
    }
    columns.append(column);
  }
  section.append(columns);
  if ((story.disputes || []).length) {
    const ds = el("ol", {class: "disputes"});
    (story.disputes || []).forEach((d) => ds.append(el("li", {}, el("strong", {}, d.claim), " — ",
      d.sides.map((s) => s.outlet || "?").join(" vs "))));
    section.append(el("h3", {}, "Disputed claims"), ds);
  }
  return section;
}

function outletOf(byId, article) {
  const a = byId.get(article);
  return a ? (a.outlet || "unknown outlet") : article.slice(0, 12);
}

// ---- one article ---------------------------------------------------------------------------------------------------

/** Splits the text at every annotation boundary; each piece knows which annotations cover it. */
function annotatedText(article, focus) {
  const marks = [];
  (article.entities || []).forEach((e, i) => marks.push({kind: "entity", start: e.start, end: e.end, id: "entity-" + i,
    label: `${e.type}${e.actor ? " · " + e.actor : ""}: ${e.text}`}));
  (article.quotes || []).forEach((q, i) => marks.push({kind: "quote", start: q.start, end: q.end, id: "quote-" + i,
    label: `${q.kind} quotation${q.speaker ? " by " + q.speaker.name : ""}`}));
  (article.events || []).forEach((e, i) => {
    marks.push({kind: "event", start: e.trigger.start, end: e.trigger.end, id: "event-" + i,
      label: `${e.type}${e.cameo ? " (CAMEO " + e.cameo + ")" : ""}: ${eventLine(e)}${e.date ? " on " + e.date : ""}`});
  });
  (article.dates || []).forEach((d, i) => marks.push({kind: "date", start: d.start, end: d.end, id: "date-" + i,
    label: `date: ${d.value || "unresolved"}`}));
  if (focus) marks.push({kind: "focus", start: focus.start, end: focus.end, id: "focus", label: "the linked span"});
  const text = article.text;
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    if (m.start >= 0 && m.end <= text.length && m.start < m.end) { cuts.add(m.start); cuts.add(m.end); }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const body = el("div", {class: "article-text"});
  let focusNode = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i], to = points[i + 1];
    const covering = marks.filter((m) => m.start <= from && m.end >= to && m.start < m.end);
    if (!covering.length) { body.append(text.slice(from, to)); continue; }
    const kinds = [...new Set(covering.map((m) => m.kind))];
    const piece = el("span", {class: kinds.map((k) => "hl-" + k).join(" "), "data-start": from, "data-end": to,
      title: covering.filter((m) => m.kind !== "focus").map((m) => m.label).join("\n")}, text.slice(from, to));
    if (kinds.includes("focus") && !focusNode) { piece.id = "focus"; focusNode = piece; }
    body.append(piece);
  }
  return {body, focusNode};
}

async function articlePage(id, query) {
  const a = await get("articles/" + encodeURIComponent(id));
  const s = Number(query.get("s")), e = Number(query.get("e"));
  const focus = query.has("s") && Number.isInteger(s) && Number.isInteger(e) && s < e ? {start: s, end: e} : null;
  const {body, focusNode} = annotatedText(a, focus);
  const section = el("article", {class: "article"},
    el("h1", {class: "article-title"}, a.title || "(untitled)"),
    el("div", {class: "meta"}, [a.outlet, a.published, (a.authors || []).join(", ")].filter(Boolean).join(" · "),
      a.story ? " · " : "", a.story ? el("a", {href: "#/story/" + encodeURIComponent(a.story)}, "story") : null,
      a.url ? el("span", {class: "muted"}, " · " + a.url) : null),
    el("p", {class: "legend"}, el("span", {class: "hl-entity"}, "entity"), " ", el("span", {class: "hl-quote"}, "quotation"),
      " ", el("span", {class: "hl-event"}, "event"), " ", el("span", {class: "hl-date"}, "date"),
      focus ? [" ", el("span", {class: "hl-focus"}, "linked span")] : null),
    body);
  if ((a.events || []).length) {
    const list = el("ol", {class: "events"});
    for (const ev of a.events) {
      list.append(el("li", {}, el("a", {href: spanHref(a.id, ev.sentence.start, ev.sentence.end), class: "span-link"}, eventLine(ev)),
        el("span", {class: "muted"}, ` ${ev.date || "undated"}${ev.cameo ? " · CAMEO " + ev.cameo : ""}`)));
    }
    section.append(el("h2", {}, "Events"), list);
  }
  if ((a.quotes || []).length) {
    const list = el("ol", {class: "quotes"});
    for (const q of a.quotes) {
      list.append(el("li", {}, q.speaker ? el("strong", {}, q.speaker.name + ": ") : null,
        el("a", {href: spanHref(a.id, q.start, q.end), class: "span-link"}, "“" + q.text + "”")));
    }
    section.append(el("h2", {}, "Quotations"), list);
  }
  if (focusNode) {
    requestAnimationFrame(() => focusNode.scrollIntoView({block: "center"}));
  }
  return section;
}

// ---- articles ------------------------------------------------------------------------------------------------------

async function articlesPage(query) {
  const page = await get("articles", {limit: 100, cursor: query.get("cursor")});
  const list = el("ol", {class: "articles"});
  for (const a of page.items) {
    list.append(el("li", {}, el("a", {href: "#/article/" + encodeURIComponent(a.id)}, a.title || a.id),
      el("span", {class: "muted"}, " " + [a.outlet, a.published].filter(Boolean).join(" · "))));
  }
  return el("section", {}, el("h1", {}, "Articles"), list,
    page.next ? el("a", {href: "#/articles?cursor=" + encodeURIComponent(page.next)}, "Next page →") : null);
}

// ---- search --------------------------------------------------------------------------------------------------------

async function searchPage(q) {
  document.getElementById("search-box").value = q;
  const section = el("section", {}, el("h1", {}, q ? "Search: " + q : "Search"));
  if (!q) {
    section.append(el("p", {class: "muted"}, "Type words above: titles, paragraphs, quotations (and their speakers) and event sentences are searched."));
    return section;
  }
  const page = await get("search", {q, limit: 100});
  const groups = {article: "Articles", paragraph: "Paragraphs", quote: "Quotations", event: "Events"};
  for (const [kind, heading] of Object.entries(groups)) {
    const hits = page.items.filter((h) => h.kind === kind);
    if (!hits.length) continue;
    const list = el("ol", {class: "hits"});
    for (const h of hits) {
      list.append(el("li", {class: "hit " + kind},
        el("a", {href: kind === "article" ? "#/article/" + encodeURIComponent(h.article) : spanHref(h.article, h.start, h.end), class: "span-link"}, h.snippet),
        el("div", {class: "muted"}, h.title || h.article)));
    }
    section.append(el("h2", {}, heading), list);
  }
  if (!page.items.length) section.append(el("p", {class: "muted"}, "Nothing found."));
  return section;
}

document.getElementById("search-form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  location.hash = "#/search?q=" + encodeURIComponent(document.getElementById("search-box").value.trim());
});
window.addEventListener("hashchange", route);
route();
