"""Albanian words and phrases, read into English for ``other_languages``.

Albanian journalists mix Albanian into English questions ("kur u mbajt konferenca ne Tiranë?", "çfarë tha
Stoltenberg per Kinën ne Berlin?", "kush ishin hostet?"). ``CUE_WORDS`` are read in any question (they are no
English word); the rest is read only in a question with an Albanian-only word (``MARKERS``), by
``albanian_reading``:

    "kush ishin hostet?"                          -> "who were hosts?"
    "kur u tha kjo?"                              -> "when was this said?"
    "kur e njoftoi Stoltenberg qe samiti ..."     -> "when did stoltenberg announce that summit ..."
    "Vilnius summit datat?"                       -> "vilnius summit dates?"
    "sa vende partnere ishin ne Hagë?"            -> "how many partner countries were in the hague?"

Nouns are read whatever case or plural ending follows their stem (``STEMS``: "konferencen", "konferences",
"konferencat"). Tables only; no module imports this but ``other_languages`` and ``albanian_reading``.
Table-tested in tests/test_albanian.py.
"""

from __future__ import annotations

#: Albanian words that are no English word, read in any question (with the other languages' words).
CUE_WORDS: dict[str, str] = {
    "kur": "when", "ku": "where", "kush": "who", "cfare": "what", "cila": "which", "cili": "which", "ishte": "was", "jane": "are",
    "tha": "said", "thote": "says", "konferenca": "the conference", "konferencen": "the conference", "konference": "conference",
    "samiti": "the summit", "sot": "today", "vjet": "years", "dite": "days", "perpara": "ago", "faleminderit": "thanks",
    "pershendetje": "hello", "organizoi": "hosted", "mbajt": "held", "mbrojtjes": "defence", "kibernetike": "cyber",
    "kryeministri": "prime minister", "ministri": "minister", "foli": "spoke", "citim": "quote", "citimi": "the quote",
    "dhe": "and", "atje": "there", "mirdita": "hello", "mbrojtjen": "defence", "mbrojtje": "defence", "pare": "first", "dyte": "second",
    "trete": "third", "katert": "fourth", "fundit": "last", "folen": "spoke", "thane": "said", "kibernetik": "cyber",
    "ajo": "she", "ministrja": "minister", "rumune": "romanian", "rumun": "romanian",
    "shqiptar": "albanian", "shqiptare": "albanian", "gjerman": "german", "gjermane": "german", "holandeze": "dutch", "holandez": "dutch",
    # months ("me 9 nentor"; "mars" only after a day: it is a word too)
    "janar": "january", "shkurt": "february", "prill": "april", "qershor": "june", "korrik": "july", "gusht": "august",
    "shtator": "september", "tetor": "october", "nentor": "november", "dhjetor": "december",
}

#: Words read only in a question with an Albanian-only word ("" drops chatter).
WORDS: dict[str, str] = {
    "cilat": "which", "cilet": "which", "pse": "why", "sa": "how many", "ishin": "were", "eshte": "is", "ka": "is there",
    "kane": "have", "jemi": "are we", "jam": "i am", "konfuz": "confused", "konfuze": "confused",
    "hapi": "opened", "filloi": "began", "njoftoi": "announced", "vendosi": "decided", "priti": "hosted", "shkroi": "wrote",
    "ndodhi": "happened", "behet": "is it held", "mbahet": "held", "mbajti": "held", "nenshkroi": "signed", "krijoi": "created",
    "aty": "there", "ketu": "here", "ose": "or", "por": "but", "edhe": "also", "nga": "from", "pas": "after", "para": "before",
    "gjate": "during", "kete": "this", "kjo": "this", "ky": "this", "ata": "they", "vende": "countries", "vetem": "only", "sakte": "exact",
    "sakta": "exact", "saktesisht": "exactly", "kaluar": "last", "vjetore": "annual", "vjetor": "annual", "hostet": "the hosts",
    "hosti": "the host", "hoste": "hosts", "hostja": "the host", "kryesore": "main", "kryesor": "main", "partnere": "partner",
    "sekretar": "secretary", "sekretari": "secretary", "pergjithshem": "general", "kryeminister": "prime minister",
    "presidenti": "president", "presidente": "president", "qeveria": "government", "qeverise": "government",
    "britanike": "british", "britanik": "british", "italiane": "italian", "amerikan": "american", "francez": "french",
    "mund": "could", "aktivizoje": "trigger", "ndonje": "any", "nje": "a", "sigurisht": "", "dua": "i want",
    "konfirmim": "confirmation", "qe": "that", "ndaj": "against", "pls": "please", "ju": "you", "lutem": "please", "flm": "thanks",
}

