"""Portuguese words and phrases, read into English by ``portuguese_reading``.

Brazilian and Portuguese students mix Portuguese into their questions, or write them wholly in it,
in chat's lowercase with no accents ("quando foi", "oq ele falou", "foi em que cidade?"). These are
the tables: words that are no English word (``WORDS``), words a Portuguese question uses that are
also English ("a", "no", "do", "data", "era": ``AMBIGUOUS``, read only in a question ``MARKERS`` shows
is Portuguese), the past tenses asked about with their English base and past forms (``VERBS``), and
phrases whose word order English turns round (``PHRASES``: "foi quando?" -> "when was it?").
Tables only; no module imports this but ``portuguese_reading``. Table-tested in tests/test_portuguese.py.
"""

from __future__ import annotations

from .places import PLACES

#: Words Portuguese shares with Spanish or Italian but not English: two of them, and no word only another language
#: uses, mark a question as Portuguese too ("a odobescu era ministra de que pais?").
_SHARED_WORDS = frozenset("que pais paises ministra ministro conferencia quando ano anos dia dias sobre antes todas todos primeira".split())
#: Past and present tenses: Portuguese -> (English base form, English past or present as asked).
VERBS: dict[str, tuple[str, str]] = {
    "disse": ("say", "said"), "disseram": ("say", "said"), "falou": ("say", "said"), "falaram": ("say", "said"),
    "escreveu": ("write", "wrote"), "escreveram": ("write", "wrote"), "abriu": ("open", "opened"), "abriram": ("open", "opened"),
    "decidiu": ("decide", "decided"), "decidiram": ("decide", "decided"), "aprovou": ("approve", "approved"),
    "aprovaram": ("approve", "approved"), "anunciou": ("announce", "announced"), "anunciaram": ("announce", "announced"),
    "criou": ("create", "created"), "criaram": ("create", "created"), "pediu": ("ask", "asked"), "pediram": ("ask", "asked"),
    "comparou": ("compare", "compared"), "participou": ("take part", "took part"), "participaram": ("take part", "took part"),
    "representou": ("represent", "represented"), "virou": ("become", "became"), "reconheceu": ("recognise", "recognised"),
    "reconheceram": ("recognise", "recognised"), "assinou": ("sign", "signed"), "assinaram": ("sign", "signed"),
    "sediou": ("host", "hosted"), "sediaram": ("host", "hosted"), "organizou": ("host", "hosted"), "organizaram": ("host", "hosted"),
    "recebeu": ("host", "hosted"), "mencionou": ("mention", "mentioned"), "citou": ("quote", "quoted"), "chamou": ("call", "called"),
    "acordaram": ("agree", "agreed"), "adotou": ("adopt", "adopted"), "adotaram": ("adopt", "adopted"), "lancou": ("launch", "launched"),
    "lancaram": ("launch", "launched"), "comecou": ("start", "started"), "discursou": ("speak", "spoke"), "avisou": ("warn", "warned"),
    "alertou": ("warn", "warned"), "prometeu": ("promise", "promised"), "prometeram": ("promise", "promised"),
    "substituiu": ("replace", "replaced"), "sucedeu": ("succeed", "succeeded"), "terminou": ("end", "ended"), "acabou": ("end", "ended"),
    "menciona": ("mention", "mentions"), "cita": ("quote", "quotes"), "diz": ("say", "says"), "fala": ("say", "says"),
}
#: Words only Portuguese uses: one of them marks a question as Portuguese (Spanish, Italian and French share none).
MARKERS = frozenset(
    "foi foram quem onde qual quais disse disseram falou falaram oq oque isso esse essa aquele aquela ele ela eles elas "
    "pra pros tava estava teve nao obrigado obrigada aconteceu quantos quantas voce vc gente exatamente escreveu decidiram "
    "decidiu aprovaram abriu anunciado anunciada virou hoje atras cidade alguma algum dessas desses pessoalmente msm "
    "pediu comparou participou participaram representou trabalham orcamento pessoas dinheiro inimiga inimigo edicao "
    "artigo mencionou menciona dele dela tambem tbm valeu oi agora sediou organizou ciberdefesa defesa seguranca ciberseguranca "
    "ciberespaco anfitriao ninguem sozinho investimento hj obg vlw pfv dps agr ngm qnd qdo qts vcs tmb datas edicoes alem".split()) | {verb for verb in VERBS if verb.endswith(("ou", "eu", "iu", "ram"))}
