"""English: data only. The engine in ``quoteattr`` holds the logic."""

STOPWORDS = (
    "the", "of", "and", "to", "in", "is", "that", "it", "was", "for", "on", "with",
    "he", "she", "they", "as", "at", "by", "this", "have", "has", "from", "not", "but",
    "are", "be", "said", "his", "her", "their", "would", "will", "an", "or", "we",
)  # fmt: skip

SPEECH_HINTS = (
    "said", "says", "say", "told", "tells", "added", "adds", "explained", "noted",
    "stated", "claimed", "argued", "insisted", "warned", "wrote", "writes", "asked",
    "replied", "responded", "continued", "recalled", "admitted", "acknowledged",
    "announced", "declared", "suggested", "pointed out", "remarked", "observed",
    "tweeted", "posted", "testified", "conceded", "vowed", "quipped", "joked",
    "complained", "cautioned", "predicted", "according to", "saying", "telling",
)  # fmt: skip

MENTION_MARKERS = (
    "so-called", "so called", "dubbed", "nicknamed", "called", "titled", "entitled",
    "named", "the word", "the words", "the term", "the phrase", "the slogan", "the label",
    "labeled", "labelled", "branded", "the film", "the book", "the show", "the song",
    "the movie", "the album", "the hashtag", "known as",
)  # fmt: skip

# Words that, right before a short quote, make it part of a noun phrase (the "deal",
# a "witch hunt"): the quote names, it does not report.
LABEL_LEADS = (
    "the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those",
    "my", "your",
)  # fmt: skip
LABEL_ADJECTIVES = ("new", "real", "true", "famous", "big", "little", "great")
CLAUSE_WORDS: tuple[str, ...] = ()

NICKNAME_MARKERS: tuple[str, ...] = ()

# How English news orders a quote and its attribution.
POSTPOSED_SUBJECT_FIRST = True  # "…," Smith said. as well as "…," said Smith.
INCISE_INSIDE_QUOTES = False  # English closes the quote around an incise: "We," he said, "won."
MERGE_INTERRUPTED_QUOTES = True  # and those two quotes are one quote in two parts
ROLE_PHRASE_HEAD_FINAL = True  # "the White House spokesman": the noun ends the phrase

# Reporting verbs of news usage, as lemmas; particles are written after the verb.
REPORTING_VERBS = (
    "say", "call", "describe", "tell", "add", "explain", "note", "state", "claim", "argue", "insist", "warn",
    "write", "ask", "reply", "respond", "continue", "recall", "admit", "acknowledge",
    "announce", "declare", "suggest", "point out", "remark", "observe", "tweet", "post",
    "testify", "concede", "vow", "quip", "joke", "complain", "caution", "predict", "assert",
    "affirm", "allege", "answer", "boast", "brag", "charge", "comment", "confess",
    "confirm", "contend", "counter", "cry", "demand", "deny", "disclose",
    "emphasize", "emphasise", "exclaim", "grumble", "hint", "imply", "indicate", "inform",
    "lament", "maintain", "mention", "murmur", "mutter", "muse", "pledge", "plead",
    "proclaim", "promise", "protest", "recount", "reiterate", "reveal", "retort", "scoff",
    "shout", "snap", "speculate", "stress", "swear", "tout", "urge", "wonder", "whisper",
    "yell", "agree", "advise", "assure", "conclude", "elaborate", "estimate", "forecast",
    "guarantee", "highlight", "inquire", "instruct", "interject", "marvel", "object",
    "opine", "order", "quote", "rebut", "recommend", "reflect", "reassure", "repeat",
    "report", "rule", "scream", "sigh", "sneer", "sob", "specify", "underline",
    "underscore", "brief", "chide", "clarify", "concur", "contest", "criticize",
    "criticise", "decry", "dismiss", "dispute", "echo", "fume", "gush", "laugh", "lash out",
    "go on", "sum up", "spell out", "weigh in", "chime in", "fire back", "shoot back",
    "hit back", "push back", "blast", "slam", "praise", "hail", "thank",
    "welcome", "applaud", "reason", "surmise", "venture", "volunteer", "rail", "rant",
    "rave", "tease", "taunt", "confide", "divulge", "pronounce", "beg", "implore", "posit",
    "theorize", "remind", "recollect", "blurt out", "stammer", "stutter", "bellow",
    "holler",
)  # fmt: skip

