"""Ukrainian words and phrases (Cyrillic), read into English by ``ukrainian_reading``.

Ukrainian volunteers and staff write their questions in Ukrainian, or mix it into English ("коли була pledge
conference в Римі?", "хто сказав no one stands alone", "що Рютте казав в Тирані?"). Ukrainian declines its nouns
and names ("Рим", "в Римі", "Гаагу", "у Гаазі", "зі Столтенбергом"), so these tables hold stems with the endings
they take (``STEMS``, ``ENDINGS``) beside whole words (``WORDS``), past verbs with their English past and base form
(``VERBS``: "сказав" is "said", "що X сказав" is "what did X say"), the verbs a Ukrainian asks with "they" where
English says "was ... done" (``IMPERSONAL``: "коли його прийняли": when was it adopted) and phrases read before the
words (``PHRASES``). Tables only; no module imports this but ``ukrainian_reading``. Table-tested in
tests/test_ukrainian.py.
"""

from __future__ import annotations

#: Endings a stem of ``STEMS`` takes (cases of nouns, names and adjectives).
ENDINGS = frozenset(("", "а", "и", "і", "у", "ю", "я", "е", "є", "ї", "ь", "ом", "ем", "ою", "ею", "ів", "ах", "ям", "ам", "ами", "ях",
                     "ові", "еві", "ої", "ій", "ий", "ого", "ому", "им", "их", "ими", "ої", "ий", "ів", "ьому", "ього", "ей"))

#: Stems of names, places and nouns -> English (the longest stem a word starts with, its rest one of ``ENDINGS``).
STEMS: dict[str, str] = {
    # people
    "столтенберг": "Stoltenberg", "рютте": "Rutte", "рутте": "Rutte", "бербок": "Baerbock", "одобеск": "Odobescu", "олонгрен": "Ollongren",
    "оллонгрен": "Ollongren", "джоан": "Geoana", "геоан": "Geoana", "макфадден": "McFadden", "станік": "Stanica", "рам": "Rama",
    "парлі": "Parly", "каллас": "Kallas", "лаанет": "Laanet", "чиріелл": "Cirielli", "кірієлл": "Cirielli", "нурман": "Noorman",
    "норман": "Noorman", "тучкуте": "Tučkutė", "ліндсі": "Lindsay", "марк": "Mark", "єнс": "Jens", "йенс": "Jens", "анналена": "Annalena",
    "кайса": "Kajsa", "лумініц": "Luminita", "мірча": "Mircea", "еді": "Edi", "пат": "Pat",
    "зеленськ": "Zelensky", "путін": "Putin", "байден": "Biden", "кулеб": "Kuleba", "федоров": "Fedorov", "макрон": "Macron",
    "шольц": "Scholz", "каволі": "Cavoli", "трамп": "Trump",
    # places
    "рим": "Rome", "берлін": "Berlin", "гааг": "The Hague", "гааз": "The Hague", "тиран": "Tirana", "варшав": "Warsaw",
    "вільнюс": "Vilnius", "лондон": "London", "таллінн": "Tallinn", "таллін": "Tallinn", "талін": "Tallinn", "париж": "Paris",
    "вашингтон": "Washington", "ньюпорт": "Newport", "уельс": "Wales", "мадрид": "Madrid", "бухарест": "Bucharest",
    "лісабон": "Lisbon", "брюссел": "Brussels", "мюнхен": "Munich", "осло": "Oslo", "київ": "Kyiv", "києв": "Kyiv",
    "україн": "Ukraine", "китай": "China", "кита": "China", "росі": "Russia", "естоні": "Estonia", "нідерланд": "the Netherlands",
    "німеччин": "Germany", "італі": "Italy", "румуні": "Romania", "албані": "Albania", "британі": "Britain", "польщ": "Poland",
    "литв": "Lithuania", "франці": "France", "сша": "the US", "америк": "America", "бельгі": "Belgium", "монс": "Mons",
    # nouns
    "конференці": "conference", "конференцій": "conferences", "конф": "conference", "саміт": "summit", "зустріч": "meeting",
    "кіберзахист": "cyber defence", "кібероборон": "cyber defence", "кібератак": "cyber attack", "кіберпростор": "cyberspace",
    "кібербезпек": "cyber security", "атак": "attack", "статт": "article", "цитат": "quote", "промов": "speech",
    "заяв": "statement", "навчанн": "exercise", "кампані": "campaign", "генсек": "secretary general", "міністр": "minister",
    "союзник": "allies", "цінност": "values", "ворог": "enemy", "помилк": "mistake", "сайт": "website", "інвестиці": "investment",
    "домен": "domain", "операці": "operations", "причин": "trigger", "блогер": "bloggers", "автор": "author", "реакці": "reaction",
    "учасник": "participants", "спікер": "speakers", "рішенн": "decision", "центр": "centre", "команд": "teams", "серi": "series",
    "наступн": "next", "попередн": "previous ones", "останн": "last", "перш": "first", "друг": "second", "трет": "third",
    "четверт": "fourth", "п'ят": "fifth", "джерел": "source", "посилання": "link", "поді": "event",
    "енергі": "energy", "компані": "companies", "держав": "state", "країн": "countries", "міст": "cities", "рок": "years",
    "співорганізатор": "co-host", "співгосподар": "co-host", "загроз": "threats", "сфер": "domain",
    "місяц": "month", "тижн": "week", "організатор": "host", "господар": "host", "відео": "video", "ведуч": "host",
    # months
    "січн": "january", "лют": "february", "березн": "march", "квітн": "april", "травн": "may", "червн": "june",
    "липн": "july", "серпн": "august", "вересн": "september", "жовтн": "october", "листопад": "november", "грудн": "december",
}

