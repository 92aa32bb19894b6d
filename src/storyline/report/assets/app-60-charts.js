// ---------------------------------------------------------------- timeline (SVG)
const ROW = 15; // vertical step between events stacked on the same day in one lane
const MAX_ROWS = 12; // a lane grows up to this many rows; beyond, marks may overlap (the event list has them all)

function timeline(events, onSelect) {
  const quads = Object.keys(palette.quads);
  const width = 960, left = 150, right = 30, top = 14, axis = 28;
  const dated = events.filter((e) => toDay(e.date && e.date.start) !== null);
  const undated = events.filter((e) => toDay(e.date && e.date.start) === null);
  const plotRight = width - right - (undated.length ? 90 : 0);
  let lo = Infinity, hi = -Infinity;
  for (const e of dated) {
    lo = Math.min(lo, toDay(e.date.start));
    hi = Math.max(hi, toDay(e.date.end) ?? toDay(e.date.start));
  }
  if (!dated.length) { lo = 0; hi = 1; }
  if (hi - lo < 2) { lo -= 1; hi += 1; }
  const x = (day) => left + ((day - lo) / (hi - lo)) * (plotRight - left);

  // layout first: each event's lane, x and stack position; lanes grow to fit their tallest stack
  const occupied = new Map(quads.map((quad) => [quad, []])); // per lane and row: the x spans taken
  const rows = new Map(quads.map((quad) => [quad, 3]));
  const marks = events.map((event) => {
    const quad = quadOf(event.type) || quads[0];
    const start = toDay(event.date && event.date.start);
    const end = toDay(event.date && event.date.end);
    const cx = start === null ? width - right - 45 : x(start);
    const endX = start !== null && end !== null && end > start ? x(end) : null;
    const span = [cx - 7, Math.max(cx, endX || cx) + 7]; // the circle, and the bar of a week/month/year
    const taken = occupied.get(quad);
    // the lowest row where nothing else is drawn over this span; a full lane overlaps in its last row
    let n = taken.findIndex((spans) => spans.every(([a, b]) => b <= span[0] || a >= span[1]));
    if (n < 0) n = taken.length < MAX_ROWS ? taken.length : MAX_ROWS - 1;
    if (!taken[n]) taken[n] = [];
    taken[n].push(span);
    rows.set(quad, Math.max(rows.get(quad), n + 1));
    return { event: event, quad: quad, n: n, cx: cx, endX: endX };
  });
  const laneTop = new Map();
  let y = top;
  for (const quad of quads) {
    laneTop.set(quad, y);
    y += 14 + rows.get(quad) * ROW;
  }
  const axisY = y;
  const height = axisY + axis;
  const svg = s("svg", { class: "timeline", id: "timeline", viewBox: "0 0 " + width + " " + height, role: "group", "aria-label": "timeline of " + events.length + " events" });

  quads.forEach((quad, i) => {
    const laneHeight = 14 + rows.get(quad) * ROW;
    svg.appendChild(s("rect", { x: left, y: laneTop.get(quad), width: width - right - left, height: laneHeight, fill: i % 2 ? "#fafbfc" : "#ffffff" }));
    svg.appendChild(s("text", { class: "lane-label", x: 8, y: laneTop.get(quad) + laneHeight / 2 + 4, text: palette.quads[quad].label }));
  });
  const axisGroup = s("g", { class: "axis" });
  axisGroup.appendChild(s("line", { x1: left, x2: plotRight, y1: axisY, y2: axisY }));
  if (dated.length) {
    const steps = [1, 2, 7, 14, 30, 61, 91, 182, 365, 730, 1826, 3652];
    const step = steps.find((d) => (hi - lo) / d <= 8) || 3652;
    for (let day = Math.ceil(lo / step) * step; day <= hi; day += step) {
      axisGroup.appendChild(s("line", { x1: x(day), x2: x(day), y1: axisY, y2: axisY + 5 }));
      axisGroup.appendChild(s("text", { x: x(day), y: axisY + 18, "text-anchor": "middle", text: step >= 30 ? isoOfDay(day).slice(0, 7) : isoOfDay(day) }));
    }
  }
  if (undated.length) axisGroup.appendChild(s("text", { x: width - right - 45, y: axisY + 18, "text-anchor": "middle", text: "undated" }));
  svg.appendChild(axisGroup);

  for (const mark of marks) {
    const event = mark.event;
    const cy = laneTop.get(mark.quad) + 14 + mark.n * ROW;
    const g = s("g", { class: "ev", tabindex: 0, role: "button", "data-event": event.id, "data-type": event.type, "aria-label": event.type + ": " + (event.summary || "") });
    if (mark.endX && mark.endX - mark.cx > 3) g.appendChild(s("line", { x1: mark.cx, x2: mark.endX, y1: cy, y2: cy, stroke: quadColour(event.type), "stroke-width": 4, "stroke-opacity": 0.35 }));
    g.appendChild(s("circle", { cx: mark.cx, cy: cy, r: 6, fill: quadColour(event.type), stroke: typeColour(event.type), "stroke-width": 1.5 }));
    g.appendChild(s("title", { text: event.type + " · " + dateText(event.date) + "\n" + (event.summary || "") }));
    g.addEventListener("click", () => onSelect(event, g));
    g.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); onSelect(event, g); } });
    svg.appendChild(g);
  }
  return svg;
}