# Verbs that report speech only right after a quote.
INCISE_ONLY_VERBS = (
    "read",
    "remember",
    "put",
    "smile",
    "grin",
    "nod",
    "shrug",
    "chuckle",
    "groan",
    "gasp",
    "sniff",
    "wince",
    "think",  # thoughts are reported like speech in fiction: "Well!" thought Alice
    "wonder",
    "reflect",
    "muse",
    # the voices of fiction, next to a quote only: "No, no," shrieked Fannie
    "shriek",
    "growl",
    "hiss",
    "snarl",
    "roar",
    "wail",
    "whimper",
    "squeal",
    "giggle",
    "drawl",
    "lisp",
    "croak",
    "rejoin",
    "resume",
    "interpose",
    "interrupt",
    "persist",
    "query",
    "pursue",
    "breathe",
    "coo",
    "purr",
    "mumble",
    "moan",
    "pant",
    "grunt",
    "snort",
    "bark",
    "thunder",
    "expostulate",
    "remonstrate",
    "assent",
    "cut in",
    "put in",
    "break in",
    "squeak",
    "ejaculate",
    "entreat",
    "bawl",
    "wheeze",
    "splutter",
    "sputter",
    "falter",
    "quaver",
    "pipe",
    "enquire",
    "return",
    "acquiesce",
    "subjoin",
    "hazard",
    "begin",
    "question",
    "correct",
    "offer",
    "proceed",
    "request",
    "command",
)

# Verbs of the list above that also take an object or an infinitive ("began to see",
# "questioned Mr. Trump's veracity"): a cue only when punctuation follows them, or when
# they follow the quote with their subject after them ("…," began the Hatter).
CLAUSE_FINAL_VERBS = ("begin", "question", "correct", "offer", "proceed", "request", "command")

# Irregular verbs: lemma -> (simple past, past participle).
IRREGULAR_VERBS = {
    "say": ("said", "said"), "begin": ("began", "begun"), "read": ("read", "read"), "put": ("put", "put"), "tell": ("told", "told"), "write": ("wrote", "written"),
    "swear": ("swore", "sworn"), "go": ("went", "gone"), "sum": ("summed", "summed"),
    "spell": ("spelled", "spelled"), "shoot": ("shot", "shot"), "hit": ("hit", "hit"),
    "push": ("pushed", "pushed"), "fire": ("fired", "fired"), "weigh": ("weighed", "weighed"),
    "lash": ("lashed", "lashed"), "chime": ("chimed", "chimed"), "forecast": ("forecast", "forecast"),
    "speak": ("spoke", "spoken"), "think": ("thought", "thought"), "quote": ("quoted", "quoted"),
    "brief": ("briefed", "briefed"), "beg": ("begged", "begged"), "sob": ("sobbed", "sobbed"),
    "snap": ("snapped", "snapped"), "quip": ("quipped", "quipped"), "rebut": ("rebutted", "rebutted"),
    "admit": ("admitted", "admitted"), "concur": ("concurred", "concurred"), "grin": ("grinned", "grinned"),
    "nod": ("nodded", "nodded"), "rant": ("ranted", "ranted"),
    "cut": ("cut", "cut"), "break": ("broke", "broken"),
}  # fmt: skip

AUXILIARIES = (
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "could", "might",
    "may", "did", "does", "do", "can", "'s", "’s", "also", "has also", "had also",
)  # fmt: skip