#: Months, as dates are written ("9 de novembro de 2023", "julho de 2023").
MONTHS = {"janeiro": "january", "fevereiro": "february", "marco": "march", "abril": "april", "maio": "may", "junho": "june",
          "julho": "july", "agosto": "august", "setembro": "september", "outubro": "october", "novembro": "november", "dezembro": "december"}
#: Nationalities, which Portuguese puts after the noun ("a ministra francesa": the French minister).
NATIONALITIES = {"francesa": "french", "frances": "french", "alema": "german", "alemao": "german", "holandesa": "dutch",
                 "holandes": "dutch", "romena": "romanian", "romeno": "romanian", "albanes": "albanian", "albanesa": "albanian",
                 "estoniana": "estonian", "estoniano": "estonian", "italiana": "italian", "italiano": "italian", "britanica": "british",
                 "britanico": "british", "americana": "american", "americano": "american", "brasileira": "brazilian", "brasileiro": "brazilian"}
#: Nationalities count as shared words too: Spanish writes "holandesa" as well ("odobescu era ministra holandesa?").
SHARED = _SHARED_WORDS | frozenset(NATIONALITIES)
#: Participles asked of with "foi" ("quando foi anunciado?": when was it announced?).
_DONE = "anunciad[oa]|acordad[oa]|criad[oa]|decidid[oa]|assinad[oa]|aprovad[oa]|realizad[oa]|fundad[oa]|lancad[oa]|sediad[oa]|publicad[oa]|escrit[oa]"
#: "X foi feito por quem?": who did it, by the participle's verb.
_BY_WHOM = {"feito": "was behind", "feita": "was behind", "organizado": "hosted", "organizada": "hosted", "sediado": "hosted",
            "sediada": "hosted", "escrito": "wrote", "escrita": "wrote", "aberto": "opened", "aberta": "opened"}
