/* storyline front-end: one renderer for the self-contained report and the `storyline serve` app.
 *
 * Data comes from a "source": EmbeddedSource reads the JSON blocks of report.html, ApiSource calls
 * the JSON API. Both answer with the same shapes (see storyline/report/views.py).
 * Every string from the data is untrusted: it only ever reaches the page through textContent,
 * attribute values set with setAttribute (never event handlers) or vetted hrefs. Nothing is parsed as HTML.
 */
(function () {
  "use strict";

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

  // ---------------------------------------------------------------- data sources
  class EmbeddedSource {
    constructor() {
      const data = readJson("sl-data") || { stories: [], events: [], entities: [], articles: [], meta: {} };
      this.data = data;
      this.texts = new Map();
      this.storyById = new Map(data.stories.map((story) => [story.id, story]));
      this.eventById = new Map(data.events.map((event) => [event.id, event]));
      this.entityById = new Map(data.entities.map((entity) => [entity.id, entity]));
      this.articleById = new Map(data.articles.map((article) => [article.id, article]));
      this.storyTypes = null;
      this.storyEntities = null;
      this.names = null;
    }

    index() {
      if (this.storyTypes) return;
      this.storyTypes = new Map();
      this.storyEntities = new Map();
      for (const story of this.data.stories) {
        this.storyTypes.set(story.id, new Set());
        this.storyEntities.set(story.id, new Set(story.entities));
      }
      for (const event of this.data.events) {
        const types = this.storyTypes.get(event.story_id);
        if (!types) continue;
        types.add(event.type);
        const ids = this.storyEntities.get(event.story_id);
        eventEntityIds([event]).forEach((id) => ids.add(id));
      }
    }

    async meta() {
      const languages = new Set();
      for (const story of this.data.stories) story.languages.forEach((lang) => languages.add(lang));
      return { counts: this.data.meta.counts || {}, languages: [...languages].sort(), generated: this.data.meta.generated };
    }

    async stories(params) {
      const q = lower(params.q);
      const needsIndex = params.type || params.entity;
      if (needsIndex) this.index();
      const from = params.from || "";
      const to = params.to || "";
      const items = this.data.stories.filter((story) => {
        if (q && !lower(story.title).includes(q)) return false;
        if (params.lang && !story.languages.includes(params.lang)) return false;
        if (from && !(story.end || story.start) ) return false;
        if (from && (story.end || story.start) < from) return false;
        if (to && !(story.start || story.end)) return false;
        if (to && (story.start || story.end) > to) return false;
        if (params.type && !this.storyTypes.get(story.id).has(params.type)) return false;
        if (params.entity && !this.storyEntities.get(story.id).has(params.entity)) return false;
        return true;
      });
      const result = page(items, params.offset || 0, params.limit || PAGE);
      result.entities = pick(this.entityById, result.items.flatMap((story) => story.entities.slice(0, 8)));
      return result;
    }

    async story(id) {
      const story = this.storyById.get(id);
      if (!story) return null;
      let events = story.timeline.map((eid) => this.eventById.get(eid)).filter(Boolean);
      if (!events.length) events = this.data.events.filter((event) => event.story_id === id);
      events = await this.expandEvents(events, true);
      const articles = story.article_ids.map((aid) => this.articleById.get(aid)).filter(Boolean);
      const members = new Set(story.article_ids);
      const cited = new Set(events.flatMap((e) => e.evidence.map((ev) => ev.article_id)).filter((aid) => !members.has(aid)));
      const evidenceArticles = [...cited].map((aid) => this.articleById.get(aid)).filter(Boolean);
      return { story: story, events: events, articles: articles, evidence_articles: evidenceArticles, entities: pick(this.entityById, eventEntityIds(events, story.entities)) };
    }

    async layersOf(id) {
      const meta = this.articleById.get(id);
      if (!meta) return null;
      if (document.readyState === "loading") {
        // the text blocks come after the script in the page: wait until the parser has read them
        await new Promise((resolve) => document.addEventListener("DOMContentLoaded", resolve, { once: true }));
      }
      const chunk = Number(meta.chunk) || 0;
      if (!this.texts.has(chunk)) this.texts.set(chunk, readJson("sl-texts-" + chunk) || {});
      return this.texts.get(chunk)[id] || null;
    }

    async expandEvents(events, withSentences) {
      // evidence is stored as [article id, start, end(, sentence)]; the sentence is cut from the text when absent
      const out = [];
      for (const event of events) {
        const evidence = [];
        for (const item of event.evidence) {
          let sentence = item.length > 3 ? item[3] : "";
          if (item.length <= 3 && withSentences) {
            const layers = await this.layersOf(item[0]);
            if (layers) sentence = sliceCodePoints(layers.text, item[1], item[2]);
          }
          evidence.push({ article_id: item[0], start: item[1], end: item[2], sentence: sentence });
        }
        out.push(Object.assign({}, event, { evidence: evidence }));
      }
      return out;
    }

    async article(id) {
      const meta = this.articleById.get(id);
      if (!meta) return null;
      const layers = (await this.layersOf(id)) || { text: "", mentions: [], times: [], events: [] };
      const article = Object.assign({ byline: null, machine_translated: false, translated_from: null }, meta, layers, {
        mentions: layers.mentions.map((m) => ({ start: m[0], end: m[1], kind: m[2], entity_id: m[3] })),
        times: layers.times.map((t) => ({ start: t[0], end: t[1], date: { start: t[2], end: t[3], granularity: t[4], certainty: t[5] } })),
        events: layers.events.map((e) => ({ start: e[0], end: e[1], type: e[2], quad: quadOf(e[2]), status: e[3], event_id: e[4], summary: e[5] })),
      });
      const ids = new Set(article.mentions.map((m) => m.entity_id).filter(Boolean));
      const story = meta.story_id ? this.storyById.get(meta.story_id) || null : null;
      return { article: article, story: story, entities: pick(this.entityById, ids) };
    }

    async listArticles(params) {
      const q = lower(params.q);
      const items = this.data.articles.filter((article) => {
        if (params.lang && article.language !== params.lang) return false;
        return !q || lower(article.title).includes(q);
      });
      return page(items, params.offset || 0, params.limit || PAGE);
    }

    async searchEntities(params) {
      const q = lower(params.q).trim();
      if (!this.names) {
        this.names = this.data.entities.map((entity) => [entity, [entity.name, ...entity.aliases.map((a) => a.text)].map(lower)]);
      }
      const items = q ? this.names.filter(([, names]) => names.some((name) => name.includes(q))).map(([entity]) => entity) : this.data.entities;
      return page(items, params.offset || 0, params.limit || PAGE);
    }

    async entity(id) {
      const entity = this.entityById.get(id);
      if (!entity) return null;
      const events = await this.expandEvents(this.data.events.filter((event) => eventEntityIds([event]).has(id)), false);
      this.index();
      const stories = this.data.stories.filter((story) => this.storyEntities.get(story.id).has(id));
      const articles = (entity.article_ids || []).map((aid) => this.articleById.get(aid)).filter(Boolean);
      return { entity: entity, events: events, stories: stories, articles: articles, entities: pick(this.entityById, eventEntityIds(events)) };
    }
  }

  class ApiSource {
    async get(path, params) {
      const query = new URLSearchParams();
      for (const [key, value] of Object.entries(params || {})) if (value !== undefined && value !== null && value !== "") query.set(key, value);
      const url = path + (query.toString() ? "?" + query.toString() : "");
      const response = await fetch(url, { headers: { Accept: "application/json" } });
      if (response.status === 404) return null;
      if (!response.ok) throw new Error("the server answered " + response.status + " for " + path);
      return response.json();
    }

    meta() { return this.get("/api/meta"); }
    stories(params) { return this.get("/api/stories", params); }
    story(id) { return this.get("/api/stories/" + enc(id)); }
    article(id) { return this.get("/api/articles/" + enc(id)); }
    listArticles(params) { return this.get("/api/articles", params); }
    searchEntities(params) { return this.get("/api/entities", params); }
    entity(id) { return this.get("/api/entities/" + enc(id)); }
  }

  // ---------------------------------------------------------------- routing
  const source = config.mode === "api" ? new ApiSource() : new EmbeddedSource();
  const root = document.getElementById("app");
  let metaCache = null;

  function parseRoute() {
    const hash = location.hash.replace(/^#/, "") || "/stories";
    const [path, query] = hash.split("?");
    const parts = path.split("/").filter(Boolean).map((part) => decodeURIComponent(part));
    return { parts: parts, params: new URLSearchParams(query || "") };
  }

  function go(path, params) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params || {})) if (value) query.set(key, value);
    const qs = query.toString();
    location.hash = "#" + path + (qs ? "?" + qs : "");
  }

  function shell(...content) {
    const search = h("input", { type: "search", name: "q", placeholder: "Search entities in any language", "aria-label": "search entities", id: "global-search" });
    const form = h("form", { role: "search", onsubmit: (e) => { e.preventDefault(); go("/search", { q: search.value }); } }, search, h("button", { type: "submit", text: "Search" }));
    const header = h("header", { class: "top" }, link("/stories", "storyline", { class: "brand" }), link("/stories", "Stories"), link("/articles", "Articles"), link("/search", "Entities"), form);
    const main = h("main", { id: "view" }, content);
    root.replaceChildren(header, main);
    window.scrollTo(0, 0);
    return main;
  }

  async function render() {
    const route = parseRoute();
    const [kind, id] = route.parts;
    performance.clearMarks("storyline:rendered");
    try {
      if (kind === "story" && id) await renderStory(id, route.params);
      else if (kind === "entity" && id) await renderEntity(id);
      else if (kind === "article" && id) await renderArticle(id, route.params);
      else if (kind === "search") await renderSearch(route.params);
      else if (kind === "articles") await renderArticles(route.params);
      else await renderStories(route.params);
    } catch (err) {
      shell(h("h1", { text: "Something went wrong" }), h("p", { class: "error", text: String(err && err.message ? err.message : err) }));
    }
    document.body.setAttribute("data-view", kind || "stories");
    // marks for benchmarks: when the first view and the latest view finished rendering
    if (!performance.getEntriesByName("storyline:first-view").length) performance.mark("storyline:first-view");
    performance.mark("storyline:rendered");
  }

  function notFound(what) {
    shell(h("h1", { text: what + " not found" }), h("p", null, link("/stories", "Back to the stories")));
  }

  // ---------------------------------------------------------------- story list
  async function renderStories(params) {
    if (!metaCache) metaCache = await source.meta();
    const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
    let entityId = params.get("entity") || "";
    const entityText = params.get("actor") || "";
    let entityNote = null;
    if (entityText && !entityId) {
      const found = await source.searchEntities({ q: entityText, limit: 1 });
      entityId = found && found.items.length ? found.items[0].id : "\u0000none";
      entityNote = found && found.items.length ? "Entity: " + found.items[0].name : "No entity matches “" + entityText + "”";
    }
    const query = {
      q: params.get("q") || "", lang: params.get("lang") || "", from: params.get("from") || "", to: params.get("to") || "",
      type: params.get("type") || "", entity: entityId, offset: offset, limit: PAGE,
    };
    const result = await source.stories(query);

    const field = (label, input) => h("label", null, label, input);
    const q = h("input", { type: "search", name: "q", value: query.q, placeholder: "words in the title" });
    const lang = h("select", { name: "lang" }, h("option", { value: "", text: "any" }), metaCache.languages.map((code) => h("option", { value: code, text: code, selected: code === query.lang })));
    const from = h("input", { type: "date", name: "from", value: query.from });
    const to = h("input", { type: "date", name: "to", value: query.to });
    const type = h("select", { name: "type" }, h("option", { value: "", text: "any" }), TYPES.map((t) => h("option", { value: t, text: t, selected: t === query.type })));
    const actor = h("input", { type: "search", name: "actor", value: entityText, placeholder: "name in any language" });
    const form = h("form", { class: "filters", id: "story-filters", onsubmit: (e) => {
      e.preventDefault();
      go("/stories", { q: q.value, lang: lang.value, from: from.value, to: to.value, type: type.value, actor: actor.value });
    } }, field("Title", q), field("Language", lang), field("From", from), field("To", to), field("Event type", type), field("Entity", actor),
    h("button", { type: "submit", text: "Filter" }), h("button", { type: "button", text: "Reset", onclick: () => go("/stories") }));

    const counts = metaCache.counts || {};
    const rows = result.items.map((story) => h("tr", { class: "story-row", "data-story": story.id },
      h("td", null, link("/story/" + enc(story.id), story.title || "(untitled story)"),
        h("div", { class: "meta" }, joinNodes(story.entities.slice(0, 5).map((eid) => entityLink(result.entities, eid)), ", "))),
      h("td", { class: "num", text: story.size }),
      h("td", { class: "num", text: story.event_count }),
      h("td", null, story.languages.map((code) => h("span", { class: "chip", text: code }))),
      h("td", { text: span(story.start, story.end) })));
    const table = h("table", { class: "list", id: "story-list" },
      h("thead", null, h("tr", null, ["Story", "Articles", "Events", "Languages", "Dates"].map((t) => h("th", { text: t })))),
      h("tbody", null, rows));
    const pager = pagerFor(result, (next) => {
      const keep = Object.fromEntries(params.entries());
      keep.offset = String(next);
      go("/stories", keep);
    });
    shell(h("h1", { text: "Stories" }),
      h("p", { class: "meta", text: [counts.stories, "stories ·", counts.articles, "articles ·", counts.events, "events ·", counts.entities, "entities"].join(" ") }),
      form, entityNote ? h("p", { class: "meta", text: entityNote }) : null,
      result.items.length ? table : h("p", { class: "muted", id: "story-list-empty", text: "No story matches these filters." }), pager);
  }

  function pagerFor(result, goTo) {
    if (result.total <= result.limit && result.offset === 0) return h("div", { class: "pager meta", text: result.total + " shown" });
    const last = Math.min(result.offset + result.limit, result.total);
    return h("div", { class: "pager" },
      h("button", { type: "button", text: "← Previous", disabled: result.offset === 0, onclick: () => goTo(Math.max(0, result.offset - result.limit)) }),
      h("span", { class: "meta", text: (result.total ? result.offset + 1 : 0) + "–" + last + " of " + result.total }),
      h("button", { type: "button", text: "Next →", disabled: last >= result.total, onclick: () => goTo(result.offset + result.limit) }));
  }

  // ---------------------------------------------------------------- story page
  async function renderStory(id, params) {
    const data = await source.story(id);
    if (!data) return notFound("Story");
    const story = data.story;
    const evidence = h("div", { id: "evidence", class: "evidence", hidden: true });
    const articlesById = new Map(data.articles.concat(data.evidence_articles || []).map((a) => [a.id, a]));
    const showEvent = (event, node) => {
      for (const other of document.querySelectorAll("svg .ev.selected")) other.classList.remove("selected");
      if (node) node.classList.add("selected");
      renderEvidence(evidence, event, data.entities, articlesById);
    };
    const main = shell(
      h("h1", { text: story.title || "(untitled story)" }),
      h("p", { class: "meta" }, story.size + " articles · " + story.event_count + " events · " + span(story.start, story.end) + " · ", story.languages.map((code) => h("span", { class: "chip", text: code }))),
      h("h2", { text: "Briefing" }),
      h("div", { class: "briefing", id: "briefing", text: story.summary || "No briefing for this story." }),
      h("h2", { text: "Timeline" }),
      quadLegend(),
      data.events.length ? timeline(data.events, showEvent) : h("p", { class: "muted", text: "No events found in this story." }),
      evidence,
      data.events.length ? h("details", { class: "event-table" }, h("summary", { text: "All events as a list (" + data.events.length + ")" }),
        h("ul", { class: "plain", id: "story-events" }, data.events.map((event) => h("li", null, typeBadge(event.type), " ",
          h("a", { href: "#/story/" + enc(story.id) + "?event=" + enc(event.id), text: event.summary || event.type, "data-event": event.id,
            onclick: (e) => { e.preventDefault(); showEvent(event, main.querySelector('#timeline [data-event="' + CSS.escape(event.id) + '"]')); evidence.scrollIntoView({ block: "nearest" }); } }),
          h("span", { class: "meta", text: " · " + dateText(event.date) + " · " + event.status + " · " + event.evidence.length + " sources" }))))) : null,
      h("div", { class: "cols" },
        h("section", null, h("h2", { text: "Actor network" }), network(data.events, data.entities)),
        h("section", null, h("h2", { text: "Main actors and places" }),
          h("ul", { class: "plain" }, story.entities.slice(0, 15).map((eid) => {
            const entity = data.entities[eid];
            return h("li", null, entityLink(data.entities, eid), entity ? h("span", { class: "meta", text: " " + [entity.kind, entity.country, entity.role].filter(Boolean).join(" · ") }) : null);
          })))),
      h("h2", { text: "Articles" }),
      h("ul", { class: "plain", id: "story-articles" }, data.articles.map((article) => h("li", null,
        link("/article/" + enc(article.id), article.title || "(untitled)"),
        h("span", { class: "meta", text: " " + [article.language, article.published, article.outlet].filter(Boolean).join(" · ") + (article.duplicate_of ? " · duplicate" : "") })))));
    const wanted = params.get("event");
    if (wanted) {
      const event = data.events.find((e) => e.id === wanted);
      if (event) showEvent(event, main.querySelector('[data-event="' + CSS.escape(wanted) + '"]'));
    }
  }

  function quadLegend() {
    return h("div", { class: "legend" }, Object.values(palette.quads).map((quad) => {
      const swatch = h("span", { class: "swatch" });
      swatch.style.background = quad.colour;
      return h("span", null, swatch, quad.label + " (" + quad.types.join(", ") + ")");
    }));
  }

  function renderEvidence(panel, event, entities, articlesById) {
    const who = (ids) => ids.length ? joinNodes(ids.map((eid) => entityLink(entities, eid)), ", ") : [h("span", { class: "muted", text: "—" })];
    panel.replaceChildren(
      h("h3", null, typeBadge(event.type), " ", event.summary || event.type),
      h("dl", { class: "facts" },
        h("dt", { text: "Date" }), h("dd", { text: dateText(event.date) }),
        h("dt", { text: "Type" }), h("dd", { text: event.type + (event.mode ? " / " + event.mode : "") }),
        h("dt", { text: "Status" }), h("dd", { text: event.status }),
        h("dt", { text: "Actors" }), h("dd", null, who(event.actors)),
        h("dt", { text: "Recipients" }), h("dd", null, who(event.recipients)),
        h("dt", { text: "Location" }), h("dd", null, event.location ? entityLink(entities, event.location) : "—"),
        h("dt", { text: "Confidence" }), h("dd", { text: Number(event.confidence).toFixed(2) })),
      h("h4", { text: "Evidence (" + event.evidence.length + ")" }),
      h("div", { class: "evidence-list" }, event.evidence.map((ev) => {
        const article = articlesById.get(ev.article_id);
        return h("div", { class: "evidence-item" },
          h("blockquote", { text: ev.sentence, lang: article ? article.language : null }),
          h("div", { class: "meta" }, "— ", link("/article/" + enc(ev.article_id) + "?at=" + ev.start, article ? article.title || "(untitled)" : ev.article_id),
            article ? " · " + [article.language, article.published, article.outlet].filter(Boolean).join(" · ") : ""));
      })));
    panel.hidden = false;
  }

  // ---------------------------------------------------------------- timeline (SVG)
  function timeline(events, onSelect) {
    const quads = Object.keys(palette.quads);
    const width = 960, left = 150, right = 30, top = 14, lane = 56, axis = 28;
    const dated = events.filter((e) => toDay(e.date && e.date.start) !== null);
    const undated = events.filter((e) => toDay(e.date && e.date.start) === null);
    const hasUndated = undated.length > 0;
    const plotRight = width - right - (hasUndated ? 90 : 0);
    let lo = Math.min(...dated.map((e) => toDay(e.date.start)));
    let hi = Math.max(...dated.map((e) => toDay(e.date.end) ?? toDay(e.date.start)));
    if (!dated.length) { lo = 0; hi = 1; }
    if (hi - lo < 2) { lo -= 1; hi += 1; }
    const x = (day) => left + ((day - lo) / (hi - lo)) * (plotRight - left);
    const height = top + lane * quads.length + axis;
    const svg = s("svg", { class: "timeline", id: "timeline", viewBox: "0 0 " + width + " " + height, role: "group", "aria-label": "timeline of " + events.length + " events" });

    quads.forEach((quad, i) => {
      const y = top + i * lane;
      svg.appendChild(s("rect", { x: left, y: y, width: width - right - left, height: lane, fill: i % 2 ? "#fafbfc" : "#ffffff" }));
      svg.appendChild(s("text", { class: "lane-label", x: 8, y: y + lane / 2 + 4, text: palette.quads[quad].label }));
    });
    const axisGroup = s("g", { class: "axis" });
    const axisY = top + lane * quads.length;
    axisGroup.appendChild(s("line", { x1: left, x2: plotRight, y1: axisY, y2: axisY }));
    if (dated.length) {
      const steps = [1, 2, 7, 14, 30, 61, 91, 182, 365, 730, 1826, 3652];
      const step = steps.find((d) => (hi - lo) / d <= 8) || 3652;
      for (let day = Math.ceil(lo / step) * step; day <= hi; day += step) {
        axisGroup.appendChild(s("line", { x1: x(day), x2: x(day), y1: axisY, y2: axisY + 5 }));
        axisGroup.appendChild(s("text", { x: x(day), y: axisY + 18, "text-anchor": "middle", text: step >= 30 ? isoOfDay(day).slice(0, 7) : isoOfDay(day) }));
      }
    }
    if (hasUndated) axisGroup.appendChild(s("text", { x: width - right - 45, y: axisY + 18, "text-anchor": "middle", text: "undated" }));
    svg.appendChild(axisGroup);

    const taken = new Map();
    const slot = (quad, px) => {
      const key = quad + ":" + Math.round(px / 14);
      const n = taken.get(key) || 0;
      taken.set(key, n + 1);
      return n;
    };
    const place = (event, cx, endX) => {
      const quad = quadOf(event.type) || quads[0];
      const lanes = quads.indexOf(quad);
      const n = slot(quad, cx);
      const cy = top + lanes * lane + 14 + (n % 3) * 14;
      const g = s("g", { class: "ev", tabindex: 0, role: "button", "data-event": event.id, "data-type": event.type, "aria-label": event.type + ": " + (event.summary || "") });
      if (endX && endX - cx > 3) g.appendChild(s("line", { x1: cx, x2: endX, y1: cy, y2: cy, stroke: quadColour(event.type), "stroke-width": 4, "stroke-opacity": 0.35 }));
      g.appendChild(s("circle", { cx: cx, cy: cy, r: 6, fill: quadColour(event.type), stroke: typeColour(event.type), "stroke-width": 1.5 }));
      g.appendChild(s("title", { text: event.type + " · " + dateText(event.date) + "\n" + (event.summary || "") }));
      g.addEventListener("click", () => onSelect(event, g));
      g.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); onSelect(event, g); } });
      svg.appendChild(g);
    };
    for (const event of dated) {
      const start = toDay(event.date.start);
      const end = toDay(event.date.end);
      place(event, x(start), end !== null && end > start ? x(end) : null);
    }
    undated.forEach((event) => place(event, width - right - 45, null));
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
    for (const type of types) {
      defs.appendChild(s("marker", { id: "arrow-" + type, viewBox: "0 0 10 10", refX: 18, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" },
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
        stroke: typeColour(edge.type), "stroke-width": Math.min(1.5 + edge.count, 6), "marker-end": "url(#arrow-" + edge.type + ")" },
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

  // ---------------------------------------------------------------- entity page
  async function renderEntity(id) {
    const data = await source.entity(id);
    if (!data) return notFound("Entity");
    const entity = data.entity;
    const aliases = [...entity.aliases].sort((a, b) => b.count - a.count);
    const events = data.events.slice(0, 300);
    shell(
      h("h1", { text: entity.name }),
      h("dl", { class: "facts" },
        h("dt", { text: "Kind" }), h("dd", { text: entity.kind }),
        h("dt", { text: "Country" }), h("dd", { text: entity.country || "—" }),
        h("dt", { text: "Role" }), h("dd", { text: entity.role || "—" }),
        h("dt", { text: "Knowledge base" }), h("dd", { text: entity.kb_id || "—" }),
        h("dt", { text: "Mentions" }), h("dd", { text: entity.mentions + " in " + entity.article_count + " articles" })),
      h("h2", { text: "Names across languages" }),
      h("table", { class: "list", id: "aliases" }, h("thead", null, h("tr", null, h("th", { text: "Name" }), h("th", { text: "Language" }), h("th", { text: "Count" }))),
        h("tbody", null, aliases.map((alias) => h("tr", null, h("td", { text: alias.text, lang: alias.lang }), h("td", { text: alias.lang || "?" }), h("td", { class: "num", text: alias.count }))))),
      h("h2", { text: "Events (" + data.events.length + ")" }),
      events.length ? h("ul", { class: "plain", id: "entity-events" }, events.map((event) => h("li", null, typeBadge(event.type), " ",
        event.story_id ? link("/story/" + enc(event.story_id) + "?event=" + enc(event.id), event.summary || event.type) : event.summary || event.type,
        h("span", { class: "meta", text: " · " + dateText(event.date) + " · " + event.status })))) : h("p", { class: "muted", text: "No events." }),
      h("h2", { text: "Stories (" + data.stories.length + ")" }),
      h("ul", { class: "plain" }, data.stories.slice(0, 100).map((story) => h("li", null, link("/story/" + enc(story.id), story.title || "(untitled story)"), h("span", { class: "meta", text: " · " + story.size + " articles · " + span(story.start, story.end) })))),
      h("h2", { text: "Articles (" + data.articles.length + ")" }),
      h("ul", { class: "plain" }, data.articles.slice(0, 100).map((article) => h("li", null, link("/article/" + enc(article.id), article.title || "(untitled)"), h("span", { class: "meta", text: " · " + [article.language, article.published].filter(Boolean).join(" · ") })))));
  }

  // ---------------------------------------------------------------- search
  async function renderSearch(params) {
    const q = params.get("q") || "";
    const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
    const result = await source.searchEntities({ q: q, offset: offset, limit: PAGE });
    const input = h("input", { type: "search", name: "q", value: q, id: "search-q", placeholder: "e.g. Путин, Zelensky, Genf" });
    const matching = (entity) => {
      const needle = lower(q);
      const alias = needle && entity.aliases.find((a) => lower(a.text).includes(needle) && a.text !== entity.name);
      return alias ? " · as “" + alias.text + "” (" + (alias.lang || "?") + ")" : "";
    };
    shell(h("h1", { text: q ? "Entities matching “" + q + "”" : "Entities" }),
      h("form", { class: "filters", onsubmit: (e) => { e.preventDefault(); go("/search", { q: input.value }); } }, h("label", null, "Name in any language or script", input), h("button", { type: "submit", text: "Search" })),
      result.items.length ? h("table", { class: "list", id: "search-results" },
        h("thead", null, h("tr", null, ["Entity", "Kind", "Country", "Mentions"].map((t) => h("th", { text: t })))),
        h("tbody", null, result.items.map((entity) => h("tr", { "data-entity": entity.id },
          h("td", null, link("/entity/" + enc(entity.id), entity.name), h("span", { class: "meta", text: matching(entity) })),
          h("td", { text: entity.kind }), h("td", { text: entity.country || "" }), h("td", { class: "num", text: entity.mentions })))))
        : h("p", { class: "muted", id: "search-empty", text: "No entity has that name." }),
      pagerFor(result, (next) => go("/search", { q: q, offset: String(next) })));
  }

  // ---------------------------------------------------------------- article list
  async function renderArticles(params) {
    if (!metaCache) metaCache = await source.meta();
    const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
    const query = { q: params.get("q") || "", lang: params.get("lang") || "", offset: offset, limit: PAGE };
    const result = await source.listArticles(query);
    const q = h("input", { type: "search", name: "q", value: query.q, placeholder: "words in the title" });
    const lang = h("select", { name: "lang" }, h("option", { value: "", text: "any" }), metaCache.languages.map((code) => h("option", { value: code, text: code, selected: code === query.lang })));
    const form = h("form", { class: "filters", onsubmit: (e) => { e.preventDefault(); go("/articles", { q: q.value, lang: lang.value }); } },
      h("label", null, "Title", q), h("label", null, "Language", lang), h("button", { type: "submit", text: "Filter" }));
    const rows = result.items.map((article) => h("tr", { "data-article": article.id },
      h("td", null, link("/article/" + enc(article.id), article.title || "(untitled)")),
      h("td", { text: article.language }), h("td", { text: article.published || "" }), h("td", { text: article.outlet || "" }),
      h("td", null, article.story_id ? link("/story/" + enc(article.story_id), "story") : "")));
    shell(h("h1", { text: "Articles" }), form,
      result.items.length ? h("table", { class: "list", id: "article-list" },
        h("thead", null, h("tr", null, ["Title", "Language", "Published", "Outlet", ""].map((t) => h("th", { text: t })))),
        h("tbody", null, rows)) : h("p", { class: "muted", id: "article-list-empty", text: "No article matches." }),
      pagerFor(result, (next) => go("/articles", { q: query.q, lang: query.lang, offset: String(next) })));
  }

  // ---------------------------------------------------------------- article view
  function sliceCodePoints(text, start, end) {
    const at = utf16Offsets(text);
    return text.slice(at(start), at(end));
  }

  function utf16Offsets(text) {
    // Offsets from the pipeline count code points; JavaScript strings count UTF-16 units.
    if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
    const map = [];
    let unit = 0;
    for (const ch of text) { map.push(unit); unit += ch.length; }
    map.push(unit);
    return (i) => map[Math.max(0, Math.min(i, map.length - 1))];
  }

  function highlighted(article, entities, focusAt) {
    const text = article.text || "";
    const at = utf16Offsets(text);
    const layers = [];
    for (const m of article.mentions) layers.push({ kind: "m", start: at(m.start), end: at(m.end), item: m });
    for (const t of article.times) layers.push({ kind: "t", start: at(t.start), end: at(t.end), item: t });
    for (const e of article.events) layers.push({ kind: "ev", start: at(e.start), end: at(e.end), item: e, origin: e.start });
    const cuts = new Set([0, text.length]);
    for (const layer of layers) {
      if (layer.start < layer.end && layer.start >= 0 && layer.end <= text.length) { cuts.add(layer.start); cuts.add(layer.end); }
    }
    const points = [...cuts].sort((a, b) => a - b);
    const container = h("div", { class: "article-text", id: "article-text", lang: article.language });
    let focusNode = null;
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const piece = text.slice(a, b);
      const active = layers.filter((l) => l.start <= a && l.end >= b && l.start < l.end);
      if (!active.length) { container.appendChild(document.createTextNode(piece)); continue; }
      const mention = active.find((l) => l.kind === "m");
      const time = active.find((l) => l.kind === "t");
      const event = active.find((l) => l.kind === "ev");
      const classes = [];
      const titles = [];
      if (event) { classes.push("ev-" + (event.item.quad || "other")); titles.push(event.item.type + (event.item.summary ? ": " + event.item.summary : "")); }
      if (time) { classes.push("t"); titles.push("time: " + dateText(time.item.date)); }
      if (mention) { classes.push("m", "m-" + mention.item.kind); titles.push(mention.item.kind + (mention.item.entity_id ? ": " + entityName(entities, mention.item.entity_id) : "")); }
      const props = { class: classes.join(" "), title: titles.join("\n"), text: piece };
      if (mention && mention.item.entity_id) props["data-entity"] = mention.item.entity_id;
      if (event && event.item.event_id) props["data-event"] = event.item.event_id;
      const node = mention && mention.item.entity_id ? h("a", Object.assign(props, { href: "#/entity/" + enc(mention.item.entity_id) })) : h("span", props);
      if (event && focusAt !== null && event.origin === focusAt) {
        node.classList.add("focus");
        if (!focusNode) focusNode = node;
      }
      container.appendChild(node);
    }
    return { container: container, focusNode: focusNode };
  }

  async function renderArticle(id, params) {
    const data = await source.article(id);
    if (!data) return notFound("Article");
    const article = data.article;
    const focusAt = params.has("at") ? parseInt(params.get("at"), 10) : null;
    const { container, focusNode } = highlighted(article, data.entities, focusAt);
    const toggle = (cls, label) => {
      const box = h("input", { type: "checkbox", checked: true, onchange: () => container.classList.toggle(cls, !box.checked) });
      return h("label", null, box, " " + label);
    };
    const facts = [
      ["Language", article.language], ["Published", article.published], ["Outlet", article.outlet], ["Byline", article.byline],
      ["Source", article.source], ["Translated", article.machine_translated ? "machine translated" + (article.translated_from ? " from " + article.translated_from : "") : null],
    ].filter(([, v]) => v);
    shell(
      h("h1", { text: article.title || "(untitled)" }),
      h("dl", { class: "facts" }, facts.map(([k, v]) => [h("dt", { text: k }), h("dd", { text: v })]),
        article.url ? [h("dt", { text: "URL" }), h("dd", null, h("a", { href: article.url, rel: "noopener noreferrer nofollow", target: "_blank", text: article.url }))] : null,
        data.story ? [h("dt", { text: "Story" }), h("dd", null, link("/story/" + enc(data.story.id), data.story.title || "(untitled story)"))] : null,
        article.duplicate_of ? [h("dt", { text: "Duplicate of" }), h("dd", null, link("/article/" + enc(article.duplicate_of), article.duplicate_of))] : null),
      h("div", { class: "toggles" }, toggle("hide-m", "entities (" + article.mentions.length + ")"), toggle("hide-t", "time expressions (" + article.times.length + ")"), toggle("hide-ev", "event sentences (" + article.events.length + ")")),
      container,
      h("h2", { text: "Events in this article" }),
      article.events.length ? h("ul", { class: "plain", id: "article-events" }, article.events.map((event) => h("li", null, typeBadge(event.type), " ",
        event.event_id && data.story ? link("/story/" + enc(data.story.id) + "?event=" + enc(event.event_id), event.summary || event.type) : event.summary || event.type,
        h("span", { class: "meta", text: " · " + event.status })))) : h("p", { class: "muted", text: "No events." }));
    if (focusNode) focusNode.scrollIntoView({ block: "center" });
  }

  window.addEventListener("hashchange", render);
  render();
})();