ADVERBS = (
    "also", "later", "recently", "previously", "earlier", "again", "then", "once", "often",
    "repeatedly", "publicly", "privately", "bluntly", "flatly", "simply", "quietly",
    "sharply", "firmly", "angrily", "calmly", "softly", "loudly", "frankly", "candidly",
    "openly", "jokingly", "wryly", "tersely", "succinctly", "emphatically", "finally",
    "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "not", "never", "still", "further", "afterward", "afterwards",
    "immediately", "separately", "only", "even",
)  # fmt: skip

TITLES = {
    "Mr.": "m", "Mr": "m", "Mrs.": "f", "Mrs": "f", "Ms.": "f", "Ms": "f", "Miss": "f",
    "Dr.": None, "Dr": None, "Prof.": None, "Sen.": None, "Rep.": None, "Gov.": None,
    "Gen.": None, "Rev.": None, "Sir": "m", "Dame": "f", "Lord": "m", "Lady": "f",
    "President": None, "Senator": None, "Governor": None, "Mayor": None, "Judge": None,
    "Secretary": None, "Representative": None, "Congressman": "m", "Congresswoman": "f",
    "Chancellor": None, "Minister": None, "Prime": None, "Pope": "m", "King": "m",
    "Queen": "f", "Prince": "m", "Princess": "f", "Father": "m", "Sister": "f", "Lt.": None,
    "Col.": None, "Sgt.": None, "Capt.": None, "Adm.": None, "Det.": None, "Officer": None,
    "Attorney": None, "General": None, "Speaker": None, "Justice": None, "Chief": None,
}  # fmt: skip

DETERMINERS = {
    "the": None, "a": None, "an": None, "his": "m", "her": "f", "their": None, "its": None,
    "our": None, "my": None, "your": None, "one": None, "this": None, "these": None, "those": None,
    "another": None, "some": None, "two": None, "three": None, "several": None, "many": None,
}  # fmt: skip

# Indefinite pronouns that speak for a group ("Some said", "Others argued"): a
# collective source, kept as a plural role; before a noun they are its determiner.
INDEFINITE_PRONOUNS = {
    "some": None, "others": None, "many": None, "several": None, "most": None, "both": None,
    "few": None,
}  # fmt: skip

PLURAL_DETERMINERS = ("these", "those", "some", "several", "many", "two", "three", "both")
NUMBERLESS_DETERMINERS = ("the", "their", "our", "its", "his", "her", "your", "my")

