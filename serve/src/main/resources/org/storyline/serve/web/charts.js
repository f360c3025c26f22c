// Hand-written SVG charts (no third-party code): a sparkline of a story's activity, a story timeline whose marks
// link to the sentence they came from, and a who-did-what-to-whom network of actors.
import {el, svg, spanHref} from "./dom.js";

const DAY = 86400000;
const day = (iso) => Date.parse(iso + "T00:00:00Z");

/** activity: [{date, items}] -> a small bar sparkline over the days from the first to the last date. */
export function sparkline(activity, width = 160, height = 28) {
  const box = svg("svg", {width, height, viewBox: `0 0 ${width} ${height}`, class: "sparkline", role: "img"});
  if (!activity.length) {
    box.append(svg("line", {x1: 0, y1: height - 1, x2: width, y2: height - 1, class: "axis"}));
    return box;
  }
  const first = day(activity[0].date), last = day(activity[activity.length - 1].date);
  const span = Math.max(1, (last - first) / DAY + 1);
  const max = Math.max(...activity.map((a) => a.items));
  const barWidth = Math.max(2, width / span - 1);
  box.append(svg("title", {}, activity.map((a) => `${a.date}: ${a.items}`).join("\n")));
  for (const a of activity) {
    const x = ((day(a.date) - first) / DAY) * (width - barWidth) / Math.max(1, span - 1);
    const h = Math.max(2, (a.items / max) * (height - 2));
    box.append(svg("rect", {x: x.toFixed(1), y: (height - h).toFixed(1), width: barWidth.toFixed(1), height: h.toFixed(1), class: "bar"}));
  }
  return box;
}

/**
 * timeline: [{date, items: [{kind, article, start, end, text, type|speaker}]}] -> an SVG with one column per day
 * (placed on a time axis) of marks, each a link to its span.
 */
export function timeline(days) {
  const width = 900, rowHeight = 14, top = 20, left = 30, right = 30;
  const maxItems = Math.max(1, ...days.map((d) => d.items.length));
  const height = top + Math.min(maxItems, 24) * rowHeight + 30;
  const box = svg("svg", {viewBox: `0 0 ${width} ${height}`, class: "timeline", role: "img", "aria-label": "Timeline"});
  if (!days.length) return box;
  const first = day(days[0].date), last = day(days[days.length - 1].date);
  const x = (iso) => left + (last === first ? (width - left - right) / 2 : ((day(iso) - first) / (last - first)) * (width - left - right));
  const base = height - 24;
  box.append(svg("line", {x1: left, y1: base, x2: width - right, y2: base, class: "axis"}));
  const labelled = new Set([days[0].date, days[days.length - 1].date]);
  const every = Math.max(1, Math.ceil(days.length / 8));
  days.forEach((d, i) => { if (i % every === 0) labelled.add(d.date); });
  for (const d of days) {
    const cx = x(d.date);
    if (labelled.has(d.date)) {
      box.append(svg("text", {x: cx, y: height - 6, class: "tick", "text-anchor": "middle"}, d.date));
    }
    d.items.slice(0, 24).forEach((item, i) => {
      const label = `${d.date} ${item.kind === "event" ? (item.type || "event") : "quote" + (item.speaker ? " by " + item.speaker : "")}: ${item.text}`;
      const link = svg("a", {href: spanHref(item.article, item.start, item.end), class: "timeline-item " + item.kind,
        "data-article": item.article, "data-start": item.start, "data-end": item.end});
      link.append(svg("title", {}, label));
      link.append(item.kind === "event"
        ? svg("rect", {x: cx - 5, y: base - 12 - i * rowHeight, width: 10, height: 10, rx: 2})
        : svg("circle", {cx, cy: base - 7 - i * rowHeight, r: 5}));
      box.append(link);
    });
  }
  return box;
}

/**
 * events (as /api/events returns them) -> {figure, pairs}: an SVG network whose arrows go from sources to targets,
 * and the list of events per arrow (for the caller to show when an arrow is chosen).
 */
