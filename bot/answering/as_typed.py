"""A message as the user typed it -> the question the bot answers, one step (and module) per way of typing it.

    question_as_typed("hey cyberbot, wen was rome? :pray:", lookup)  ->  "when was rome?"

In order: a phone's curly single marks as straight ones, the domain's words a phone's autocorrect made everyday ones
("the cyber defence please", "decide on cider": ``autocorrected_words``), a word the asker mends at the end ("... paris sorry i mean
london", "... nao *nato": ``typed_instead``), a query typed as code or the way a tool takes it ("SELECT * FROM events
WHERE city='Rome'": ``code_typed``; a sheet's row with blanks, "event=tirana 2025, date=?": ``form_rows``; a sheet's column, row or tab named, "the venue col": ``sheet_words``; "events | where city=tirana": ``query_typed``), the chat's own marks (emoji,
mentions, links: ``chat_marks``), emoji typed for words ("🇦🇱 conf 📅?": ``emoji_words``), days typed the Czech way ("10. 11. 2022": ``dotted_days``), a question written in another language
(``other_languages``), a place guessed after a follow-up ("and the one in 2021? Tallinn?": ``follow_up_guess``), chat spellings and capitals (``typed_form``), the wrapping round the question ("hey",
"can you tell me", "thanks": ``addressing``; a word mended before a sign-off is read once that is off), and a guess typed
after it with no mark ("... london": ``unmarked_guess``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .acronyms import acronyms
from .addressing import without_address
from .autocorrected_words import with_words_meant
from .chat_marks import without_chat_marks
from .code_typed import code_as_query
from .emoji_words import emoji_as_words
from .follow_up_guess import guess_joined
from .dotted_days import spelt_out_spaced_days
from .form_rows import form_as_row
from .other_languages import read_whole_question
from .query_typed import plain_query
from .sheet_words import without_sheet_words
from .typed_form import plain_typed
from .typed_instead import corrected_in_message
from .unmarked_guess import guess_marked

if TYPE_CHECKING:
    from .lookup import Lookup


#: A phone's curly single marks, as the straight one every step reads: "stoltenberg’s", "‘no one stands alone’".
_STRAIGHT = str.maketrans(dict.fromkeys("\u2018\u2019\u02bc", "'"))


def question_as_typed(text: str, lookup: Lookup) -> str:
    """The question in ``text`` (a message's text addressed to the bot), every way of typing it read."""
    if "\u2018" in text or "\u2019" in text or "\u02bc" in text:
        text = text.translate(_STRAIGHT)
    return guess_marked(corrected_in_message(without_address(plain_typed(guess_joined(read_whole_question(spelt_out_spaced_days(emoji_as_words(without_chat_marks(plain_query(without_sheet_words(form_as_row(code_as_query(
        corrected_in_message(with_words_meant(text))))))))))), acronyms(lookup)))))  # "... 2024 sorry i mean 2025 thanks!": mended once "thanks!" is off
