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
    if (params.sort === "newest" || params.sort === "oldest") {
      const key = (story) => (params.sort === "newest" ? story.end || story.start : story.start || story.end) || "";
      const sign = params.sort === "newest" ? -1 : 1;
      // undated stories last either way; the same order as the API's
      items.sort((a, b) => (!key(a) - !key(b)) || sign * (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0) || (a.id < b.id ? -1 : 1));
    }
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