#: Past verbs -> (English past, English base form). A subject before one after an asking word reads "did <subject> <base>".
VERBS: dict[str, tuple[str, str]] = {}
for _forms, _past, _base in (
    ("сказав сказала сказало сказали казав казала казало казали говорив говорила говорили заявив заявила заявили", "said", "say"),
    ("виступав виступала виступали виступив виступила виступили промовляв", "spoke", "speak"),
    ("відкривав відкривала відкрив відкрила відкривали відкрили", "opened", "open"),
    ("писав писала написав написала писали", "wrote", "write"),
    ("закликав закликала закликали", "called for", "call for"),
    ("приїхав приїхала приїжджав приїхали", "came", "come"),
    ("відреагував відреагувала відреагували", "reacted", "react"),
    ("організував організувала організовував", "hosted", "host"), ("приймав приймала", "hosted", "host"),
    ("виграв виграла виграли", "won", "win"), ("став стала", "became", "become"), ("мав мала", "had", "have"), ("зробив зробила", "did", "do"),
    ("вирішило", "decided", "decide"), ("визнало визнав визнала", "recognised", "recognise"), ("мавнавазі мавланавазі", "meant", "mean"), ("зробило", "did", "do"), ("казало", "said", "say"), ("підписав підписала", "signed", "sign"),
):
    VERBS.update(dict.fromkeys(_forms.split(), (_past, _base)))

#: Present verbs -> (English present, the auxiliary that asks it, English base form): "НАТО тільки обороняється?" ->
#: "does NATO only defend?", "що вони роблять" -> "what do they do".
PRESENT: dict[str, tuple[str, str, str]] = {
    "обороняється": ("defends", "does", "defend"), "захищається": ("defends", "does", "defend"), "має": ("has", "does", "have"),
    "роблять": ("do", "do", "do"), "робить": ("does", "does", "do"), "означає": ("means", "does", "mean"),
    "займається": ("works on", "does", "work on"), "відповідає": ("answers", "does", "answer"),
}

#: Verbs of "they" with no one named, which English says in the passive: "коли його прийняли" -> "when was it adopted".
IMPERSONAL: dict[str, str] = {
    "прийняли": "adopted", "оголосили": "announced", "вирішили": "decided", "створили": "created", "визнали": "recognised",
    "заснували": "founded", "засновали": "founded", "ухвалили": "approved", "погодили": "agreed", "підписали": "signed", "провели": "held",
    "проводили": "held", "запустили": "launched", "ддосили": "attacked", "атакували": "attacked", "обрали": "chosen",
}
#: Verbs that are passive of their own ("вийшла стаття": the article was published; "проходила": it was held).
OWN_PASSIVE: dict[str, str] = {
    "вийшла": "published", "вийшов": "published", "вийшло": "published", "проходила": "held", "проходив": "held",
    "проходило": "held", "відбулася": "held", "відбувся": "held", "відбулось": "held", "відбулося": "held", "базується": "based",
    "знаходиться": "based", "розташований": "based",
}

