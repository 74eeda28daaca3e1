"""Turkish words and phrases, read into English for ``turkish_reading``.

Turkish journalists mix Turkish into English questions ("Roma'daki pledge konferansı ne zaman yapıldı?",
"Lahey'de NATO adına kim konuştu?", "Stoltenberg Çin hakkında ne dedi?"). These are the tables that reader
uses, every key folded to ASCII ("ı" as "i", "ş" as "s", "ğ" as "g"):

    "ne zaman"      -> "when"            "kim konuştu"   -> "who" "spoke"
    "konferansında" -> "conference"      (a noun's stem, whatever case ending follows: ``STEMS``)
    "Lahey"         -> "the hague"       "Varşova" -> "warsaw", "Tiran" -> "tirana", "Galler" -> "wales"
    "hakkında"      -> "about", put before the word it follows (``POSTPOSITIONS``)

Tables only; no module imports this but ``turkish_reading``. Table-tested in tests/test_turkish.py.
"""

from __future__ import annotations

#: Phrases of two to four words, read before single words.
PHRASES: dict[str, str] = {
    "ne zaman": "when", "ne zaman ve nerede": "when\x03where", "nerede ve ne zaman": "where\x03when", "ne zamandan beri": "since when", "hangi tarihte": "on which date", "hangi gun": "on which day",
    "hangi gunde": "on which day", "hangi yil": "in which year", "hangi yilda": "in which year", "hangi yillarda": "in which years", "hangi yillar": "which years", "hangi zirvede": "at which summit",
    "ev sahipligi yapti": "hosted", "ev sahipligi yaptilar": "hosted", "ev sahipligi": "host", "ev sahibi": "host",
    "ev sahibiydi": "was host", "host etti": "hosted", "host ettiler": "hosted", "organize etti": "organised",
    "konusma yapti": "gave a speech", "bir konusma yapti": "gave a speech", "konusma verdi": "gave a speech",
    "tek basina": "alone", "video ile": "by\xa0video", "siber guvenlik": "cyber security", "siber savunma": "cyber defence",
    "neden yok": "why is there none", "genel sekreter": "secretary general", "genel sekreteri": "secretary general",
    "genel sekreteriydi": "was secretary general", "genel sekreter yardimcisi": "deputy secretary general",
    "genel sekreter yardimcisiydi": "was deputy secretary general", "disisleri bakani": "foreign minister",
    "disisleri bakanlari": "foreign ministers", "savunma bakani": "defence minister", "savunma bakanlari": "defence ministers",
    "kabul edildi": "was adopted", "kabul edilen": "adopted", "kabul etti": "adopted", "karar verildi": "was decided",
    "karar verdi": "decided", "karar aldilar": "decided", "karar alindi": "was decided", "ne karar alindi": "what was decided",
    "ne karar aldilar": "what decided", "degil mi": ", right", "dogru mu": ", is that right", "var mi": "is there \x01",
    "var miydi": "was there \x01", "var midir": "is there \x01", "diye biliyorum": ", right", "diye bir sey": "", "bir sey": "something",
    "ne demek": "what does it mean", "ne demek istedi": "what did he mean", "tam olarak": "exactly", "tam cumle": "exact words",
    "bir sonraki": "the next", "ilk kez": "for\xa0the\xa0first\xa0time", "ilk defa": "for\xa0the\xa0first\xa0time", "ne idi": "what was", "kim tarafindan": "by whom",
    "gun olarak": "as days", "su an": "now", "gorev suresi": "term of office", "uluslararasi hukuk": "international law",
    "birlesik krallik": "united kingdom", "bir ilgisi": "any connection", "ayni sey": "the same thing",
    "tam adi": "full name",
    "diyen kim": "who said",
}

