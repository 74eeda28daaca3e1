"""An analyst's fluent non-native English (false friends, Spanish words, a dropped "it"), one table per class of question:
each phrasing must lead with, or name, the entry that answers it and show the words that answer it."""

import pytest

from adapters.text_render import render_text
from bot.request import Request
from tests.answers.scoring import is_miss


def _ask(bot, *questions):
    """The reply to the last of ``questions``, asked in one conversation after the others."""
    user = " / ".join(questions)
    for earlier in questions[:-1]:
        bot.handle(Request(earlier, user=user))
    return bot.handle(Request(questions[-1], user=user))


def _check(reply, entry, words):
    text = render_text(reply)
    assert not is_miss(reply) and entry in [i.id for i in reply.items], (reply.title, [i.id for i in reply.items])
    assert all(word in text for word in words), text[:300]


@pytest.mark.parametrize(("question", "entry", "words"), [
    # Spanish tag questions: "sí?", "verdad?" are "right?"
    ("Berlin 2023 was the first NATO cyber conference ever, sí?", "berlin-cyber-defence-conference-2023", ["2018"]),
    ("the Rome conference was in 2022, verdad?", "rome-pledge-conference-2022", ["Yes"]),
    ("Tirana was the third conference, si?", "tirana-cyber-defence-conference-2025", ["Yes"]),
    # "assist" for attend, with or without "to/at/in"; companies "of the industry"
    ("which companies of the industry assisted the Berlin conference?", "berlin-cyber-defence-conference-2023", ["Mandiant", "ESET"]),
    ("which firms from the private sector attended the Berlin conference?", "berlin-cyber-defence-conference-2023", ["Microsoft"]),
    ("what companies assisted the Berlin conference?", "berlin-cyber-defence-conference-2023", ["Palo Alto"]),
    ("how many delegates assisted in The Hague more or less?", "hague-pledge-conference-2024", ["150"]),
    # how often, claimed with a first year
    ("the pledge conferences happen every year since 2016, correct?", "cyber-defence-pledge-conference-series", ["2018", "not 2016"]),
    ("the pledge conference is held every year since 2016?", "cyber-defence-pledge-conference-series", ["2018"]),
    ("Cyber Coalition takes place every year, no?", "cyber-coalition", ["annual"]),
    ("the NATO cyber defence conference happens every year since 2023, correct?", "nato-cyber-defence-conference-series", ["Berlin"]),
    # an initiative's seat
    ("the new Integrated Cyber Defence Centre, where will be its seat?", "nato-integrated-cyber-defence-centre", ["SHAPE"]),
    ("where is the seat of the NICC?", "nato-integrated-cyber-defence-centre", ["Mons"]),
    ("the NICC, where is its headquarters?", "nato-integrated-cyber-defence-centre", ["SHAPE"]),
    ("where is the headquarters of the Integrated Cyber Defence Centre?", "nato-integrated-cyber-defence-centre", ["Belgium"]),
    ("dónde está the NICC?", "nato-integrated-cyber-defence-centre", ["SHAPE"]),
    ("where is the NICC?", "nato-integrated-cyber-defence-centre", ["Mons"]),
    # the series a summit decided, named with the summit
    ("the annual NATO Cyber Defence Conference, which summit decided to create it?", "nato-cyber-defence-conference-series", ["Vilnius"]),
    ("which summit decided to create the annual NATO Cyber Defence Conference?", "nato-cyber-defence-conference-series", ["Vilnius"]),
    # one decision set aside: the others made there
    ("apart of the pledge, what was decided in Warsaw about cyberspace?", "cyberspace-domain-of-operations-2016", ["domain"]),
    ("apart from the pledge, what was decided in Warsaw?", "cyberspace-domain-of-operations-2016", ["domain"]),
    ("besides the pledge, what did they decide at Warsaw about cyberspace?", "cyberspace-domain-of-operations-2016", ["domain"]),
    ("apart from the new concept, what was agreed at Vilnius?", "vilnius-summit-2023", ["Cyber Defence Conference"]),
    ("besides the concept, what more was agreed in Vilnius?", "vilnius-summit-2023", ["Cyber Defence Conference"]),
    # the host as the subject of a claim
    ("For Berlin, the host was the German ministry of defence, yes?", "berlin-cyber-defence-conference-2023", ["Foreign Office"]),
    ("the host of Berlin was the German ministry of defence, yes?", "berlin-cyber-defence-conference-2023", ["Only partly"]),
    ("for Rome, the hosts were Italy and Germany, right?", "rome-pledge-conference-2022", ["United States"]),
    ("the host country of the Tirana conference was Albania, correct?", "tirana-cyber-defence-conference-2025", ["Yes"]),
    # two gatherings asked whether one series, in statement order
    ("Tirana and Rome conferences, they are the same series of conferences?", "nato-cyber-defence-conference-series", ["Pledge"]),
    ("are Tirana and Rome the same series of conferences?", "cyber-defence-pledge-conference-series", ["No"]),
    ("were the Berlin and Tirana conferences the same series?", "nato-cyber-defence-conference-series", ["Yes"]),
    # the summit asked, its announcement a clause
    ("cuándo is the Vilnius summit that Stoltenberg announced in the Rome article? I mean the dates", "vilnius-summit-2023", ["July 2023"]),
    ("when is the Vilnius summit that Stoltenberg announced in Rome?", "vilnius-summit-2023", ["11–12 July 2023"]),
    ("the Vilnius summit which the SG announced at the Rome conference, what dates?", "vilnius-summit-2023", ["July 2023"]),
    ("when is the summit that Stoltenberg announced?", "vilnius-summit-2023", ["11–12 July 2023"]),
    # a claim checked with "this is verified?", "is that confirmed?"
    ("the op-ed was published first in Defence News on 8 July 2016, this is verified?", "stoltenberg-oped-2016", ["29 July 2016", "unverified"]),
    ("Rutte spoke by video in Tirana, this is confirmed?", "tirana-cyber-defence-conference-2025", ["Yes"]),
    ("the Rome conference was on 9-10 November 2022, is that confirmed?", "rome-pledge-conference-2022", ["Yes"]),
    # a place first, then a question in statement order
    ("In Rome Stoltenberg asked the allies for what exactly? only more money?", "stoltenberg-rome-2022-recommit", ["expertise"]),
    ("at the Hague Ollongren said what?", "ollongren-hague-2024-stand-together", ["stand together"]),
    # a word of the words quoted, in a learner's order; where words quoted come from
    ("'We must not repeat this mistake' - which mistake he is talking about?", "stoltenberg-berlin-2023-russia-energy", ["Russia"]),
    ("\"we must not repeat this mistake\": what mistake he meant?", "stoltenberg-berlin-2023-russia-energy", ["Russia"]),
    ("'What was once a nuisance has now become a strategic challenge' - this is from a speech of Stoltenberg? where?", "stoltenberg-oped-2016", ["not in a speech"]),
    ("'No one stands alone in NATO' - this is from a speech of Rutte? where?", "rutte-tirana-2025-no-one-stands-alone", ["Tirana"]),
    # what a speaker answered the people a line of theirs reports
    ("some colleagues think it is not ethical that private companies work with the military. what answered Stoltenberg to people like that?",
     "stoltenberg-berlin-2023-nothing-immoral", ["immoral"]),
    ("what did Stoltenberg reply to critics of working with private companies?", "stoltenberg-berlin-2023-nothing-immoral", ["immoral"]),
    ("how did Stoltenberg respond to those who say cooperating with companies is unethical?", "stoltenberg-berlin-2023-nothing-immoral", ["immoral"]),
    # "minister of <country>" for "<country's> minister"
    ("which minister of Romania assisted the Hague conference?", "luminita-odobescu", ["Odobescu"]),
    ("which minister of the UK spoke in London in 2024?", "pat-mcfadden", ["McFadden"]),
    ("what official of Italy was at the Rome conference?", "edmondo-cirielli", ["Cirielli"]),
    # a gathering "realised" or "celebrated": held
    ("when was the Berlin conference realised?", "berlin-cyber-defence-conference-2023", ["9 November 2023"]),
    ("when was realised the Berlin conference?", "berlin-cyber-defence-conference-2023", ["9 November 2023"]),
    ("the Warsaw summit, when was celebrated?", "warsaw-summit-2016", ["8–9 July 2016"]),
    # the thing named first, its object or subject left out
    ("the NATO websites attack, who was behind?", "nato-websites-ddos-2014", ["Cyber Berkut"]),
    ("the 2014 attack on NATO websites, who was behind? I think was a Russian group", "nato-websites-ddos-2014", ["Berkut"]),
    ("the DDoS of 2014 - who was responsible?", "nato-websites-ddos-2014", ["Berkut"]),
    ("the pledge of 2016, which commitments has?", "cyber-defence-pledge-2016", ["Warsaw"]),
    ("Tuckute, which position had exactly?", "greta-monika-tuckute", ["Vice Minister"]),
    ("the first pledge conference, in which building was realised?", "paris-pledge-conference-2018", ["Ecole militaire"]),
    ("Stoltenberg, until when was in office?", "jens-stoltenberg", ["1 October 2024"]),
    ("the Cyber Coalition exercise, where is realised normally?", "cyber-coalition", ["Tartu"]),
    # "quién más" / "quién more": who else
    ("the article of Rome only mentions Stoltenberg. quién more spoke there?", "edmondo-cirielli", ["Cirielli"]),
    # a quote's source and whether it is official, asked by its speaker's name
    ("what is the source of the Ollongren quote?", "src-hague-2024", ["thediplomaticaffairs"]),
    ("what's the source of Odobescu's quote?", "src-hague-2024", ["thediplomaticaffairs"]),
    ("which seeds or sources you have about Tirana?", "src-tirana-2025", ["Europe Diplomatic"]),
    ("what sources do you have on the Tirana conference?", "src-tirana-2025", ["Europe Diplomatic"]),
    ("the Ollongren quote, is official?", "ollongren-hague-2024-stand-together", ["Unverified"]),
    ("is the Rutte quote about investment official?", "rutte-tirana-2025-stepping-up-investment", ["Verified"]),
    # a name asked "how is called" (¿cómo se llama?)
    ("the Estonian prime minister in 2021, how was called?", "kaja-kallas", ["Kallas"]),
    ("how is called the Dutch defence minister at the Hague conference?", "kajsa-ollongren", ["Ollongren"]),
    ("how is called the new NATO cyber centre?", "nato-integrated-cyber-defence-centre", ["Integrated"]),
    # false friends and the ask put last: "inaugurated" (opened), "presencial" (in person), "organized by which ministry"
    ("who inaugurated the Berlin conference?", "berlin-cyber-defence-conference-2023", ["Stoltenberg", "Baerbock"]),
    ("Noorman, which cargo has?", "ernest-noorman", ["Ambassador for Cyber Affairs"]),
    ("which cargo had Geoana in 2024?", "mircea-geoana", ["Deputy Secretary General"]),
    ("Rutte was presencial in Tirana?", "tirana-cyber-defence-conference-2025", ["No", "video"]),
    ("the Tirana conference was online or presencial?", "tirana-cyber-defence-conference-2025", ["In person"]),
    ("the conference of Rome was organized by which ministry?", "rome-pledge-conference-2022", ["Foreign Affairs"]),
    ("the London conference 2019 was hosted by whom?", "london-pledge-conference-2019", ["United Kingdom"]),
    # something a speaker mentioned, then what they said (the place put before the thing, as learners may)
    ("Stoltenberg mentions in Berlin the SACEUR, what he said exactly?", "stoltenberg-berlin-2023-saceur-authority", ["SACEUR"]),
    ("Rutte mentioned critical infrastructure in Tirana. what did he say?", "rutte-tirana-2025-working-against-us", ["infrastructure"]),
    # an age asked "how many years has X" (¿cuántos años tiene?); what a writing lists, the writing named first
    ("how many years has the pledge today?", "cyber-defence-pledge-2016", ["10 years"]),
    ("how many years does the NICC have now?", "nato-integrated-cyber-defence-centre", ["2 years"]),
    ("in the op-ed, which capabilities NATO has, according to Stoltenberg?", "cyber-rapid-reaction-teams", ["Malware"]),
    ("which capabilities does NATO have according to the op-ed?", "cyber-threat-assessment-cell", ["Cyber Coalition"]),
    # a span claimed on a verb, after the asker says what day it is
    ("today is 9 november... so the Rome conferencia started exactly 4 years ago today? qué coincidencia", "rome-pledge-conference-2022", ["Yes", "4 years ago"]),
    ("did the Rome conference start exactly 4 years ago today?", "rome-pledge-conference-2022", ["Yes"]),
    ("today is 9 november, so Berlin happened exactly 3 years ago?", "berlin-cyber-defence-conference-2023", ["Yes"]),
])
def test_each_phrasing_names_its_answer(bot, question, entry, words):
    _check(_ask(bot, question), entry, words)