#: Words that are no English word, read alone ("" drops chatter).
WORDS: dict[str, str] = {
    "quem": "who", "quando": "when", "onde": "where", "qual": "which", "quais": "which", "quanto": "how much", "quantos": "how many",
    "quantas": "how many", "porque": "why", "pq": "why", "oq": "what", "oque": "what", "como": "how",
    "foi": "was", "foram": "were", "eram": "were", "eh": "is", "sao": "are", "estava": "was", "tava": "was", "esteve": "was", "sera": "will be",
    "ser": "be", "seria": "would be", "dos": "of the", "das": "of the", "em": "in", "nos": "in the", "nas": "in the", "num": "in a",
    "numa": "in a", "com": "with", "para": "for", "pra": "for", "pros": "for the", "pras": "for the", "por": "by", "pelo": "by the",
    "pela": "by the", "sobre": "about", "sem": "without", "ate": "until", "desde": "since", "entre": "between", "antes": "before",
    "depois": "after", "contra": "against", "ao": "to the", "aos": "to the", "junto": "together", "ele": "he", "ela": "she",
    "eles": "they", "elas": "they", "isso": "that", "isto": "this", "esse": "this", "essa": "this", "este": "this", "aquele": "that",
    "aquela": "that", "dele": "his", "dela": "her", "deles": "their", "seu": "his", "sua": "his", "eu": "i", "voce": "you",
    "vc": "you", "voces": "you", "meu": "my", "minha": "my", "nosso": "our", "nossa": "our", "alguem": "someone", "algum": "any",
    "alguma": "any", "alguns": "some", "algumas": "some", "todos": "all", "todas": "all", "tudo": "everything", "nada": "nothing",
    "outro": "other", "outra": "other", "mesmo": "really", "msm": "really", "ou": "or", "mas": "but", "tambem": "also",
    "tb": "also", "tbm": "also", "ja": "ever", "ainda": "still", "nao": "not", "sim": "yes", "ne": "right", "aqui": "here",
    "agora": "now", "hoje": "today", "ontem": "yesterday", "atras": "ago", "passado": "last", "passada": "last", "proximo": "next",
    "proxima": "next", "ultimo": "last", "ultima": "last", "mais": "more", "menos": "less", "muito": "very", "exatamente": "exactly",
    "pessoalmente": "in person", "presencialmente": "in person", "conferencia": "conference", "conferencias": "conferences",
    "cupula": "summit", "cimeira": "summit", "reuniao": "meeting", "datas": "dates", "dia": "day", "dias": "days", "mes": "month",
    "meses": "months", "ano": "year", "anos": "years", "semana": "week", "cidade": "city", "pais": "country", "paises": "countries",
    "ministra": "minister", "ministro": "minister", "frase": "quote", "frases": "quotes", "citacao": "quote", "citacoes": "quotes",
    "discurso": "speech", "artigo": "article", "foto": "photo", "edicao": "edition", "exercicio": "exercise", "ataque": "attack",
    "ataques": "attacks", "computadores": "computers", "governo": "government", "orcamento": "budget", "pessoas": "people",
    "dinheiro": "money", "aliados": "allies", "conceito": "concept", "novo": "new", "nova": "new", "abertura": "opening",
    "tipo": "like", "tecnologia": "technology", "inimiga": "an enemy", "inimigo": "an enemy", "executivo": "executive",
    "nome": "name", "campanha": "campaign", "decisao": "decision", "compromisso": "pledge", "primeira": "first", "primeiro": "first",
    "segunda": "second", "segundo": "second", "terceira": "third", "terceiro": "third", "quarta": "fourth", "quarto": "fourth",
    "quinta": "fifth", "quinto": "fifth", "brasil": "brazil", "alemanha": "germany", "haia": "the hague", "holanda": "the netherlands",
    "romenia": "romania", "franca": "france", "aconteceu": "happened", "anunciado": "announced", "anunciada": "announced",
    "acordado": "agreed", "acordada": "agreed", "criar": "create", "criado": "created", "criada": "created", "trabalham": "work",
    "custa": "cost", "aparece": "appears", "exporta": "exports", "existe": "exists", "fazer": "do", "fazerem": "do",
    "preciso": "i need", "sabe": "know", "oi": "hi", "ola": "hello", "gente": "", "pessoal": "", "galera": "", "obrigado": "thanks",
    "obrigada": "thanks", "valeu": "thanks", "kkk": "", "kkkk": "", "dessas": "of these", "desses": "of these", "desse": "of this",
    "dessa": "of this", "daquela": "of that", "daquele": "of that", "nessa": "at this", "nesse": "at this", "naquela": "at that",
    "naquele": "at that", "ofensiva": "offensive", "defensiva": "defensive", "ofensivo": "offensive", "defensivo": "defensive",
    "algo": "something", "recente": "recent", "lugar": "place", "exata": "exact", "exato": "exact", "todo": "all", "estao": "are",
    "esta": "this", "qdo": "when", "qnd": "when", "vez": "time", "vezes": "times", "entao": "so", "um": "a", "uma": "a",
    "uns": "some", "umas": "some", "decidido": "decided", "decidida": "decided", "assinado": "signed", "assinada": "signed",
    "aprovado": "approved", "aprovada": "approved", "realizado": "held", "realizada": "held", "fundado": "founded",
    "fundada": "founded", "lancado": "launched", "lancada": "launched", "sediado": "based", "sediada": "based", "pledge": "pledge",
    "contestado": "contested", "contestada": "contested", "tempo": "time", "empresas": "companies", "empresa": "company",
    "privadas": "private", "privada": "private", "privado": "private", "privados": "private", "diferenca": "difference",
    "aconteceram": "happened", "durou": "lasted", "otan": "nato", "fica": "is", "ficam": "are", "investimento": "investment",
    "investimentos": "investment", "gasto": "spending", "gastos": "spending", "gasta": "spends", "gastam": "spend",
    "ciberdefesa": "cyber defence", "ciberseguranca": "cybersecurity",
    "espaco": "space", "constantemente": "constantly", "sempre": "always", "nunca": "never", "juntos": "together", "unidos": "united",
    "inimigos": "enemies", "valores": "values", "erro": "mistake", "repetir": "repeat", "devemos": "we must", "precisamos": "we need",
    "publicado": "published", "publicada": "published", "escrito": "written", "escrita": "written", "tinha": "had", "tema": "theme",
    "temas": "themes", "documento": "document", "mesma": "same", "feito": "done", "feita": "done",
    "hj": "today", "obg": "thanks", "vlw": "thanks", "pfv": "please", "pls": "please", "dps": "after", "agr": "now", "td": "all",
    "mt": "very", "mto": "very", "ngm": "no one", "qto": "how much", "qts": "how many", "tmb": "also", "vcs": "you", "tds": "all",
    "ciberataque": "cyber attack", "ciberataques": "cyber attacks", "ciberespaco": "cyberspace", "ciber": "cyber", "dominio": "domain",
    "operacoes": "operations", "anfitriao": "host", "anfitria": "host", "anfitrioes": "hosts", "ninguem": "no one", "sozinho": "alone",
    "sozinha": "alone", "defesa": "defence", "seguranca": "security", "ameaca": "threat", "ameacas": "threats", "guerra": "war",
    "russia": "russia", "ucrania": "ukraine", "palavras": "words", "cargo": "position", "sucessor": "successor", "antecessor": "predecessor",
    "participantes": "participants", "palestrantes": "speakers", "palestrante": "speaker", "evento": "event", "eventos": "events",
    "aliado": "ally", "membros": "members", "lista": "list", "vai": "will", "vao": "will",
    "promessa": "pledge", "promessas": "pledges", "alem": "besides", "edicoes": "editions", "parte": "part", "partes": "parts",
    "papel": "role", "cidades": "cities", "lugares": "places", "cargos": "positions", "ministerio": "ministry",
    "parceiro": "partner", "parceira": "partner", "parceiros": "partners", "parceiras": "partners",
    **MONTHS, **NATIONALITIES, **{verb: past for verb, (_, past) in VERBS.items()},
}
#: Words that are also English, read only in a Portuguese question (``portuguese_reading`` picks the sense from the next word).
AMBIGUOUS = frozenset("o a os as do da de no na e la se so tem teve data era pro me ha".split())
#: Where "no"/"na" (in the) is "at the" or "on the": by the word after.
AT_THE = frozenset("conferencia conference cupula summit reuniao meeting abertura opening nicc evento pledge cyber".split())
ON_THE = frozenset("dia day site sites op twitter".split())
#: English words after which "no" is English ("no one stands alone").
ENGLISH_AFTER_NO = frozenset("one longer more doubt way idea".split())
#: Ordinals, after which "no"/"na" is read by the noun they go with ("no primeiro dia": on the first day).
ORDINALS = frozenset("primeiro primeira segundo segunda terceiro terceira ultimo ultima".split())
#: Pronouns that can be the subject of a verb in ``VERBS``.
PRONOUNS = {"ele": "he", "ela": "she", "eles": "they", "elas": "they", "voce": "you", "vc": "you", "eu": "i"}
_VERB = "|".join(VERBS)