#: Single words that are whole as typed.
WORDS: dict[str, str] = {
    # asking words and particles ("mi" marks a yes/no question: the reader puts the verb first)
    "ne": "what", "kim": "who", "kimdi": "who was", "kimin": "whose", "kime": "to whom", "nerede": "where", "neredeydi": "where was",
    "nereden": "from where", "nereye": "where", "hangi": "which", "hangisi": "which", "hangileri": "which", "neden": "why",
    "niye": "why", "nicin": "why", "nasil": "how", "kac": "how many", "kacinci": "which", "neydi": "what was", "nedir": "what is",
    "nelerdir": "what are", "peki": "", "merhaba": "hello", "selam": "hello", "lutfen": "please", "tesekkurler": "thanks",
    "tesekkur": "thanks", "sagol": "thanks", "evet": "yes", "hayir": "no", "acaba": "", "yani": "",
    "ve": "and", "ile": "and", "veya": "or", "yoksa": "or", "ama": "but", "fakat": "but", "da": "also", "de": "also",
    "orada": "there", "oradaydi": "was there", "burada": "here", "hic": "ever", "hala": "still", "simdi": "now", "bu": "this",
    "su": "that", "o": "he", "onun": "his", "bir": "a", "var": "there is", "vardi": "there was", "yok": "there is no",
    "ilk": "first", "ikinci": "second", "ucuncu": "third", "dorduncu": "fourth", "besinci": "fifth", "son": "last",
    "sonraki": "next", "onceki": "previous", "yeni": "new", "eski": "former", "tam": "exactly", "exact": "exact", "kez": "time",
    "bizzat": "in person", "olarak": "as", "gibi": "like", "yil": "years", "yillar": "years", "gun": "day", "ay": "month",
    "once": "ago", "sonra": "after", "kadar": "as", "cok": "very", "daha": "more", "en": "the most", "ayni": "same",
    "hep": "always", "sadece": "only", "fark": "difference", "farki": "difference", "ilgisi": "connection",
    # verbs, past tense
    "yapildi": "was held", "yapilmisti": "was held", "yapilacak": "will be held", "oldu": "was", "olmustu": "was",
    "gerceklesti": "took place", "duzenlendi": "was held", "toplandi": "met", "konustu": "spoke", "konusmus": "spoke",
    "konustular": "spoke", "soyledi": "said", "soylemis": "said", "soylediler": "said", "dedi": "said", "demis": "said",
    "acikladi": "announced", "aciklandi": "was announced", "duyurdu": "announced", "duyuruldu": "was announced",
    "imzalandi": "was signed", "imzaladi": "signed", "kuruldu": "was established", "kurulacak": "will be established",
    "tanidi": "recognised", "tanindi": "was recognised", "yayinlandi": "was published", "yayimlandi": "was published",
    "cikti": "was published", "katildi": "attended", "katildilar": "attended", "gitti": "went", "gitmedi": "did not go",
    "geldi": "came", "verdi": "gave", "yapti": "did", "yonetti": "led", "kazandi": "won", "basladi": "began", "bitti": "ended",
    "coktu": "went down", "tetikleyebilir": "could trigger", "alindi": "was taken", "aldi": "took", "aldilar": "took",
    "onaylandi": "was approved", "onayladi": "approved", "baslatildi": "was launched", "yazdi": "wrote", "bulunuyor": "is based",
    "bulunur": "is based", "konuslu": "is based", "istedi": "wanted", "anlatti": "explained", "degil": "not", "biliyorum": "i think",
    # nouns and adjectives that take no case ending here
    "siber": "cyber", "kinetik": "kinetic", "tehlikeli": "dangerous", "saldirgan": "offensive", "savunmaci": "defensive",
    "orijinal": "original", "orijinali": "the original", "ingilizce": "english", "turkce": "turkish", "alani": "domain",
    "alan": "domain", "alanda": "in the domain", "amiral": "admiral", "konsept": "concept", "konsepti": "concept",
    "mesele": "issue", "meselesi": "issue", "baglamda": "context", "baglam": "context", "operasyon": "operations",
    "savunma": "defence", "guvenlik": "security", "guvenligi": "security", "basbakan": "prime minister", "basbakani": "prime minister",
    "cumhurbaskani": "president", "buyukelci": "ambassador", "buyukelcisi": "ambassador", "direktoru": "director", "direktor": "director",
    "heyetini": "delegation", "heyeti": "delegation", "heyet": "delegation", "takim": "team", "takimi": "team",
    "adi": "name", "lazim": "needed", "zamandan": "time", "beri": "since",
    # nationalities (the places' Turkish names are the places' own table's: ``places.OTHER_NAMES``)
    "turk": "turkish", "italyan": "italian", "fransiz": "french", "ingiliz": "british", "alman": "german",
    "arnavut": "albanian", "hollandali": "dutch", "romen": "romanian", "amerikan": "american",
    # months
    "ocak": "january", "subat": "february", "mart": "march", "nisan": "april", "mayis": "may", "haziran": "june",
    "temmuz": "july", "agustos": "august", "eylul": "september", "ekim": "october", "kasim": "november", "aralik": "december",
}

