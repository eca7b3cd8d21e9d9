"""French: data only. The engine in ``quoteattr`` holds the logic."""

STOPWORDS = (
    "le", "la", "les", "des", "du", "de", "un", "une", "et", "est", "dans", "pour",
    "que", "qui", "sur", "au", "aux", "avec", "pas", "ne", "il", "elle", "ils", "nous",
    "vous", "son", "sa", "ses", "ont", "été", "mais", "par", "cette", "ce", "sont",
)  # fmt: skip

SPEECH_HINTS = (
    "a déclaré", "déclare", "a dit", "dit", "disait", "a affirmé", "affirme", "a ajouté",
    "ajoute", "a souligné", "souligne", "a expliqué", "explique", "estime", "a estimé",
    "a indiqué", "indique", "précise", "a précisé", "assure", "a assuré", "rappelle",
    "a lancé", "lance", "répond", "a répondu", "poursuit", "conclut", "insiste",
    "a confié", "confie", "dénonce", "a dénoncé", "juge", "regrette", "s'exclame",
    "a raconté", "raconte", "a écrit", "écrit", "a annoncé", "annonce", "selon",
    "d'après", "a-t-il", "a-t-elle", "dit-il", "dit-elle", "a martelé", "témoigne",
    "a prévenu", "a reconnu", "reconnaît", "a tweeté", "a averti", "a admis", "a plaidé",
)  # fmt: skip

MENTION_MARKERS = (
    "dit", "dite", "dits", "dites", "surnommé", "surnommée", "baptisé", "baptisée",
    "intitulé", "intitulée", "intitulés", "appelé", "appelée", "le mot", "le terme",
    "l'expression", "la formule", "l'opération", "le film", "le livre", "l'émission",
    "le slogan", "qualifié de", "qualifiée de", "prétendu", "prétendue", "soi-disant",
)  # fmt: skip