def _place_first(match) -> str:
    """"artigo de rome" -> "rome artigo" (the Rome article, not an article published in Rome); other words as they are."""
    return f"{match[2]} {match[1]}" if match[2] in PLACES else match[0]


def _by_them(match) -> str:
    """"alguma frase dele" -> "any line by him"."""
    return f"{match[1]} {match[2]} by {'him' if match[3] == 'dele' else 'her'}"


#: The end of a clause, an "exactly" or "really" before it: "é o que exatamente?".
_CLAUSE_ENDS = r"(?=(?: exatamente| mesmo| msm| afinal)?\s*(?:[?!.,]|$))"
#: (cue, pattern, replacement) read before the words, in this order; each runs only when its cue word is in the question.
PHRASES = (
    ("de", r"\b(\d{1,2}) de (" + "|".join(MONTHS) + r")\b", r"\1 \2"),
    ("de", r"\b(" + "|".join(MONTHS) + r") de (\d{4})\b", r"\1 \2"),
    ("desde", r"\b(?:obrigad[oa]|valeu) desde ja\b", "thanks"), ("favor", r"\bpor favor\b", "please"),
    ("passado", r"\b(?:o |no )?ano passado\b", "last year"), ("vem", r"\b(?:o |no )?ano que vem\b", "next year"),
    ("ano", r"\b(?:este|esse|neste|nesse) ano\b", "this year"), ("ha", r"\bha (\d+|um|uma|dois|duas|tres) (anos|dias|meses|semanas)\b", r"\1 \2 ago"),
    ("ultima", r"\b(?:a |o )?(?:ultima|ultimo)\b", "the last"),
    *((cue, r"\b(?:primeir[oa][ -])?ministr[oa] (?:da|de|do) defesa\b", "defence minister") for cue in ("ministra", "ministro")),
    ("ministra", r"\bprimeir[oa][ -]ministr[oa]\b", "prime minister"), ("ministro", r"\bprimeir[oa][ -]ministr[oa]\b", "prime minister"),
    *((cue, r"\bministr[oa] (?:das|dos) (?:relacoes exteriores|negocios estrangeiros)\b", "foreign minister") for cue in ("ministra", "ministro")),
    ("secretario", r"\bvice[ -]secretari[oa][ -]geral\b", "deputy secretary general"),
    ("secretario", r"\bsecretari[oa][ -]geral\b", "secretary general"), ("secretaria", r"\bsecretari[oa][ -]geral\b", "secretary general"),
    ("nao", r"\bnao (e|eh|is|foi|era)\b", r"\1 not"), ("not", r"\bnot (is|foi|era)\b", r"\1 not"),
    ("sabe", r"^(?:(?:vc|voce|voces|vcs|alguem|tu) )?(?:sabe|sabem|sabes|sabia|saberia)(?: (?:me )?dizer)?(?: se)? ", ""),
    ("sera", r"^sera que ", ""), ("tras", r"\b(?:estava |esta |foi )?(?:por )?tras (?:do|da|dos|das)\b", "was behind the"),
    ("tras", r"\b(?:estava |esta |foi )?(?:por )?tras de\b", "was behind"), ("privadas", r"\b(empresas|empresa) (privad[oa]s?)\b", r"\2 \1"),
    ("todo", r"\bo tempo todo\b", "all the time"), ("completo", r"\bnome completo\b", "full name"),
    ("fica", r"\b(?:onde (?:ele|ela) fica|(?:ele|ela) fica onde)\b", "where is it"),
    ("ate", r"^(?:o |a )?(.+?) (?:foi|era) (.+?) ate quando\b", r"until when was \1 \2"),
    ("durou", r"\bquantos dias durou ([^?!.,]+)", r"how many days did \1 last"),
    ("foi", r"\bfoi (pessoalmente |presencialmente )?(?:pra|para|ate) ", r"went \1to "),
    ("de", r"^(?:e )?(?:a|o) (?:de|do|da|em) ([^?!.,]+?)(?=\s*\?*\s*$)", r"and the \1 one"),
    ("epoca", r"\bna epoca\b", "at the time"), ("tempo", r"\bnaquele tempo\b", "at the time"),
    *((pronoun, rf"\b({pronoun}) ({'|'.join(VERBS)}) (onde|quando)(?=\s*[?!.,]|\s*$)", r"\3 \1 \2") for pronoun in ("ele", "ela", "eles", "elas")),
    ("por", r"^(.+?) (?:foi|foram) (" + "|".join(_BY_WHOM) + r") por quem\b", lambda m: f"who {_BY_WHOM[m[2]]} {m[1]}"),
    ("tinha", r"^(.+?) (?:tinha|teve) quant[oa]s ([a-z]+)", r"how many \2 did \1 have"),
    ("mesma", r"^(.+?) (?:falaram|discursaram|estiveram|foram) (?:na|no|em) (?:mesma|mesmo) ([a-z]+)", r"did \1 speak at the same \2"),
    *((cue, r"^(?:o |a )?(.+?) (" + "|".join(VERBS) + r") (?:o que|oq)\b", lambda m: f"what did {m[1]} {VERBS[m[2]][0]}") for cue in ("que", "oq")),
    ("qual", r"^(?:o |a )?(.+?) (" + "|".join(VERBS) + r") (?:qual|quais|que) ([a-z]+)", lambda m: f"which {m[3]} did {m[1]} {VERBS[m[2]][0]}"),
    ("tornou", r"\bse tornou\b", "virou"), ("sozinho", r"\bfica sozinho\b", "stands alone"), ("sozinha", r"\bfica sozinha\b", "stands alone"),
    ("faz", r"\bquantos anos faz (?:desde|que)\b", "how many years since"), ("faz", r"\b(?:faz|ha) quanto tempo (?:que )?", "how long ago "),
    ("como", r"(?<=[a-z] )como (?=(?:um |uma |o |a )?[a-z])", "as "),
    *((verb, rf"\b(quando|onde) {verb} (?:o |a |os |as )?([^?!.,]+)", rf"\1 did \2 {base}")
      for verb, base in (("comecou", "start"), ("aconteceu", "happen"), ("terminou", "end"), ("acabou", "end"))),
    ("antes", r"\bantes de ser\b", "before being"), ("junto", r"\bjunto com\b", "together with"),
    ("qual", r"\bqual (?:e |eh |is )?(o|a|os|as) (?=[a-z])", r"what is \1 "), ("qual", r"\bqual (?:era|foi) (o|a|os|as) (?=[a-z])", r"which was \1 "),
    ("alguma", r"\b(alguma|algum|uma|um) (frase|citacao|declaracao|discurso) (dele|dela)\b", _by_them),
    *((cue, r"\b(?:o |a |the )?(nome|discurso|artigo|frase|cargo|papel) (dele|dela)\b", r"\2 \1") for cue in ("dele", "dela")),
    *((cue, r"^(e )?(antes|depois) (dele|dela), ([^?!.]+)", r"\1\4 \2 \3") for cue in ("antes", "depois")),  # "antes dele, quem era sg": asked last
    ("sobre", r"\bsobre (?:ele|ela)\b", "about it"),  # "a primeira conferencia sobre ele" (the pledge): about it
    *((pronoun, rf"\b(antes|depois|alem|com|sem|contra) ({pronoun})\b", lambda m: f"{m[1]} {'her' if m[2].endswith('a') else 'him'}")
      for pronoun in ("dele", "dela", "ele", "ela")),
    ("alem", r"\balem (?:do|da|dos|das)\b", "besides the"), ("alem", r"\balem de\b", "besides"),
    ("de", r"\b(is|was|era|foi) de (\d{4})\b", r"\1 from \2"),
    *((noun, rf"\b({noun}) (?:do|da|de) (?=[a-z])", r"\1 by ") for noun in ("frase", "frases", "citacao", "citacoes", "discurso", "palavras")),
    ("ele", r"\b(ele|ela) (era|foi|e|is) (?:o que|oq|oque)\b", r"what \2 \1"),
    ("custa", r"\bquanto custa\b", "how much does it cost"), ("exata", r"\bdata exata\b", "exact date"),
    *(phrase for cue in ("participou", "participaram") for phrase in (
        (cue, r"\b(participou|participaram) (?:de|em)\b", r"\1 in"), (cue, r"\b(participou|participaram) (?:da|do|das|dos|na|no|nas|nos)\b", r"\1 in the"))),
    ("foi", r"\bfoi (" + _DONE + r") (onde|quando)\b", r"\2 was it \1"),
    ("foi", r"\b(quando|onde) foi (" + _DONE + r")(?=\s*(?:[?!.,]|$))", r"\1 was it \2"),
    ("tipo", r"\b(?:com |de )?(?:que|qual) tipo de\b", "with what kind of"),
    ("pediu", r"\bpediu (?:pros|pras|aos|as) ([a-z]+) (?:fazerem|fazer)\b", r"pediu the \1 to fazer"),
    ("pediu", r"\bpediu mais\b", "asked for more"),
    ("foi", r"\bfoi (?:em|no|na) (?:que|qual|q) (cidade|pais|lugar|ano|mes|dia|summit|cupula|conferencia)\b", r"in which \1 was it"),
    ("foi", r"\b(?:em|no|na) (?:que|qual|q) (cidade|pais|lugar|ano|mes|dia) (?:foi|era)(?=\s*(?:exatamente\s*)?(?:[?!.,]|$))", r"in which \1 was it"),
    ("foi", r"\bfoi (quando|onde)\b", r"\1 was it"),
    ("foi", r"\b(quando|onde) foi(?=\s*(?:exatamente\s*)?(?:[?!.,]|$))", r"\1 was it"),
    ("foi", r"\b(?:qual|que|q) (dia|mes|ano|data|cidade|pais|lugar) (?:foi|era)(?=\s*(?:exatamente\s*)?(?:[?!.,]|$))", r"which \1 was it"),
    *(phrase for cue in ("que", "oq", "oque", "q") for phrase in (
        (cue, r"\b(?:o que|oq|oque|o q) (?:e|eh|is)\b" + _CLAUSE_ENDS, "what is it"),
        (cue, r"^([^,?!.]+?) (?:e|eh|is) (?:o que|oq|oque|o q)" + _CLAUSE_ENDS, r"what is \1"),
        (cue, r"^(?:e )?([^?!.]+?), (?:e|eh|is) (?:o que|oq|oque|o q)" + _CLAUSE_ENDS, r"what is \1"))),
    *((noun, rf"\b({noun}) (?:de|da|do|sobre) (?:a |o )?([a-z]+)\b", _place_first) for noun in ("artigo", "texto", "materia", "reportagem", "discurso")),
    ("que", r"(?<!\bo )\bque (?=(?:" + _VERB + r"|foi|era|estava|tava)\b)", "who "),
    ("criar", r"\b(decidiu|decidiram|pediu|pediram|prometeu|prometeram) (criar|fazer)\b", r"\1 to \2"),
    ("recente", r"\b(a|o|the) ((?:conferencia|conference|summit|cupula|edicao|edition|evento|event|pledge|cyber|nato)\b[^?.,!]*?) mais recente\b", r"\1 latest \2"),
    ("foi", r"(?:^|(?<=[?!.,] ))foi (?=(?:em|no|na|online|presencial|mesmo|o|a|um|uma)\b)", "was it "),
    ("teve", r"(?:^|(?<=[?!.,] ))teve\b", "there was"), ("tem", r"(?:^|(?<=[?!.,] ))tem\b", "is there"),
    ("la", r"\bla (?=(?:em|no|na)\b)", ""), ("recente", r"\bmais recente\b", "latest"),
    *((noun, rf"\b(prime minister|defence minister|foreign minister|ministr[oa]|{noun}) ({'|'.join(NATIONALITIES)})\b", r"\2 \1")
      for noun in ("ministra", "ministro", "governo", "presidente", "embaixador", "embaixadora", "delegacao")),
)
#: Read after the questions asked of a subject ("o que a ollongren falou": what did Ollongren say): "o que" left is "what".
AFTER_ASKED = (("que", r"\b(?:o que|oq|oque|o q)\b", "what"),)