ROLE_NOUNS = {
    "spokesman": "m", "spokeswoman": "f", "spokesperson": None, "chief executive": None,
    "minister": None, "senator": None, "official": None, "officials": None, "police": None,
    "source": None, "sources": None, "expert": None, "experts": None, "analyst": None,
    "analysts": None, "president": None, "governor": None, "mayor": None, "lawyer": None,
    "attorney": None, "prosecutor": None, "prosecutors": None, "judge": None, "director": None,
    "chairman": "m", "chairwoman": "f", "chair": None, "adviser": None, "advisor": None,
    "aide": None, "aides": None, "secretary": None, "candidate": None, "nominee": None,
    "representative": None, "congressman": "m", "congresswoman": "f", "lawmaker": None,
    "lawmakers": None, "leader": None, "leaders": None, "founder": None, "professor": None,
    "researcher": None, "scientist": None, "doctor": None, "economist": None,
    "strategist": None, "pollster": None, "manager": None, "coach": None, "witness": None,
    "witnesses": None, "resident": None, "residents": None, "voter": None, "voters": None,
    "supporter": None, "supporters": None, "critic": None, "critics": None, "man": "m",
    "woman": "f", "mother": "f", "father": "m", "son": "m", "daughter": "f", "wife": "f",
    "husband": "m", "brother": "m", "sister": "f", "businessman": "m", "businesswoman": "f",
    "ambassador": None, "commissioner": None, "investigator": None, "investigators": None,
    "authorities": None, "officer": None, "officers": None, "agent": None, "democrat": None,
    "democrats": None, "republican": None, "republicans": None, "chief": None, "head": None,
    "campaign": None, "executive": None, "executives": None, "actor": "m", "actress": "f",
    "king": "m", "queen": "f", "prince": "m", "princess": "f", "congressmen": "m",
    "coordinator": None, "organizer": None, "organiser": None, "superintendent": None,
    "owner": None, "author": None, "curator": None, "principal": None, "councillor": None,
    "councilor": None, "premier": None, "lieutenant": None, "sergeant": None,
    "constable": None, "detective": None, "paramedic": None, "nurse": None,
    "physician": None, "surgeon": None, "teacher": None, "student": None, "volunteer": None,
    "activist": None, "specialist": None, "historian": None, "consultant": None,
    "administrator": None, "trustee": None, "dean": None, "editor": None, "reporter": None,
    "columnist": None, "girl": "f", "boy": "m", "lady": "f", "gentleman": "m", "maid": "f",
    "aunt": "f", "uncle": "m", "grandmother": "f", "grandfather": "m",
    # people the press names by what they do or what befell them
    "widow": "f", "widower": "m", "diplomat": None, "delegate": None, "delegates": None,
    "veteran": None, "veterans": None, "survivor": None, "victim": None, "parent": None,
    "parents": None, "neighbour": None, "neighbor": None, "colleague": None,
    "worker": None, "workers": None, "employee": None, "farmer": None, "driver": None,
    "pilot": None, "soldier": None, "engineer": None, "architect": None, "artist": None,
    "singer": None, "musician": None, "rapper": None, "writer": None, "novelist": None,
    "poet": None, "filmmaker": None, "producer": None, "photographer": None,
    "journalist": None, "correspondent": None, "anchor": None, "host": None,
    "commentator": None, "pastor": None, "priest": None, "rabbi": None, "imam": None,
    "bishop": None, "archbishop": None, "player": None, "athlete": None,
    "goaltender": None, "goalie": None, "defenceman": None, "defenseman": None,
    "quarterback": None, "captain": None, "referee": None, "trainer": None, "fan": None,
    "fans": None, "protester": None, "protesters": None, "demonstrator": None,
    "demonstrators": None, "lobbyist": None, "deputy": None, "legislator": None,
    "councilman": "m", "councilwoman": "f", "alderman": None, "sheriff": None,
    "trooper": None, "firefighter": None, "inspector": None, "regulator": None,
    "banker": None, "investor": None, "entrepreneur": None, "accountant": None,
    "counsel": None, "plaintiff": None, "defendant": None, "suspect": None, "inmate": None,
    "refugee": None, "migrant": None, "immigrant": None, "citizen": None, "tenant": None,
    "landlord": None, "chef": None, "co-founder": None, "treasurer": None, "clerk": None,
    "lecturer": None, "scholar": None, "psychologist": None, "psychiatrist": None,
    "therapist": None, "epidemiologist": None, "sociologist": None, "biologist": None,
    "pharmacist": None, "dentist": None, "mom": "f", "dad": "m", "grandma": "f",
    "grandpa": "m", "nephew": "m", "niece": "f", "cousin": None, "spouse": None,
    "girlfriend": "f", "boyfriend": "m", "teenager": None, "politician": None,
    "comedian": None, "playwright": None, "blogger": None, "publisher": None,
}  # fmt: skip

ORGANISATION_NOUNS = (
    "ministry", "department", "government", "administration", "agency", "company", "firm",
    "campaign", "committee", "commission", "council", "court", "office", "police",
    "party", "union", "group", "coalition", "organization", "organisation", "foundation",
    "institute", "university", "bank", "army", "military", "pentagon", "kremlin",
    "board", "team", "network", "newspaper", "magazine", "senate", "house", "congress",
    "state", "city", "county", "embassy", "statement", "report", "poll", "survey",
)  # fmt: skip

