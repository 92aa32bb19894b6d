"""Who acts when word order does not tell: case, passive participles, motion verbs, noun triggers."""

from __future__ import annotations

import json
from dataclasses import replace
from importlib import resources

from storyline.events.arguments import find_arguments
from storyline.events.lexicon import SUPPORTED_LANGUAGES
from storyline.events.roles import (
    cannot_be_subject,
    is_passive_participle,
    is_quantity_unit,
    role_cues,
    surely_subject,
)
from storyline.events.stage import EventStage
from storyline.events.status import event_status
from storyline.model import Article, Mention
from tests.events.helpers import article


def run(item: Article) -> Article:
    (out,) = EventStage(use_classifier=False).process([item])
    return out


def with_lemmas(item: Article, lemmas: dict[str, str]) -> Article:
    mentions = tuple(replace(m, lemma=lemmas.get(m.text, m.lemma)) for m in item.mentions)
    return replace(item, mentions=mentions)


def test_role_data_has_every_list_and_compiles() -> None:
    data = json.loads(resources.files("storyline").joinpath("data", "event_roles", "roles.json").read_text("utf-8"))
    assert data["about"]
    for key in ("motion_participles", "determiners", "of", "support_verbs", "auxiliaries"):
        assert set(data[key]) >= {"en", "fr", "es", "it"}, key
    for lang in SUPPORTED_LANGUAGES:
        cues = role_cues(lang)
        assert cues.quantity.fullmatch("млн") and cues.quantity.fullmatch("mln")
    assert role_cues("fr").motion is not None and role_cues("fr").motion.fullmatch("arrivée")
    assert role_cues("es").support is not None and role_cues("es").support.fullmatch("convocó")
    assert role_cues("pl").title is not None and role_cues("pl").title.fullmatch("Prezydent")


def test_case_of_names() -> None:
    austria = Mention(0, 7, "Австрія", "LOC", "Австрія", "kb:loc/AUT", "Austria")
    capitol = Mention(0, 9, "Капітолію", "LOC", "Капітолій", "LOC:capitol", "Capitol")
    ryabkov = Mention(0, 6, "Рябков", "PER", "Рябков", "kb:ryabkov", "Sergei Ryabkov")
    biden = Mention(0, 7, "Байдена", "PER", "Байден", "kb:biden", "Joe Biden")
    assert surely_subject(austria, "uk") and not cannot_be_subject(austria, "uk")
    assert cannot_be_subject(capitol, "uk")
    assert not cannot_be_subject(ryabkov, "ru")  # unknown surname: its bare stem is a nominative
    assert cannot_be_subject(biden, "ru")
    rosji = Mention(0, 5, "Rosji", "LOC", "Rosja", "kb:loc/RUS", "Russia")
    assert cannot_be_subject(rosji, "pl") and not cannot_be_subject(replace(rosji, text="Rosja"), "pl")
    assert is_passive_participle("задержан", "ru") and not is_passive_participle("задержал", "ru")


def test_quantity_units_are_not_names_that_act() -> None:
    sentence = "Biden przekazał 500 mln USD i wezwał Kongres."
    usd = Mention(sentence.index("USD"), sentence.index("USD") + 3, "USD", "ORG", "USD", "ORG:usd", "USD")
    assert is_quantity_unit(sentence, usd)
    kongres = Mention(sentence.index("Kongres"), sentence.index("Kongres") + 7, "Kongres", "ORG", "Kongres", "k", "K")
    assert not is_quantity_unit(sentence, kongres)


def test_ukrainian_object_first_subject_after_verb() -> None:
    text = "«Північний потік-2» публічно підтримує Австрія, менш відкрито — Нідерланди."
    specs = [
        ("Північний потік-2", "ORG", "ORG:ns2", "Nord Stream 2", "RUS"),
        ("Австрія", "LOC", "kb:loc/AUT", "Austria", "AUT"),
    ]
    (event,) = run(article(text, "uk", specs)).events
    assert event.type == "SUPPORT"
    assert event.actors == ("kb:loc/AUT",) and event.recipients == ("ORG:ns2",)


