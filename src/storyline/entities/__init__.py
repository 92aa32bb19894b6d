"""Entities: one actor, whatever the language, script or inflection.

Per article (:class:`storyline.entities.stage.EntityStage`, stage name ``entities``), filling
``Article.mentions``:

1. **detect** name spans (:mod:`.detect`): a gazetteer of knowledge-base names (the only detector
   for Devanagari), capitalised runs split at title words, quoted company names (ТОВ «…»),
   organisation-of-place names (Служба безпеки України), and natasha's Russian NER for ru/uk/bg;
2. **lemmatise** (:mod:`.morph`): pymorphy3 for ru/uk (Путиным → Путин, Зеленським → Зеленський),
   simplemma for the other languages;
3. **link** to the knowledge base (:mod:`.kb`): exact alias, name-variant key (:mod:`.names`:
   transliterated and spelling-normalised, Zelensky = Зеленський = Selenskyj), then the key with a
   Slavic case ending removed; lone surnames attach to a full name of the same article;
4. **role** (:mod:`.roles`): the title next to a person ("Deputy Foreign Minister Sergei Ryabkov",
   "Karen Donfried, the Assistant Secretary of State"), else the KB office held on the article date.

``Mention.key`` is ``kb:<id>`` for a KB match (``kb:per/vladimir-putin``, ``kb:loc/UKR``,
``kb:org/nato``), else ``<KIND>:<folded Latin lemma>`` (``PER:christopher granville``);
``Mention.name`` the English/Latin canonical name.

Across the corpus, :func:`storyline.entities.link.link_entities` merges keys into entities: one per
KB entry, and non-KB names of the same kind whose stemmed variant keys agree (never two different
first names with one surname). Entity ids are ``stable_id("e", kb id or name signature)``.

Reusable knowledge base::

    from storyline.entities.kb import KnowledgeBase
    kb = KnowledgeBase.load(["extra.yaml"])      # built-in + user files (YAML or CSV, ``--kb FILE``)
    entry = kb.lookup("Путиным", "ru")[0]         # KBEntry(id, kind, name, country, aliases, roles)
    entry.role_on("2022-01-10")                  # "President"
"""
