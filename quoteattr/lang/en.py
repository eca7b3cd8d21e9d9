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