#: Whole words read alone ("" drops a particle).
WORDS: dict[str, str] = {
    "що": "what", "коли": "when", "де": "where", "хто": "who", "чия": "whose", "чий": "whose", "чиє": "whose", "чиї": "whose",
    "який": "which", "яка": "which", "яке": "which", "які": "which", "якому": "which", "якій": "which", "якого": "which",
    "яку": "which", "скільки": "how many", "як": "how", "чому": "why", "навіщо": "why", "звідки": "where from", "куди": "where",
    "в": "in", "у": "in", "на": "at", "з": "with", "із": "with", "зі": "with", "про": "about", "від": "for", "до": "to",
    "для": "for", "після": "after", "перед": "before", "між": "between", "без": "without", "щодо": "on", "по": "on",
    "і": "and", "й": "and", "та": "and", "а": "and", "чи": "or", "але": "but", "не": "not", "ні": "no", "так": "yes",
    "же": "", "ж": "", "вже": "", "ну": "", "взагалі": "", "теж": "also", "також": "also", "тільки": "only", "лише": "only",
    "саме": "exactly", "точна": "exact", "точні": "exact", "точну": "exact", "точний": "exact", "точно": "exactly",
    "це": "this", "цей": "this", "ця": "this", "ці": "these", "той": "that", "тієї": "that", "того": "that",
    "там": "there", "тут": "here", "тоді": "then", "зараз": "now", "тепер": "now", "сьогодні": "today", "вчора": "yesterday",
    "спочатку": "first", "особисто": "in person", "правильно": "right", "справді": "really", "вірно": "right",
    "він": "he", "вона": "she", "воно": "it", "вони": "they", "його": "him", "її": "her", "їх": "them", "ми": "we",
    "наших": "our", "наш": "our", "наша": "our", "нього": "him", "неї": "her", "ним": "him", "нею": "her", "я": "i",
    "мені": "me", "хтось": "someone", "щось": "something", "усі": "all", "всі": "all", "всіх": "all", "кожен": "every",
    "був": "was", "була": "was", "було": "was", "були": "were", "є": "is", "буде": "will be", "будуть": "will be",
    "бути": "be", "створити": "to create", "кіберпростір": "cyberspace", "може": "can", "можуть": "can", "стали": "became",
    "поділяє": "share", "думаю": "i think", "дай": "give", "дайте": "give", "покажи": "show",
    "розкажи": "tell me", "розкажіть": "tell me", "потрібна": "i need", "потрібно": "i need", "треба": "i need", "список": "list",
    "дата": "date", "дати": "dates", "дату": "date", "дні": "days", "днів": "days", "день": "day", "рік": "year", "року": "year",
    "слова": "words", "слів": "words", "нато": "NATO", "кібер": "cyber", "кіберзахисту": "cyber defence", 
    "перше": "first", "перший": "first", "перша": "first", "вперше": "first", "першу": "first", "ще": "else", "інші": "other",
    "інших": "other", "такий": "", "така": "", "таке": "", "такої": "", "пам'ятаю": "i remember",
    "оборони": "defence", "закордонних": "foreign", "справ": "affairs", "союзників": "allies", "генсека": "secretary general",
    "вдень": "day", "дд": "dd", "мм": "mm", "рррр": "yyyy", "пліз": "please", "будь": "", "ласка": "please", "дякую": "thanks",
    "гібридні": "hybrid", "гібридних": "hybrid", "гібридна": "hybrid", "гібридний": "hybrid", "гібридними": "hybrid",
    "привіт": "hi", "тема": "topic", "розташована": "based", "відповідь": "answer", "генеральний": "secretary", "секретар": "general",
}