PRONOUNS = {
    "he": ("m", "sg"), "she": ("f", "sg"), "they": (None, "pl"), "i": (None, "sg"),
    "we": (None, "pl"), "him": ("m", "sg"), "her": ("f", "sg"), "them": (None, "pl"),
    "it": (None, "sg"),
}  # fmt: skip

# Where a speaker says it: "said in a statement", "told CNN", "said on Twitter".
CHANNEL_PHRASES = (
    "in a statement", "in an interview", "in a tweet", "on Twitter", "on X", "on Facebook",
    "on CNN", "on Fox News", "on MSNBC", "to reporters", "at a news conference",
    "at a press conference", "in an email", "in a phone interview", "on Sunday", "on Monday",
    "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday",
)  # fmt: skip

# Abbreviations whose period does not end a sentence.
ABBREVIATIONS = (
    "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Rev", "Prof", "St", "Jr", "Sr", "Lt",
    "Col", "Sgt", "Capt", "Adm", "Det", "Del", "Mt", "No", "vs", "Inc", "Corp", "Co",
)  # fmt: skip

# The states as the press abbreviates them after a party's initial ("Sen. Ann Bell,
# D-Ore., said", "(R-Ky.)"): their period ends no sentence. Two-letter postal codes
# need no period.
PARTY_STATE_ABBREVIATIONS = (
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
    "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "N.H",
    "N.J", "N.M", "N.Y", "N.C", "N.D", "Okla", "Ore", "Pa", "R.I", "S.C", "S.D", "Tenn",
    "Tex", "Vt", "Va", "Wash", "W.Va", "Wis", "Wyo",
)  # fmt: skip

# Common finite verbs that end a role phrase: "the company cut jobs" is caught by the
# noun-final rule; these catch the rest.
PHRASE_STOP_VERBS = (
    "must", "can", "could", "should", "would", "will", "may", "might", "does", "did", "do",
    "seems", "seemed", "remains", "remained", "wants", "wanted",
)  # fmt: skip

# Relative pronouns that stand for the subject before them.
RELATIVE_PRONOUNS = ("who", "which")

# Words that join two verbs of one subject: "called on her to resign and said".
COORDINATORS = ("and", "then", "and then", "but")

ATTRIBUTION_PREPOSITIONS = ("according to", "in the words of", "as put by", "per")

# The narrator's own pronoun: never someone named before it ("…," I said).
FIRST_PERSON_PRONOUNS = ("i",)

# The subject pronoun of the clause a cue reports tells the gender of the cue's subject
# ("Moyra Baxter, the board's chair, said she understands"), once past these openers.
REPORTED_SUBJECTS = ("he", "she")
REPORTED_CLAUSE_OPENERS = ("that",)

# Determiners before a role that points at one holder ("the professor said", "said this
# lady"): when the text introduced exactly one person with that role, the role is that
# person; in a novel, the one character of its gender who speaks in its scene.
DEFINITE_DETERMINERS = ("the", "his", "her", "their", "its", "this", "that")

# In a novel, the pronoun that follows a character's name in its clause tells the
# character's gender: "Winterbourne looked at his watch", "Daisy turned her head".
CHARACTER_GENDER_PRONOUNS = {
    "he": "m", "him": "m", "his": "m", "himself": "m",
    "she": "f", "her": "f", "hers": "f", "herself": "f",
}  # fmt: skip

# A verb form after these is an infinitive, which reports nothing by itself ("in his turn
# to answer the question, “…”"): it is not a cue.
INFINITIVE_MARKERS = ("to",)

# Words after which a person is a complement, not who the sentence is about: a later
# "he said" looks past them first ("Myers cited an idea from Frank Clayton. … he said").
# Prepositions, and the two verbs of reporting whose object is the person told or asked.
COMPLEMENT_PREPOSITIONS = (
    "from", "by", "with", "to", "of", "for", "about", "against", "into", "toward",
    "towards", "like", "unlike", "than", "including", "between", "among", "told", "asked",
)  # fmt: skip

