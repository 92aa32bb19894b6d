const SVG_NS = "http://www.w3.org/2000/svg";
const config = readJson("sl-config") || { mode: "embedded", palette: { quads: {}, type_colours: {} }, page_size: 50 };
const palette = config.palette;
const PAGE = config.page_size || 50;
const TYPES = Object.values(palette.quads).flatMap((q) => q.types);

// ---------------------------------------------------------------- helpers
function readJson(id) {
  const node = document.getElementById(id);
  return node ? JSON.parse(node.textContent) : null;
}

function safeHref(value) {
  const href = String(value);
  if (href.startsWith("#")) return href;
  try {
    const url = new URL(href);
    if (url.protocol === "http:" || url.protocol === "https:") return url.href;
  } catch (err) {
    return "#";
  }
  return "#";
}

function h(tag, props, ...children) {
  const node = document.createElement(tag);
  setProps(node, props);
  appendAll(node, children);
  return node;
}

function s(tag, props, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  setProps(node, props);
  appendAll(node, children);
  return node;
}

function setProps(node, props) {
  if (!props) return;
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) {
      if (typeof value === "function") node.addEventListener(key.slice(2), value);
    } else if (key === "text") {
      node.textContent = String(value);
    } else if (key === "href") {
      node.setAttribute("href", safeHref(value));
    } else {
      node.setAttribute(key, String(value));
    }
  }
}

function appendAll(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(typeof child === "object" ? child : document.createTextNode(String(child)));
  }
}

function link(route, text, props) {
  return h("a", Object.assign({ href: "#" + route, text: text }, props || {}));
}

function enc(id) {
  return encodeURIComponent(String(id));
}

function quadOf(type) {
  for (const [quad, spec] of Object.entries(palette.quads)) if (spec.types.includes(type)) return quad;
  return null;
}

function quadColour(type) {
  const quad = quadOf(type);
  return quad ? palette.quads[quad].colour : "#757575";
}

function typeColour(type) {
  return palette.type_colours[type] || "#757575";
}

function typeBadge(type) {
  const badge = h("span", { class: "badge", text: type || "?" });
  badge.style.background = quadColour(type);
  return badge;
}

function dateText(date) {
  if (!date || !date.start) return "undated";
  const span = date.end && date.end !== date.start ? date.start + " – " + date.end : date.start;
  return date.certainty === "exact" || !date.certainty ? span : span + " (" + date.certainty + ")";
}

function span(a, b) {
  if (!a && !b) return "undated";
  if (a === b || !b) return a;
  return (a || "?") + " – " + b;
}

function entityName(entities, id) {
  const entity = entities && entities[id];
  return entity ? entity.name : id;
}

function entityLink(entities, id) {
  return link("/entity/" + enc(id), entityName(entities, id));
}

function joinNodes(nodes, sep) {
  const out = [];
  nodes.forEach((node, i) => {
    if (i) out.push(sep);
    out.push(node);
  });
  return out;
}

function toDay(iso) {
  if (!iso || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const ms = Date.parse(iso + "T00:00:00Z");
  return Number.isNaN(ms) ? null : ms / 86400000;
}

function isoOfDay(day) {
  return new Date(day * 86400000).toISOString().slice(0, 10);
}

function lower(text) {
  return String(text || "").toLocaleLowerCase();
}

function page(items, offset, limit) {
  return { total: items.length, offset: offset, limit: limit, items: items.slice(offset, offset + limit) };
}

function pick(entities, ids) {
  const out = {};
  for (const id of ids) if (entities.has(id)) out[id] = entities.get(id);
  return out;
}

function eventEntityIds(events, extra) {
  const ids = new Set(extra || []);
  for (const event of events) {
    event.actors.forEach((id) => ids.add(id));
    event.recipients.forEach((id) => ids.add(id));
    if (event.location) ids.add(event.location);
  }
  return ids;
}