#: Past participles, said after "was" and its subject in English: "коли був створений NICC" -> "when was NICC created".
PARTICIPLES: dict[str, str] = {
    **dict.fromkeys("створений створена створено створені".split(), "created"),
    **dict.fromkeys("заснований заснована засновано".split(), "founded"),
    **dict.fromkeys("прийнятий прийнята прийнято прийняті".split(), "adopted"),
    **dict.fromkeys("підписаний підписана підписано".split(), "signed"),
    **dict.fromkeys("оголошений оголошена оголошено".split(), "announced"),
    **dict.fromkeys("проведений проведена проведено".split(), "held"),
}
#: Words for a year, dropped after its number ("2022 року": in 2022).
YEAR_WORDS = frozenset(("рік", "року", "році", "р"))

#: Phrases read before the words (on the lowercase text; Cyrillic in, English out).
PHRASES: tuple[tuple[str, str], ...] = (
    (r"\bщо таке\b", "what is"), (r"\bхто сто(?:їть|яв|яли) за\b", "who is behind"),
    (r"\bда(?:й|йте) (?:мені )?цитат[уи] (?=[а-яіїєґ]+)", "give me a quote by "), (r"\bхто так(?:ий|а)\b", "who is"), (r"\bчия (?:це )?цитата\b", "who said"),
    (r"\bчиї (?:це )?слова\b", "who said"), (r"\bчи я (?:плутаю|помиляюсь|помиляюся)\b", "right"),
    (r"\bмав(ла)? на увазі\b", r"мав\1навазі"), (r"\b(?:яка|який|яке) (?:це |вона |він )?по рахунку\b", "which edition is it"),
    (r"\bпо рахунку\b", "edition"), (r"\bпростими словами\b", "in simple words"), (r"\bразом (?:з|зі|із)\b", "together with"),
    (r"\bце точні слова\b", "are these the exact words"), (r"\bточні слова\b", "exact words"),
    (r"\bміністр(?:ом|а|у)? оборони\b", "defence minister"), (r"\bміністр(?:ом|а|у)? закордонних справ\b", "foreign minister"),
    (r"\bконференці[яюїі] нато з кіберзахисту\b", "NATO cyber defence conference"),
    (r"\bконференці[яюїі] з кіберзахисту\b", "cyber defence conference"), (r"\bз кіберзахисту\b", "on cyber defence"),
    (r"\b(?:доменом|сферою) операцій\b", "as a domain of operations"), (r"\b(?:які |яка )?цитат[иа]? (?:є )?від\b", "what quotes are there from"), (r"\bпричиною статті\b", "a trigger of article"),
    (r"\bстатт[іяю] 5\b", "article 5"), (r"\bдо чого\b", "what"), (r"\bце що\b", "what is this"), (r"\bщо за ([а-яіїєґ']+)", r"what kind of \1 is this"), (r"\bщо за\b", "what is this"), (r"\bдд\.мм\.рррр\b", "dd.mm.yyyy"),
    (r"\b(саміт|конференці)([а-яіїє]*) нато\b", r"нато \1\2"),
    (r"\bцього року\b", "this year"), (r"\bминулого року\b", "last year"), (r"\bнаступного року\b", "next year"),
    (r"\bдо нього\b", "before him"), (r"\bдо неї\b", "before her"), (r"\bпісля нього\b", "after him"),
    (r"\bпро це\b", "about it"), (r"\bпро що\b", "about what"), (r"\bу нато є\b", "does NATO have"), (r"\bв нато є\b", "does NATO have"),
    (r"\bзі столтенбергом\b", "with Stoltenberg"), (r"\bсписок міст і років\b", "list of cities and years"),
    (r"\bхто і де (?:це )?(?:сказав|сказала|казав|казала)\b", "who said this and where"), (r"\bхто і де\b", "who and where"), (r"\bде і коли\b", "where and when"), (r"\bколи і де\b", "when and where"),
    (r"\bі що\b", "and what"), (r"\bкібер(?=[\s?.!,]|$)", "cyber"), (r"\bне ворог\b", "is not an enemy"),
    (r"\bне поділяє\b", "does not share"), (r"\bяк(?:а|ий)? була реакція\b", "what was the reaction"),
)