# Prepositions whose noun phrase is never the subject of the verb right after it ("she
# sank onto a chair and said:"); the speaker is then the subject pronoun before it, or
# the subject the sentence opens with. Not "with" ("with one of her ads asking:") nor
# "by" (a passive's agent).
OBJECT_PREPOSITIONS = (
    "on", "in", "at", "into", "onto", "under", "over", "behind", "beside", "near", "from",
    "without", "through", "across", "toward", "towards", "against", "upon", "like",
)  # fmt: skip
SUBJECT_PRONOUNS = ("he", "she", "they", "i", "we")

# Parts of the body: a role phrase with one of them as its head ("his head", "a hand")
# is a thing a character moves, never who speaks.
# Adjectives a novel puts before a character's name after a cue: "thought poor Alice",
# "said little Tonga", "cried old Jolyon".
EPITHETS = ("poor", "little", "old", "young", "dear", "good", "big", "wise", "honest")

# The preposition that names whom a cue speaks to: "said to her sister", "cried Alice to the Hatter".
ADDRESSEE_PREPOSITIONS = ("to",)

# Endings a pet name adds to a name: "Skeggsy" is Skeggs, "Billie" is Bill, when the
# book's speakers include the name itself.
DIMINUTIVE_ENDINGS = ("ie", "y")

# The one a novel's conversation has not just heard from ("asked the other"), and the
# one a narrator walks or sits with ("said my companion"): whoever spoke before the last
# turn, and whoever spoke last who is not the narrator.
OTHER_PARTY_ROLES = ("the other", "the other one")
COMPANION_ROLES = ("my companion", "my friend", "my comrade", "my fellow-traveller")

# Prepositions of place: a name after one is where things happen, never who a
# pronoun stands for ("in the Forest", "at Maida Vale", "to Paris" is not here: "to" also takes people).
PLACE_PREPOSITIONS = (
    "in",
    "at",
    "into",
    "inside",
    "near",
    "across",
    "through",
    "throughout",
    "beyond",
    "within",
)

# Days and months, which a capitalised run may be and no speaker is ("On Monday Smith
# said"); "May", "June", "April" and "August" are left out, as given names.
TIME_NAMES = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "july", "september", "october", "november", "december",
)  # fmt: skip

# Outlets of the press, by name or by the word that ends their name: a pronoun never
# stands for them ("told CNN she would run", "in an interview with the Toronto Star").
OUTLET_NAMES = (
    "CNN", "MSNBC", "CBC", "CTV", "BBC", "NPR", "PBS", "ABC", "NBC", "CBS", "Reuters", "AFP",
    "Politico", "Axios", "HuffPost", "Fox News", "Associated Press",
    "Canadian Press", "Radio-Canada", "Global News", "CTV News", "CBC News",
)  # fmt: skip
OUTLET_HEADS = (
    "News", "Post", "Times", "Star", "Mail", "Herald", "Tribune", "Journal", "Gazette", "Press", "Radio",
    "TV", "Television", "Magazine", "Telegraph", "Chronicle", "Broadcasting", "Network",
)  # fmt: skip

# The press describes the person it is writing about instead of naming them again ("the
# lanky, bespectacled professor said", "the 57-year-old scientist said"): a described
# role whose noun introduced nobody is the person named last before it. Not in French,
# where such roles (« le président américain ») name a post's holder as often.
DESCRIPTIONS_NAME_THE_LAST_PERSON = True

# Titles of an unmarried woman: "Miss Blake" is not "Mrs. Blake", her mother.
UNMARRIED_TITLES = ("Miss",)