@pytest.mark.parametrize(("earlier", "question", "entry", "words"), [
    # a thing named first, then where/when of it, or its "it" left out ("which day was issued")
    ("when was the Warsaw summit?", "and the pledge itself, which exact day was issued?", "cyber-defence-pledge-2016", ["8 July"]),
    ("when was the Warsaw summit?", "and the pledge, where was signed?", "cyber-defence-pledge-2016", ["Warsaw"]),
    ("who hosted Tirana?", "the Vilnius concept, when was adopted?", "vilnius-2023-cyber-defence-concept", ["July 2023"]),
    ("when was the Berlin conference?", "and the next edition after Berlin, where was it?", "london-cyber-defence-conference-2024", ["London"]),
    ("when was the Berlin conference?", "the conference before Tirana, when was it?", "london-cyber-defence-conference-2024", ["November 2024"]),
    # when the summit just given was announced, "he" pointing at nobody in it
    ("when is the Vilnius summit that Stoltenberg announced in Rome?", "ok and on which day he announced it? the same day of his Rome speech?",
     "vilnius-dates-announcement-2022", ["9 November 2022"]),
    ("when was the Vilnius summit?", "which day did they announce it?", "vilnius-dates-announcement-2022", ["9 November 2022"]),
])
def test_the_thing_named_is_asked_of(bot, earlier, question, entry, words):
    reply = _ask(bot, earlier, question)
    _check(reply, entry, words)
    assert reply.items[0].id == entry, reply.title


@pytest.mark.parametrize("question", [
    "Spain hosted one pledge conferencia in Madrid, no? which year was that?",
    "Norway hosted a cyber defence conference in Oslo, no? what year was it?",
    "Spain hosted one pledge conference in Madrid, which year was that?",
    "which minister of Spain attended the Hague conference?",
    "the actual SACEUR, how is called?",
    # a panel's moderator is never recorded: not the panellist the question names
    "who moderated the panel where the Lithuanian vice minister spoke in Berlin?",
    "who chaired the panel in Rome?",
    "who was the moderator at the Hague conference?",
    "who led the panel discussion in Tirana?",
])
def test_what_was_never_held_or_recorded_is_an_honest_miss(bot, question):
    reply = _ask(bot, question)
    assert is_miss(reply), reply.title
