"""Hinglish words and phrases (Hindi typed in Latin letters inside English), read into English for ``hinglish_reading``.

Students and engineers in India ask in English with Hindi asking words, verbs and postpositions
("rome wala pledge conference kab hua tha?", "stoltenberg ne berlin mein china ke baare mein kya bola?",
"2021 ka pledge conference kahan hua tha?"). These are the tables that reader uses, every key lower-case ASCII:

    "kab"             -> "when"          "kisne" -> "who"        "kiska" -> "whose"
    "bola tha"        -> "said"          "hua tha" -> "was held" "announce hua" -> "was announced"
    "mein"            -> "in", put before the words it follows (``POSTPOSITIONS``)
    "ka", "ki", "ke"  -> "'s" on the word before ("2021 ka pledge conference": 2021's pledge conference)

Tables only; no module imports this but ``hinglish_reading``. Table-tested in tests/test_hinglish.py.
"""

from __future__ import annotations

#: Asking words and phrases.
ASKING: dict[str, str] = {
    "kab": "when", "kahan": "where", "kahaan": "where", "kidhar": "where", "kaun": "who", "kon": "who", "kisne": "who",
    "jisne": "who", "kiska": "whose", "kiski": "whose", "kiske": "whose", "kya": "what", "kyaa": "what", "kitne": "how many",
    "kitni": "how many", "kitna": "how much", "kaise": "how", "kese": "how", "kyun": "why", "kyon": "why", "kyu": "why",
    "kaunsa": "which", "kaunsi": "which", "kaunse": "which", "konsa": "which", "konsi": "which", "kis": "which",
    "kab aur kahan": "when and where", "kahan aur kab": "where and when", "kahan kahan": "where", "kaun kaun": "who",
    "kaun kaun se": "which", "kis date ko": "when", "kis din": "when", "kis tarikh ko": "when",
    "kis saal": "in which year", "kis year": "in which year", "kis cheez ke baare mein": "what about", "kis baare mein": "what about",
    "kya hua": "what happened", "kya hui": "what happened", "kya lena dena": "what connection", "kya connection": "what connection",
    "kya relation": "what connection", "kya sambandh": "what connection", "kya role": "what role", "kiska quote": "who said",
    "kiski line": "who said", "kiska quote hai": "who said", "kiska quote tha": "who said", "kiski line hai": "who said",
    "statement kisne diya": "who said", "statement kisne di": "who said", "kya hua tha": "what happened", "kab ki": "when",
    "kab ka": "when",
}

#: Verbs (with their helpers read by ``HELPERS``): English as asked without "did", and the form "did" asks with.
VERBS: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("bola", "boli", "bole", "kaha", "kahi", "kahe", "quote diya", "quote di"), ("said", "say")),
    **dict.fromkeys(("likha", "likhi"), ("wrote", "write")), **dict.fromkeys(("diya", "diye", "di"), ("gave", "give")),
    **dict.fromkeys(("kiya", "kiye"), ("did", "do")), **dict.fromkeys(("aaya", "aayi", "aaye", "aya", "ayi", "aye"), ("came", "come")),
    **dict.fromkeys(("gaya", "gaye", "gayi", "gye"), ("went", "go")), **dict.fromkeys(("bana", "bane", "bani"), ("became", "become")),
    **dict.fromkeys(("mila", "mili", "mile"), ("got", "get")),
    **dict.fromkeys(("ban gaye", "ban gaya", "ban gayi", "ban gye"), ("became", "become")),
    **dict.fromkeys(("hua", "hui"), ("was held", "")), "hue": ("were held", ""), **dict.fromkeys(("hota", "hoti"), ("is held", "")),
    "hote": ("are", ""), **dict.fromkeys(("hoga", "hogi", "honge"), ("will be held", "")), **dict.fromkeys(("tha", "thi"), ("was", "")),
    **dict.fromkeys(("hai", "h"), ("is", "")), "hain": ("are", ""),
}

#: Words read as a where/when phrase, moved with the phrases.
PHRASE_WORDS: dict[str, str] = {
    "wahan": "there", "wahaan": "there", "waha": "there", "yahan": "here", "isme": "in it", "usme": "in it", "usmein": "in it",
    "pehli baar": "for the first time", "pehli bar": "for the first time", "har saal": "every year", "ab tak": "so far",
    "abhi tak": "so far", "usse pehle": "before him", "uske pehle": "before him", "uske baad": "after him",
    "in person": "in person", "short mein": "in short", "us time": "at that time", "us samay": "at that time",
}

#: Imperatives ("date batao": tell me the date), put first.
IMPERATIVES: dict[str, str] = {
    "batao": "tell me", "btao": "tell me", "bataiye": "tell me", "bataye": "tell me", "bata": "tell me", "bata do": "tell me",
    "bata dijiye": "tell me", "bata dena": "tell me", "de do": "give",
}