def test_name_in_the_genitive_does_not_act_but_an_office_holder_does() -> None:
    specs = [("Rosji", "LOC", "kb:loc/RUS", "Russia", "RUS"), ("Zachodu", "LOC", "LOC:west", "West", None)]
    text = "Posłowie przyjęli rezolucję potępiającą agresję Rosji i zaapelowali do Zachodu o sankcje."
    out = run(with_lemmas(article(text, "pl", specs), {"Rosji": "Rosja", "Zachodu": "Zachód"}))
    assert all("kb:loc/RUS" not in e.actors for e in out.events)
    text = "Prezydent Litwy zaapelował do Zachodu o nowe sankcje."
    specs = [("Litwy", "LOC", "kb:loc/LTU", "Lithuania", "LTU"), ("Zachodu", "LOC", "LOC:west", "West", None)]
    out = run(with_lemmas(article(text, "pl", specs), {"Litwy": "Litwa", "Zachodu": "Zachód"}))
    assert [e.actors for e in out.events] == [("kb:loc/LTU",)]


def test_organisation_speaking_through_a_subjectless_plural() -> None:
    text = "У «Газпромі» спростували заяву «Нафтогазу» про арешт акцій."
    specs = [
        ("Газпромі", "ORG", "kb:gazprom", "Gazprom", "RUS"),
        ("Нафтогазу", "ORG", "kb:naftogaz", "Naftogaz", "UKR"),
    ]
    (event,) = run(article(text, "uk", specs)).events
    assert event.type == "REJECT" and event.actors == ("kb:gazprom",)


def test_russian_passive_participle_subject_is_acted_upon() -> None:
    text = "Журналист Петров задержан в Москве после акции."
    specs = [("Петров", "PER", "PER:petrov", "Petrov", "RUS"), ("Москве", "LOC", "kb:moscow", "Moscow", "RUS")]
    out = run(article(text, "ru", specs))
    assert all("PER:petrov" not in e.actors for e in out.events)


def test_italian_reflexive_with_essere_is_active() -> None:
    jalil = ("Mustafa Abdel Jalil", "PER", "PER:jalil", "Mustafa Abdel Jalil", "LBY")
    (event,) = run(article("Il ministro Mustafa Abdel Jalil si è dimesso ieri sera.", "it", [jalil])).events
    assert (event.type, event.mode, event.actors) == ("RETREAT", "resign", ("PER:jalil",))
    text = "Il giornalista Mario Rossi è stato liberato dai ribelli."
    out = run(article(text, "it", [("Mario Rossi", "PER", "PER:rossi", "Mario Rossi", "ITA")]))
    assert all("PER:rossi" not in e.actors for e in out.events)


def test_noun_trigger_after_another_verb_or_with_de_is_not_the_subjects_event() -> None:
    fassino = ("Piero Fassino", "PER", "PER:fassino", "Piero Fassino", "ITA")
    out = run(article("Piero Fassino sospende la manifestazione di chiusura della campagna.", "it", [fassino]))
    assert [e for e in out.events if e.type == "PROTEST"] == []
    text = "El Ejército ataca la ciudad y motiva la condena del primer ministro turco, Recep Tayyip Erdogan."
    specs = [("Recep Tayyip Erdogan", "PER", "kb:erdogan", "Recep Tayyip Erdoğan", "TUR")]
    out = run(article(text, "es", specs))
    assert all(e.type != "ACCUSE" for e in out.events)


def test_place_from_another_clause_is_not_the_location() -> None:
    council = ("Conseil de sécurité de l'ONU", "ORG", "kb:unsc", "UN Security Council", None)
    libya = ("Libye", "LOC", "kb:loc/LBY", "Libya", "LBY")
    text = "Face à l'aggravation de la situation en Libye, le Conseil de sécurité de l'ONU s'est réuni mardi."
    (event,) = run(article(text, "fr", [council, libya])).events
    assert event.type == "CONSULT" and event.location is None
    france = ("France", "LOC", "kb:loc/FRA", "France", "FRA")
    pcf = ("PCF", "ORG", "ORG:pcf", "PCF", "FRA")
    (event,) = run(article("En France, le PCF a condamné la répression.", "fr", [france, pcf])).events
    assert event.actors == ("ORG:pcf",) and event.location == "kb:loc/FRA"