// ---------------------------------------------------------------- actor network (SVG)
function network(events, entities) {
  const edges = new Map();
  const degree = new Map();
  for (const event of events) {
    for (const a of event.actors) {
      degree.set(a, (degree.get(a) || 0) + 1);
      for (const r of event.recipients) {
        if (a === r) continue;
        degree.set(r, (degree.get(r) || 0) + 1);
        const key = a + "\u0000" + r + "\u0000" + event.type;
        const edge = edges.get(key) || { from: a, to: r, type: event.type, count: 0 };
        edge.count += 1;
        edges.set(key, edge);
      }
    }
  }
  const nodes = [...degree.entries()].sort((p, q) => q[1] - p[1]).slice(0, 40).map(([id]) => id);
  if (!nodes.length) return h("p", { class: "muted", id: "network-empty", text: "No actors in this story's events." });
  const keep = new Set(nodes);
  const links = [...edges.values()].filter((e) => keep.has(e.from) && keep.has(e.to));
  const size = 520, pos = layout(nodes, links, size);
  const svg = s("svg", { class: "network", id: "network", viewBox: "0 0 " + size + " " + size, role: "group", "aria-label": "actor network" });
  const defs = s("defs");
  const types = [...new Set(links.map((e) => e.type))];
  // marker ids are numbered, never built from data: an event type is untrusted text too
  const markerOf = new Map(types.map((type, i) => [type, "sl-arrow-" + i]));
  for (const type of types) {
    defs.appendChild(s("marker", { id: markerOf.get(type), viewBox: "0 0 10 10", refX: 18, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" },
      s("path", { d: "M0,0 L10,5 L0,10 z", fill: typeColour(type) })));
  }
  svg.appendChild(defs);
  const pairIndex = new Map();
  for (const edge of links) {
    const pair = [edge.from, edge.to].sort().join("\u0000");
    const n = pairIndex.get(pair) || 0;
    pairIndex.set(pair, n + 1);
    const [x1, y1] = pos.get(edge.from), [x2, y2] = pos.get(edge.to);
    const bend = (n % 2 ? -1 : 1) * (12 + 14 * Math.floor(n / 2)) * (edge.from < edge.to ? 1 : -1);
    const mx = (x1 + x2) / 2, my = (y1 + y2) / 2, len = Math.hypot(x2 - x1, y2 - y1) || 1;
    const cx = mx - ((y2 - y1) / len) * bend, cy = my + ((x2 - x1) / len) * bend;
    svg.appendChild(s("path", { class: "edge", "data-type": edge.type, d: "M" + x1 + "," + y1 + " Q" + cx + "," + cy + " " + x2 + "," + y2,
      stroke: typeColour(edge.type), "stroke-width": Math.min(1.5 + edge.count, 6), "marker-end": "url(#" + markerOf.get(edge.type) + ")" },
      s("title", { text: entityName(entities, edge.from) + " → " + edge.type + " → " + entityName(entities, edge.to) + " (" + edge.count + ")" })));
  }
  for (const id of nodes) {
    const [cx, cy] = pos.get(id);
    const entity = entities[id];
    const g = s("g", { class: "node", "data-entity": id, tabindex: 0, role: "link" },
      s("circle", { cx: cx, cy: cy, r: 6 + Math.min(degree.get(id), 10), fill: entity && entity.kind === "LOC" ? "#c8e6c9" : entity && entity.kind === "ORG" ? "#b2ebf2" : "#e1bee7", stroke: "#455a64" }),
      s("text", { x: cx, y: cy - 10 - Math.min(degree.get(id), 10), "text-anchor": "middle", text: entityName(entities, id) }),
      s("title", { text: entityName(entities, id) }));
    const open = () => go("/entity/" + enc(id));
    g.addEventListener("click", open);
    g.addEventListener("keydown", (e) => { if (e.key === "Enter") open(); });
    svg.appendChild(g);
  }
  const legend = h("div", { class: "legend" }, types.map((type) => {
    const swatch = h("span", { class: "swatch" });
    swatch.style.background = typeColour(type);
    return h("span", null, swatch, type);
  }));
  return h("div", null, svg, legend);
}

function layout(nodes, links, size) {
  // Fruchterman–Reingold from a circle: deterministic, fine for the few dozen actors shown.
  const n = nodes.length, area = size * size, k = Math.sqrt(area / Math.max(n, 1)) * 0.5, pad = 60;
  const pos = new Map(nodes.map((id, i) => [id, [size / 2 + (size / 3) * Math.cos((2 * Math.PI * i) / n), size / 2 + (size / 3) * Math.sin((2 * Math.PI * i) / n)]]));
  if (n === 1) return new Map([[nodes[0], [size / 2, size / 2]]]);
  let temperature = size / 8;
  for (let iter = 0; iter < 200; iter++) {
    const move = new Map(nodes.map((id) => [id, [0, 0]]));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = pos.get(nodes[i]), b = pos.get(nodes[j]);
        let dx = a[0] - b[0], dy = a[1] - b[1];
        const d = Math.max(Math.hypot(dx, dy), 0.01), f = (k * k) / d;
        dx /= d; dy /= d;
        move.get(nodes[i])[0] += dx * f; move.get(nodes[i])[1] += dy * f;
        move.get(nodes[j])[0] -= dx * f; move.get(nodes[j])[1] -= dy * f;
      }
    }
    for (const edge of links) {
      const a = pos.get(edge.from), b = pos.get(edge.to);
      let dx = a[0] - b[0], dy = a[1] - b[1];
      const d = Math.max(Math.hypot(dx, dy), 0.01), f = (d * d) / k;
      dx /= d; dy /= d;
      move.get(edge.from)[0] -= dx * f; move.get(edge.from)[1] -= dy * f;
      move.get(edge.to)[0] += dx * f; move.get(edge.to)[1] += dy * f;
    }
    for (const id of nodes) {
      const p0 = pos.get(id), pull = move.get(id);
      pull[0] += (size / 2 - p0[0]) * 0.01 * k; // gravity: actors without links stay near the middle
      pull[1] += (size / 2 - p0[1]) * 0.01 * k;
    }
    for (const id of nodes) {
      const [mx, my] = move.get(id), d = Math.max(Math.hypot(mx, my), 0.01), p = pos.get(id);
      p[0] = Math.min(size - pad, Math.max(pad, p[0] + (mx / d) * Math.min(d, temperature)));
      p[1] = Math.min(size - pad, Math.max(pad, p[1] + (my / d) * Math.min(d, temperature)));
    }
    temperature *= 0.97;
  }
  // stretch the drawing to fill the box, keeping its proportions
  const xs = nodes.map((id) => pos.get(id)[0]), ys = nodes.map((id) => pos.get(id)[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((size - 2 * pad) / Math.max(x1 - x0, 1), (size - 2 * pad) / Math.max(y1 - y0, 1));
  for (const id of nodes) {
    const p = pos.get(id);
    p[0] = size / 2 + (p[0] - (x0 + x1) / 2) * scale;
    p[1] = size / 2 + (p[1] - (y0 + y1) / 2) * scale;
  }
  return pos;
}
