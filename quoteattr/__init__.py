"""Find the direct quotations in French and English text and say who spoke them.

>>> import quoteattr
>>> [q.text for q in quoteattr.extract("« Nous ne céderons pas », a déclaré Mme Dupont.")]
['Nous ne céderons pas']
"""

from quoteattr.config import Config
from quoteattr.errors import QuoteAttrError, UnknownLanguageError
from quoteattr.extractor import Extractor, extract
from quoteattr.lang import available_languages
from quoteattr.model import Quote, QuoteKind, QuoteStyle, Span, Speaker

__version__ = "0.3.0"

__all__ = [
    "Config",
    "Extractor",
    "Quote",
    "QuoteAttrError",
    "QuoteKind",
    "QuoteStyle",
    "Span",
    "Speaker",
    "UnknownLanguageError",
    "__version__",
    "available_languages",
    "extract",
]