def test_country_after_a_word_for_cities_is_a_place() -> None:
    usa = ("США", "LOC", "kb:loc/USA", "United States", "USA")
    out = run(article("Також в інших містах США люди вийшли на вулиці.", "uk", [usa]))
    assert all("kb:loc/USA" not in e.actors for e in out.events)


def test_place_that_is_the_topic_of_talks_is_not_their_location() -> None:
    specs = [
        ("Karen Donfried", "PER", "kb:donfried", "Karen Donfried", "USA"),
        ("Sergei Ryabkov", "PER", "kb:ryabkov", "Sergei Ryabkov", "RUS"),
    ]
    ukraine = ("Ukraine", "LOC", "kb:loc/UKR", "Ukraine", "UKR")
    text = "Karen Donfried discussed with Sergei Ryabkov the situation in Ukraine."
    (event,) = run(article(text, "en", [*specs, ukraine])).events
    assert event.location is None and "kb:loc/UKR" not in event.actors + event.recipients
    moscow = ("Moscow", "LOC", "kb:moscow", "Moscow", "RUS")
    (event,) = run(article("Karen Donfried met Sergei Ryabkov in Moscow.", "en", [*specs, moscow])).events
    assert event.location == "kb:moscow"


def test_threatened_strike_is_not_a_strike_that_happened() -> None:
    stage = EventStage(use_classifier=False)
    text = "Pracownicy linii Ryanair grożą strajkiem w czterech krajach."
    strike = next(t for t in stage.lexicon.find_triggers(text, "pl") if t.type == "PROTEST")
    assert event_status(text, strike, stage.lexicon.cues("pl"), lang="pl") == "hypothetical"
    text = "Pracownicy linii Ryanair rozpoczęli strajk w czterech krajach."
    strike = next(t for t in stage.lexicon.find_triggers(text, "pl") if t.type == "PROTEST")
    assert event_status(text, strike, stage.lexicon.cues("pl"), lang="pl") == "reported"


def test_name_after_a_reporting_verb_or_a_colon_is_not_the_target() -> None:
    specs = [("Ryanair", "ORG", "kb:ryanair", "Ryanair", "IRL"), ("Reuters", "ORG", "kb:reuters", "Reuters", None)]
    (event,) = run(article("Ryanair pilots went on strike, Reuters reported on Friday.", "en", specs)).events
    assert event.type == "PROTEST" and event.actors == ("kb:ryanair",) and event.recipients == ()
    spain = ("Spain", "LOC", "kb:loc/ESP", "Spain", "ESP")
    text = "Ryanair staff went on strike in four countries: Spain and others."
    (event,) = run(article(text, "en", [specs[0], spain])).events
    assert event.recipients == ()


def test_who_receives_threats_is_not_who_threatens() -> None:
    express = ("Radio Express", "ORG", "ORG:express", "Radio Express", None)
    text = "Ieri Radio Express ha ricevuto minacce e insulti dalla polizia."
    out = run(article(text, "it", [express]))
    assert [e.actors for e in out.events if e.type == "THREATEN"] == []


def test_host_who_received_a_visitor_and_hashtags() -> None:
    specs = [
        ("Sergio Mattarella", "PER", "kb:mattarella", "Sergio Mattarella", "ITA"),
        ("Volodymyr Zelensky", "PER", "kb:zelensky", "Volodymyr Zelensky", "UKR"),
    ]
    text = "Sergio Mattarella ha ricevuto Volodymyr Zelensky al Quirinale."
    (event,) = run(article(text, "it", specs)).events
    assert event.type == "CONSULT" and event.actors == ("kb:zelensky",) and event.recipients == ("kb:mattarella",)
    students = ("Università", "ORG", "ORG:uni", "University", None)
    out = run(article("Gli studenti della Università nazionale in #protesta verso il mercato.", "it", [students]))
    assert out.events == ()