#: Noun stems, read whatever ending follows (``ENDINGS``): (singular, plural).
STEMS: dict[str, tuple[str, str]] = {
    "konferenc": ("conference", "conferences"), "samit": ("summit", "summits"), "takim": ("meeting", "meetings"),
    "deklarat": ("declaration", "declarations"), "citim": ("quote", "quotes"), "fjalim": ("speech", "speeches"),
    "fjali": ("line", "lines"), "fjal": ("word", "words"), "dat": ("date", "dates"), "vend": ("country", "countries"),
    "ministr": ("minister", "ministers"), "qendr": ("centre", "centres"),
    "sulm": ("attack", "attacks"), "ushtrim": ("exercise", "exercises"), "tem": ("topic", "topics"),
    "artikull": ("article", "articles"), "artikuj": ("articles", "articles"), "gabim": ("mistake", "mistakes"),
    "vit": ("year", "years"), "muaj": ("month", "months"), "foles": ("speaker", "speakers"),
    "pjesemarres": ("participant", "participants"), "delegat": ("delegate", "delegates"), "aleat": ("ally", "allies"),
    "zyrtar": ("official", "officials"), "vendim": ("decision", "decisions"), "angazhim": ("pledge", "pledges"),
}
#: Case, article and plural endings after a stem of ``STEMS``; the plural ones read the English plural.
ENDINGS = ("", "a", "e", "en", "es", "i", "in", "it", "u", "un", "ut", "ja", "je", "n", "s", "t")
PLURAL_ENDINGS = ("et", "at", "ave", "eve", "ve", "te", "esh")
#: Endings that leave a noun without "the" ("konference": conference; "konferencen": the conference).
INDEFINITE_ENDINGS = frozenset(("", "e", "esh"))

#: Passive past forms after "u" ("u mbajt": was held): English participle.
PASSIVES: dict[str, str] = {
    "mbajt": "held", "tha": "said", "vendos": "decided", "miratua": "adopted", "njoh": "recognised", "publikua": "published",
    "krijua": "created", "themelua": "established", "nenshkrua": "signed", "zhvillua": "held", "njoftua": "announced",
    "organizua": "hosted", "shpall": "announced", "pranua": "accepted", "ra": "agreed", "hap": "opened",
}
#: Past verbs an Albanian question puts before their subject ("kur e njoftoi Stoltenberg"): English base form.
BASE_FORMS: dict[str, str] = {
    "njoftoi": "announce", "vendosi": "decide", "tha": "say", "foli": "speak", "organizoi": "host", "hapi": "open",
    "filloi": "begin", "shkroi": "write", "priti": "host", "nenshkroi": "sign", "krijoi": "create", "mbajti": "hold",
}

#: Short words read only in an Albanian question, and never a sign that one is ("e", "i", "ne", "po", "me").
SHORT = frozenset("a e i u ne te po me per si do ka qe di sa jam nje pas para por nga ai ky ju ose".split())
#: Words only Albanian spells so: one of them in a question says it is Albanian ("tha", "ne" are Hinglish too).
MARKERS = frozenset(
    "kur kush cfare cila cili cilat cilet ishte ishin eshte jane thane foli folen organizoi mbajt mbahet behet ndodhi njoftoi "
    "vendosi vendos miratua njoh publikua hapi filloi priti shkroi atje aty dhe konferenca konferencen konferences konferencat "
    "konference samiti samitin samitit samitet datat saktesisht sakte sakta pergjithshem kryeminister kryeministri faleminderit "
    "pershendetje ministrja rumune hostet hosti vjetore kete kjo pse qeveria britanike vetem kaluar vitit vitin gabimi fjalia "
    "fjalesh fjalimin temat kryesore partnere ndonje sulmi kibernetik kibernetike aktivizoje mori pjese".split()
)