# Family nouns with the gender they give: in a novel "said her mother" is the one
# character of that gender who bears her surname.
KINSHIP_NOUNS = {
    "mother": "f", "father": "m", "husband": "m", "wife": "f", "brother": "m",
    "sister": "f", "son": "m", "daughter": "f",
}  # fmt: skip
# Family nouns for a married person: never a Miss.
MARRIED_KINSHIP_NOUNS = ("mother", "wife", "husband", "father")
# Possessive determiners with the gender of the one they point at.
POSSESSIVE_DETERMINERS = {"his": "m", "her": "f", "their": None}

BODY_NOUNS = (
    "head", "hand", "hands", "eye", "eyes", "face", "shoulder", "shoulders", "lip", "lips",
    "arm", "arms", "finger", "fingers", "mouth", "foot", "feet", "hair", "brow", "chin",
    "nose", "cheek", "cheeks", "knee", "knees", "heart",
)  # fmt: skip

# Written sources a lead-in may name before its quote: "From Bush's Facebook post:", "The
# statement of the ministry reads:".
DOCUMENT_NOUNS = (
    "statement", "letter", "message", "tweet", "post", "memo", "speech", "note", "report",
    "release", "email", "e-mail",
)  # fmt: skip
DOCUMENT_AUTHOR_MARKERS = ("of", "from")
# Written supports whose words are quoted as their own: "One sign read: "…"".
SUPPORT_NOUNS = (
    "sign",
    "signs",
    "placard",
    "placards",
    "banner",
    "banners",
    "poster",
    "posters",
    "graffiti",
)

SPEAKER_STOPWORDS = (
    "on", "in", "at", "during", "after", "before", "who", "that", "which", "when", "while",
    "because", "and", "but", "as", "to", "from", "with", "by", "for", "about", "into",
    "told", "said", "says", "adding", "noting", "explaining", "last", "this", "next",
    "earlier", "later", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "if", "so", "then", "than", "though", "although", "or",
    "according", "where", "whose", "whom", "what", "it", "there", "here", "not", "also",
    "has", "had", "have", "was", "were", "is", "are", "will", "would", "the",
)  # fmt: skip

# Verbs of hearing whose object speaks the bare verb after it: "he heard students shout".
PERCEPTION_VERBS = ("heard", "hear", "hears", "hearing")

# Role nouns that name one holder as another does: "Doctor Ames" is "the physician" too.
ROLE_SYNONYMS = {"physician": "doctor"}

# Phrases that stand for the person named last before them, with the gender they give.
LATTER_PHRASES = {"the latter": None}

ROLE_CONNECTORS = ("of", "for", "at", "the", "and", "in", "to")

INCISE_CONTINUATIONS = (
    "in", "on", "at", "during", "after", "before", "to", "with", "from", "by", "via",
    "through", "outside", "inside", "near", "while", "as", "when", "adding", "noting",
    "explaining", "citing", "referring", "speaking", "writing", "last", "this", "earlier",
    "later", "told", "reporters",
)  # fmt: skip

INCISE_COMPLEMENTS = ("to", "in", "at", "on", "with", "from", "during", "after", "before", "via")

SPEAKING_PERSON_WORDS = (
    "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "i'm",
    "i’m", "we're", "we’re", "you're", "you’re", "i've", "i’ve", "we've", "we’ve", "yes",
    "no", "sir", "ma'am", "please", "let's", "let’s",
)  # fmt: skip

# How a speaker speaks, after the speaker: "said the Rabbit angrily", "said the stranger
# in a tremendous voice". A role phrase ends before an adverb of this ending or of
# ADVERBS, and before a manner preposition whose noun phrase ends in a manner noun.
ADVERB_SUFFIXES = ("ly",)
MANNER_PREPOSITIONS = ("in", "with")
MANNER_NOUNS = (
    "voice", "voices", "tone", "tones", "undertone", "whisper", "murmur", "manner", "breath",
    "sigh", "smile", "grin", "laugh", "shout", "drawl",
)  # fmt: skip