def test_topic_place_after_an_elided_article_and_far_targets() -> None:
    russia = ("Russia", "LOC", "kb:loc/RUS", "Russia", "RUS")
    libya = ("Libia", "LOC", "kb:loc/LBY", "Libya", "LBY")
    (event,) = run(article("La Russia ha deplorato l'intervento militare in Libia.", "it", [russia, libya])).events
    assert event.actors == ("kb:loc/RUS",) and event.location is None
    hague = ("William Hague", "PER", "kb:hague", "William Hague", "GBR")
    gaddafi = ("Muammar Gheddafi", "PER", "kb:gaddafi", "Muammar Gaddafi", "LBY")
    text = (
        "William Hague ha chiesto una inchiesta internazionale sulle atrocità commesse nella repressione "
        "delle proteste contro il regime di Muammar Gheddafi."
    )
    (event,) = run(article(text, "it", [hague, gaddafi])).events
    assert event.type == "REQUEST" and event.recipients == ()


def test_announced_strike_is_planned() -> None:
    stage = EventStage(use_classifier=False)
    cues = stage.lexicon.cues("es")
    text = "La CGT convocó una huelga general contra el Gobierno."
    strike = next(t for t in stage.lexicon.find_triggers(text, "es") if t.type == "PROTEST")
    assert event_status(text, strike, cues, lang="es") == "planned"
    text = "Los trabajadores de la CGT están en huelga desde el lunes."
    strike = next(t for t in stage.lexicon.find_triggers(text, "es") if t.type == "PROTEST")
    assert event_status(text, strike, cues, lang="es") == "reported"


def test_he_after_a_reporting_verb_is_the_speaker_and_places_in_the_that_clause_are_not_locations() -> None:
    specs = [
        ("Ryabkov", "PER", "kb:ryabkov", "Sergei Ryabkov", "RUS"),
        ("NATO", "ORG", "kb:nato", "NATO", None),
        ("Ukraine", "LOC", "kb:loc/UKR", "Ukraine", "UKR"),
    ]
    text = "Ryabkov announced that in the talks he would seek guarantees that NATO would not put arms in Ukraine."
    events = run(article(text, "en", specs)).events
    assert [(e.type, e.actors, e.location) for e in events] == [("REQUEST", ("kb:ryabkov",), None)]
    assert events[0].recipients == ("kb:nato",)


def test_agent_of_another_participle_after_a_noun_is_not_the_doer() -> None:
    laden = ("Bin Laden", "PER", "kb:binladen", "Osama bin Laden", None)
    out = run(article("Gheddafi parla in tv: le loro richieste vengono dettate da Bin Laden.", "it", [laden]))
    assert all("kb:binladen" not in e.actors for e in out.events)
    out = run(article("Gheddafi in tv: una rivolta mossa da Bin Laden contro il paese.", "it", [laden]))
    assert all("kb:binladen" not in e.actors for e in out.events)


def test_names_in_a_purpose_or_content_clause_are_not_parties() -> None:
    putin = ("Putin", "PER", "kb:putin", "Vladimir Putin", "RUS")
    bolshoi = ("Teatr Bolszoj", "ORG", "ORG:bolshoi", "Bolshoi Theatre", "RUS")
    text = "Putin zaproponował mu, by połączył Teatr Bolszoj z innym teatrem."
    (event,) = run(article(text, "pl", [putin, bolshoi])).events
    assert event.type == "REQUEST" and event.recipients == ()
    trump = ("Дональд Трамп", "PER", "kb:trump", "Donald Trump", "USA")
    house = ("Білий дім", "ORG", "kb:whitehouse", "White House", "USA")
    text = "Президент Дональд Трамп пообіцяв, що залишить Білий дім за певної умови."
    (event,) = run(article(text, "uk", [trump, house])).events
    assert event.actors == ("kb:trump",)


def test_place_after_an_infinitive_is_part_of_the_demand() -> None:
    maas = ("Хайко Маас", "PER", "kb:maas", "Heiko Maas", "DEU")
    europe = ("Европе", "LOC", "kb:europe", "Europe", None)
    text = "Министр Хайко Маас призвал решать вопросы энергетики в Европе."
    (event,) = run(article(text, "ru", [maas, europe])).events
    assert event.actors == ("kb:maas",) and event.location is None