#: Noun stems, read whatever case or possessive ending follows ("zirvesinin", "konferanslarından"); a plural
#: ending ("lar", "ler") reads the English plural.
STEMS: dict[str, tuple[str, str]] = {
    "konferans": ("conference", "conferences"), "zirve": ("summit", "summits"), "toplanti": ("meeting", "meetings"),
    "tarih": ("date", "dates"), "ulke": ("country", "countries"), "bakan": ("minister", "ministers"),
    "konusmaci": ("speaker", "speakers"), "konusma": ("speech", "speeches"), "soz": ("quote", "quotes"),
    "alinti": ("quote", "quotes"), "cumle": ("sentence", "sentences"), "makale": ("article", "articles"),
    "yazi": ("article", "articles"), "haber": ("article", "articles"), "kaynak": ("source", "sources"),
    "ceviri": ("translation", "translations"), "saldiri": ("attack", "attacks"), "tatbikat": ("exercise", "exercises"),
    "karar": ("decision", "decisions"), "taahhut": ("pledge", "pledges"), "merkez": ("centre", "centres"),
    "kampanya": ("campaign", "campaigns"), "fotograf": ("photo", "photos"), "yatirim": ("investment", "investments"),
    "hata": ("mistake", "mistakes"), "yetki": ("authority", "authorities"), "hukumet": ("government", "governments"),
    "taraf": ("side", "sides"), "katilimci": ("participant", "participants"), "muttefik": ("ally", "allies"),
    "ittifak": ("alliance", "alliances"), "gorev": ("office", "offices"), "katki": ("contribution", "contributions"),
    "tatbikati": ("exercise", "exercises"), "sirket": ("company", "companies"),
    "baslik": ("title", "titles"), "yil": ("year", "years"),
}
#: Letters a Turkish case, possessive or plural ending is made of (folded): what may follow a stem of ``STEMS``.
ENDING_LETTERS = frozenset("aeiouylrnsdtkmc")

#: Words that follow what they govern ("Çin hakkında": about China): (put before the word, put after it).
POSTPOSITIONS: dict[str, tuple[str, str]] = {
    "hakkinda": ("about", ""), "konusunda": ("about", ""), "adina": ("for", ""), "tarafindan": ("from the", "side"),
    "icin": ("for", ""), "gore": ("according to", ""), "ilgili": ("about", ""), "birinde": ("at one of the", ""),
}

#: Endings after an apostrophe ("Roma'daki", "2023'te", "Ankara'dan", "Stoltenberg'in"): the English word
#: before the name ("in", "from", "to"), or after it ("'s").
LOCATIVE = frozenset("da de ta te dayken deyken".split())
#: Endings that make a place a modifier ("Roma'daki konferans": the Rome conference): read as the name alone.
OF_PLACE = frozenset("daki deki taki teki".split())
ABLATIVE = frozenset("dan den tan ten".split())
GENITIVE = frozenset("in nin un nun".split())
DATIVE = frozenset("a e ya ye".split())

#: Yes/no particles ("konuştu mu?", "Paris mi?", "2015'te miydi?"), folded: the reader asks the verb before them.
PARTICLES = frozenset("mi mu miydi muydu midir mudur misin musun".split())
#: Of those, the ones that ask of the past ("2015'te miydi?": was it in 2015?).
PAST_PARTICLES = frozenset("miydi muydu".split())
#: Past verbs a yes/no question asks with "did": English verb as ``WORDS`` reads it -> its base form.
BASE_FORMS: dict[str, str] = {
    "spoke": "speak", "said": "say", "attended": "attend", "went": "go", "came": "come", "gave": "give", "signed": "sign",
    "announced": "announce", "hosted": "host", "led": "lead", "won": "win", "wrote": "write", "gave a speech": "give a speech",
    "recognised": "recognise", "adopted": "adopt", "decided": "decide", "approved": "approve", "organised": "organise",
    "began": "begin", "ended": "end", "took": "take", "did": "do", "wanted": "want", "explained": "explain",
}

#: Words only Turkish writes (folded): one of them in a question says it may be Turkish.
MARKERS = frozenset(
    "zaman nerede neredeydi neydi nedir nelerdir hangi hangisi kimdi kimin dedi demis soyledi soylemis konustu konusmus "
    "yapildi yapti oldu degil dogru peki hakkinda neden niye nicin nasil kac kacinci merhaba lutfen tesekkurler miydi muydu "
    "midir mudur lahey varsova galler bruksel bukres vasington gerceklesti duzenlendi acikladi aciklandi imzalandi kuruldu "
    "tanidi yayinlandi katildi gitti gitmedi yonetti kazandi coktu tetikleyebilir alindi onaylandi adina tarafindan "
    "icin siber bizzat orada oradaydi sonraki tiran yapilmisti konferansi konferansin konferansina konferansinda konferansindan "
    "konferansinin konferanslari konferanslarindan konferansa konferansta konferansiyla zirve zirvesi zirvesinde zirvesinin "
    "zirvesine zirveleri zirvede zamandan".split()
)

#: Marks the reader leaves for ``turkish_order`` (each removed or restored before the text leaves the reader):
#: a yes/no particle, a past one, "and" between asking words, a comma inside a list, and the space binding the
#: words of a where/when/about phrase ("in the hague", "about china") into one word.
YES_NO, WAS_IT, AND, LIST_COMMA, BOUND = "\x01", "\x02", "\x03", "\x04", "\xa0"