#: Other words and phrases, read as they stand ("" drops them).
WORDS: dict[str, str] = {
    "usne": "he", "unhone": "they", "wo": "it", "woh": "it", "ye": "this", "yeh": "this", "uska": "its", "uski": "its",
    "uske": "its", "unka": "their", "unki": "their", "jisme": "in which", "jisko": "whom", "aur": "and", "ya": "or",
    "bhi": "also", "sirf": "only", "nahi": "not", "nahin": "not", "ko": "", "wala": "", "wali": "", "wale": "", "toh": "",
    "hi": "", "bhai": "", "yaar": "", "yar": "", "bro": "", "ji": "", "accha": "", "acha": "", "matlab": "", "pls": "please",
    "plz": "please", "pehla": "first", "pehli": "first", "pehle": "first", "naya": "new", "nayi": "new", "naye": "new",
    "khud": "himself", "pura": "in full", "poora": "in full", "puri": "in full", "agla": "next", "agli": "next", "agle": "next", "pichla": "last",
    "pichli": "last", "baat": "talk", "naam": "name", "saal": "year", "din": "day", "koi": "any", "chahiye": "needed",
    "karo": "", "kijiye": "", "karein": "", "karna": "", "karne": "", "hone wala": "", "hone wali": "", "dene wala": "giving",
    "dene wali": "giving", "karne wala": "", "karne ke liye": "", "ho gaya": "", "ho gayi": "", "ho gaye": "", "kar do": "",
    "confuse ho gaya": "", "pata hai": "", "pata nahi": "", "lena dena": "connection", "full form": "full form",
}

#: Words that follow what they name ("berlin mein": in Berlin): put before it with the words of a gathering's name.
POSTPOSITIONS: dict[str, str] = {
    "mein": "in", "me": "in", "mai": "in", "mei": "in", "pe": "on", "par": "on", "se": "with", "ke baare mein": "about",
    "ke bare mein": "about", "ke baare me": "about", "ke bare me": "about", "ke baare main": "about", "ke baremein": "about",
    "ke barey mein": "about", "ke liye": "for", "ke lie": "for", "ke saath": "with", "ke sath": "with", "se pehle": "before",
    "ke pehle": "before", "ke baad": "after", "se related": "related\xa0to", "ke time": "at\xa0the\xa0time\xa0of",
}

#: Genitive endings read as "'s" on the word before ("stoltenberg ka op-ed": Stoltenberg's op-ed).
GENITIVES = frozenset("ka ki ke".split())

#: Helpers after a verb that add no word ("bola tha", "aaye the", "kiya hai"): the verb's tense already says it.
HELPERS = frozenset("tha thi the hai hain h".split())

#: Words that end a subject: "stoltenberg ne", "usne" (he).
SUBJECT_ENDS = frozenset("ne usne unhone".split())

#: English verbs typed before a Hindi helper verb ("announce hua": was announced, "host kiya": hosted), and
#: their past participles where adding "ed" or "d" would not make it.
ENGLISH_VERBS = frozenset(
    "announce publish agree decide declare start join host sign confirm launch establish prepone postpone organise "
    "organize attack adopt approve release create form found elect appoint select block hack recognise recognize "
    "set deliver open close finish end hold mention propose accept endorse write send invite attend commit recommit "
    "introduce unveil inaugurate chair lead shut conduct report".split()
)
IRREGULAR_PARTICIPLES: dict[str, str] = {"set": "set", "write": "written", "hold": "held", "lead": "led", "send": "sent", "shut": "shut",
                                         "found": "founded", "begin": "begun"}
#: Past participles of irregular verbs used in the active ("write kiya" is rare; "likha" is the word).
IRREGULAR_PASTS: dict[str, str] = {"set": "set", "write": "wrote", "hold": "held", "lead": "led", "send": "sent", "shut": "shut",
                                   "found": "founded"}

#: Hindi after an English verb: "hua" makes it passive, "kiya" active past, "karo" an imperative, "hoga" future.
LIGHT_VERBS: dict[str, str] = {
    "hua": "was", "hui": "was", "hue": "were", "hota": "is", "hoti": "is", "hote": "are", "hoga": "will be",
    "hogi": "will be", "honge": "will be", "kiya": "", "kiye": "", "kia": "", "kari": "", "kara": "", "karo": "!",
    "kijiye": "!", "karein": "!", "karna": "!", "karne": "to",
}

#: Yes/no tags at a clause's end: "hua tha na?" (was it, right?), "gaye the kya?" (did they go?).
TAGS = frozenset("na naa haina".split())

#: Words only Hinglish writes: one of them in a question says it may be Hinglish.
MARKERS = frozenset(
    "kab kahan kahaan kaun kisne kiska kiski kiske kya kyaa hua hui hue mein wala wali wale bhai yaar batao btao "
    "bataiye bola boli kaha kahi kiya kiye diya likha aaya aaye aayi gaye gaya hai hain hota hote hoti hoga hogi "
    "kitne kitna kitni kaise kyun kyon kaunsa kaunsi kaunse konsa konsi usne usme usse uska uski unhone wahan waha "
    "pehla pehli baare liye chahiye karo karna karne naya bane".split()
)