def test_what_someone_should_do_is_hypothetical() -> None:
    stage = EventStage(use_classifier=False)
    text = "Silvio dovrebbe rifiutarsi di considerare il problema."
    reject = next(t for t in stage.lexicon.find_triggers(text, "it") if t.type == "REJECT")
    assert event_status(text, reject, stage.lexicon.cues("it"), lang="it") == "hypothetical"


def test_romance_names_inside_a_phrase_or_before_another_subject_do_not_act() -> None:
    silvio = ("Silvio", "PER", "PER:silvio", "Silvio", "ITA")
    text = "Si dice tradito dal suo amico Silvio e minaccia di ridiscutere i contratti."
    assert all("PER:silvio" not in e.actors for e in run(article(text, "it", [silvio])).events)
    jana = ("Jana", "ORG", "ORG:jana", "Jana", "LBY")
    text = "Secondo l'agenzia ufficiale Jana il regime accusava i ribelli di usare un elicottero."
    assert all("ORG:jana" not in e.actors for e in run(article(text, "it", [jana])).events)


def test_joint_subject_with_an_article_and_no_partner_across_a_comma() -> None:
    specs = [
        ("Russia", "LOC", "kb:loc/RUS", "Russia", "RUS"),
        ("United States", "LOC", "kb:loc/USA", "United States", "USA"),
    ]
    (event,) = run(article("On Tuesday Russia and the United States held talks in private.", "en", specs)).events
    assert set(event.actors) == {"kb:loc/RUS", "kb:loc/USA"}
    specs = [
        ("Karen Donfried", "PER", "kb:donfried", "Karen Donfried", "USA"),
        ("Kyiv", "LOC", "kb:kyiv", "Kyiv", "UKR"),
        ("Kuleba", "PER", "kb:kuleba", "Dmytro Kuleba", "UKR"),
    ]
    text = "Karen Donfried visited Kyiv, where she met with the foreign minister Kuleba."
    visit = next(e for e in run(article(text, "en", specs)).events if e.mode == "visit")
    assert visit.actors == ("kb:donfried",)


def test_planned_invasion_is_not_reported() -> None:
    stage = EventStage(use_classifier=False)
    text = "There are fears that President Putin is planning an invasion of the country."
    invasion = next(t for t in stage.lexicon.find_triggers(text, "en") if t.type == "ASSAULT")
    assert event_status(text, invasion, stage.lexicon.cues("en"), lang="en") == "planned"


def test_announced_ahead_is_planned_and_an_aside_has_no_doer_outside_it() -> None:
    stage = EventStage(use_classifier=False)
    text = "Глава Еврокомиссии Урсула фон дер Ляйен анонсировала шестой пакет санкций против России."
    sanction = next(t for t in stage.lexicon.find_triggers(text, "ru") if t.type == "SANCTION")
    assert event_status(text, sanction, stage.lexicon.cues("ru"), lang="ru") == "planned"
    text = "Передбачається будівництво нових великих ПСГ (пропозицію використати українські сховища проігноровано)."
    psg = Mention(text.index("ПСГ"), text.index("ПСГ") + 3, "ПСГ", "ORG", "ПСГ", "ORG:psg", "PSG")
    start = text.index("пропозицію")
    args = find_arguments(
        text, [psg], start, start + len("пропозицію"), cues=stage.lexicon.cues("uk"), lang="uk", symmetric=False
    )
    assert args.actors == ()


def test_noun_trigger_after_an_infinitive_is_that_verbs_object() -> None:
    stage = EventStage(use_classifier=False)
    text = "Ryanair może odrzucić żądania związków zawodowych."
    ryanair = Mention(0, 7, "Ryanair", "ORG", "Ryanair", "kb:ryanair", "Ryanair")
    start = text.index("żądania")
    cues = stage.lexicon.cues("pl")
    args = find_arguments(text, [ryanair], start, start + len("żądania"), cues=cues, lang="pl", symmetric=False)
    assert args.actors == ()
    text = "Ryanair chce wprowadzić sankcje wobec pilotów."
    start = text.index("sankcje")
    args = find_arguments(text, [ryanair], start, start + len("sankcje"), cues=cues, lang="pl", symmetric=False)
    assert args.actors == (ryanair,)