GIVEN_NAMES_FILE = "given_names_en.tsv"
# Nicknames and the given names they stand for (Frank: Francis, Franklin; Lizzy:
# Elizabeth) come from the `nicknames` package (carltonnorthern/nicknames, Apache-2.0).
NICKNAME_SOURCE = "nicknames"
"""The 1990 US Census given names (see the file's header); FIRST_NAMES adds the rest."""

FIRST_NAMES = {
    "m": (
        "John", "James", "Robert", "Michael", "William", "David", "Richard", "Joseph",
        "Thomas", "Charles", "Christopher", "Daniel", "Matthew", "Anthony", "Mark",
        "Donald", "Steven", "Paul", "Andrew", "Joshua", "Kenneth", "Kevin", "Brian",
        "George", "Timothy", "Ronald", "Edward", "Jason", "Jeffrey", "Ryan", "Jacob",
        "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott",
        "Brandon", "Benjamin", "Samuel", "Gregory", "Frank", "Alexander", "Raymond",
        "Patrick", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "Jose", "Adam", "Henry",
        "Nathan", "Douglas", "Zachary", "Peter", "Kyle", "Walter", "Ethan", "Jeremy",
        "Harold", "Keith", "Christian", "Roger", "Noah", "Gerald", "Carl", "Terry", "Sean",
        "Austin", "Arthur", "Lawrence", "Jesse", "Dylan", "Bryan", "Joe", "Jordan", "Billy",
        "Bruce", "Albert", "Willie", "Gabriel", "Logan", "Alan", "Juan", "Wayne", "Roy",
        "Ralph", "Randy", "Eugene", "Vincent", "Russell", "Elijah", "Louis", "Bobby",
        "Philip", "Johnny", "Barack", "Bernie", "Ted", "Mike", "Mitch", "Chris", "Tim",
        "Tom", "Bill", "Jim", "Bob", "Newt", "Rudy", "Reince", "Rand", "Marco", "Jeb",
        "Ben", "Lindsey", "Chuck", "Harry", "Rick", "Jon", "Pat", "Hugh", "Vladimir",
        "Boris", "Emmanuel", "Xi", "Kim", "Rex", "Jared", "Corey", "Steve", "Joaquín",
        "Dan", "Matt", "Nick",
    ),
    "f": (
        "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica",
        "Sarah", "Karen", "Nancy", "Lisa", "Betty", "Margaret", "Sandra", "Ashley",
        "Kimberly", "Emily", "Donna", "Michelle", "Dorothy", "Carol", "Amanda", "Melissa",
        "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia", "Kathleen", "Amy",
        "Shirley", "Angela", "Helen", "Anna", "Brenda", "Pamela", "Nicole", "Emma",
        "Samantha", "Katherine", "Christine", "Debra", "Rachel", "Catherine", "Carolyn",
        "Janet", "Ruth", "Maria", "Heather", "Diane", "Virginia", "Julie", "Joyce",
        "Victoria", "Olivia", "Kelly", "Christina", "Lauren", "Joan", "Evelyn", "Judith",
        "Megan", "Cheryl", "Andrea", "Hannah", "Martha", "Jacqueline", "Frances", "Gloria",
        "Ann", "Teresa", "Kathryn", "Sara", "Janice", "Jean", "Alice", "Madison", "Doris",
        "Abigail", "Julia", "Judy", "Grace", "Denise", "Amber", "Marilyn", "Beverly",
        "Danielle", "Theresa", "Sophia", "Marie", "Diana", "Brittany", "Natalie",
        "Isabella", "Charlotte", "Rose", "Hillary", "Kamala", "Nikki", "Condoleezza",
        "Madeleine", "Ivanka", "Melania", "Huma", "Debbie", "Kellyanne", "Ursula", "Jill",
        "Chelsea", "Dianne", "Claire", "Tammy", "Kirsten",
    ),
}  # fmt: skip