export function network(events, onPick) {
  const name = (arg) => arg.actor || arg.name;
  const labels = new Map(), degree = new Map(), pairs = new Map();
  for (const e of events) {
    for (const s of e.source) for (const t of e.target) {
      const a = name(s), b = name(t);
      if (a === b) continue;
      labels.set(a, labels.get(a) || s.name);
      labels.set(b, labels.get(b) || t.name);
      degree.set(a, (degree.get(a) || 0) + 1);
      degree.set(b, (degree.get(b) || 0) + 1);
      const key = a + "\u0000" + b;
      if (!pairs.has(key)) pairs.set(key, {from: a, to: b, events: []});
      pairs.get(key).events.push(e);
    }
  }
  const nodes = [...degree.keys()].sort((p, q) => degree.get(q) - degree.get(p) || p.localeCompare(q)).slice(0, 30);
  const size = 520, centre = size / 2, radius = size / 2 - 90;
  const box = svg("svg", {viewBox: `0 0 ${size} ${size}`, class: "network", role: "img", "aria-label": "Actor network"});
  const defs = svg("defs");
  const marker = svg("marker", {id: "arrow", viewBox: "0 0 10 10", refX: 18, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse"});
  marker.append(svg("path", {d: "M 0 0 L 10 5 L 0 10 z", class: "arrowhead"}));
  defs.append(marker);
  box.append(defs);
  if (!nodes.length) {
    box.append(svg("text", {x: centre, y: centre, "text-anchor": "middle", class: "muted"}, "No events with both a source and a target"));
    return box;
  }
  const at = new Map(nodes.map((n, i) => {
    const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    return [n, {x: centre + radius * Math.cos(angle), y: centre + radius * Math.sin(angle)}];
  }));
  for (const pair of pairs.values()) {
    if (!at.has(pair.from) || !at.has(pair.to)) continue;
    const p = at.get(pair.from), q = at.get(pair.to);
    const types = [...new Set(pair.events.map((e) => e.type))].join(", ");
    const edge = svg("g", {class: "edge", tabindex: 0, "data-from": pair.from, "data-to": pair.to});
    edge.append(svg("title", {}, `${labels.get(pair.from)} → ${labels.get(pair.to)}: ${types} (${pair.events.length})`));
    // a curve bending to the right of its direction, so that A→B and B→A do not overlap
    const dx = q.x - p.x, dy = q.y - p.y, length = Math.hypot(dx, dy) || 1;
    const c = {x: (p.x + q.x) / 2 - (dy / length) * 28, y: (p.y + q.y) / 2 + (dx / length) * 28};
    edge.append(svg("path", {d: `M ${p.x} ${p.y} Q ${c.x} ${c.y} ${q.x} ${q.y}`, fill: "none", "marker-end": "url(#arrow)",
      "stroke-width": Math.min(6, 1 + pair.events.length)}));
    edge.append(svg("text", {x: (p.x + 2 * c.x + q.x) / 4, y: (p.y + 2 * c.y + q.y) / 4 + 3, class: "edge-label", "text-anchor": "middle"}, types));
    edge.addEventListener("click", () => onPick(pair, labels));
    edge.addEventListener("keydown", (ev) => { if (ev.key === "Enter") onPick(pair, labels); });
    box.append(edge);
  }
  for (const n of nodes) {
    const p = at.get(n);
    const g = svg("g", {class: "node"});
    g.append(svg("circle", {cx: p.x, cy: p.y, r: 6 + Math.min(10, degree.get(n))}));
    g.append(svg("text", {x: p.x, y: p.y + (p.y < centre ? -20 : 28), "text-anchor": "middle"}, labels.get(n)));
    box.append(g);
  }
  return box;
}

/** A one-line description of an event for lists: "Valdria ACCUSE Kestria". */
export function eventLine(e) {
  const names = (args) => args.map((a) => a.name).join(", ") || "?";
  return `${names(e.source)} ${e.type}${e.negated ? " (negated)" : ""}${e.hypothetical ? " (hypothetical)" : ""} ${names(e.target)}`;
}

export {el};
