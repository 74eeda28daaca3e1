"""Chat platforms' marks (emoji shortcodes, channel links, labelled links) are no words of the question."""

import pytest

from bot.answering.chat_marks import without_chat_marks
from bot.request import Request


@pytest.mark.parametrize("typed, plain", [
    ("is that photo from the conference? :camera:", "is that photo from the conference?"),
    ("when was berlin :thinking_face: :thumbsup::skin-tone-2:", "when was berlin"),
    ("who hosted tirana :flag-al: ?", "who hosted tirana ?"),
    ("someone in <#C012AB3CD|cyber> wrote june", "someone in #cyber wrote june"),
    ("see <https://example.org/a|this article> - when?", "see this article - when?"),
    ("see <https://example.org/a> - when?", "see https://example.org/a - when?"),
    ("> One for all\nwho said that? :eyes:", '"One for all"\nwho said that?'),
    ("> NATO held its first conference in Berlin\nwhen was that?", "> NATO held its first conference in Berlin\nwhen was that?"),
    ("at 10:30: who spoke", "at 10:30: who spoke"),  # a time is no shortcode
    ("_No one stands alone in NATO_ - Rutte or Stoltenberg?", '"No one stands alone in NATO" - Rutte or Stoltenberg?'),
    ("blocked the site `two years ago` - when?", 'blocked the site "two years ago" - when?'),
    ("is it NATO's _first_ conference", "is it NATO's _first_ conference"),  # one word in italics: emphasis
    ("my_var and other_var", "my_var and other_var"),
    ("<@U024BE7LH> when was rome?", "when was rome?"),  # a mention that opens the message only addresses someone
    ("when was the pledge agreed? <@U0G9QF9C6> says 2014", "when was the pledge agreed? my colleague says 2014"),
    ("<@U0G9QF9C6> asked what the pledge is", "my colleague asked what the pledge is"),
    ("~Paris~ Rome 2022 - who hosted?", "Rome 2022 - who hosted?"),  # struck out: taken back
    ("", ""),
])
def test_marks_become_plain_words(typed, plain):
    assert without_chat_marks(typed) == plain



@pytest.mark.parametrize("question, first", [
    ("photo at the top of the Rome article - is that from the conference? :camera:", "protect-the-future-photo-2022"),
    ("what were the dates for the Tirana conf :flag-al:", "tirana-cyber-defence-conference-2025"),
    ("any Stoltenberg quote on Russia and energy? :fuelpump:", "stoltenberg-berlin-2023-russia-energy"),
    ("any dates for the rome conf? <#C012AB3CD|nato-cyber> wants them", "rome-pledge-conference-2022"),
    ("> One for all and all for one\nthat's Stoltenberg in Berlin right? what was the context", "stoltenberg-berlin-2023-one-for-all"),
    ("_No one stands alone in NATO_ - Rutte or Stoltenberg?", "rutte-tirana-2025-no-one-stands-alone"),
    ("when was the pledge agreed? <@U0G9QF9C6> says 2014", "cyber-defence-pledge-2016"),
    ("~Paris~ Rome 2022 - who hosted?", "rome-pledge-conference-2022"),
    ("_Time to raise our game_ - what date was that published?", "stoltenberg-oped-2016"),
    ("> No one stands alone in NATO\nwho said it and where?", "rutte-tirana-2025-no-one-stands-alone"),
    ("> NATO Allies are also stepping up their investment in cyber defence\nis that line verbatim?", "rutte-tirana-2025-stepping-up-investment"),
    ("> NATO organized its first cyber defense conference in the German capital, Berlin.\nwhen was that?", "berlin-cyber-defence-conference-2023"),
    # a phone's curly marks, as the straight ones (before: "stoltenbergs", and "‘...’" no quotation)
    ("stoltenberg\u2019s berlin speech - was he there in person?", "berlin-cyber-defence-conference-2023"),
    ("who said \u2018no one stands alone in nato\u2019? need it for the caption", "rutte-tirana-2025-no-one-stands-alone"),
    ("\u2018requests for assistance from Kiev\u2019 - fine if we write Kyiv instead?", "stoltenberg-berlin-2023-kiev-requests"),
])
def test_a_question_with_marks_is_answered_as_without(bot_9_november, question, first):
    reply = bot_9_november.handle(Request(question, user=question))
    assert reply.items and reply.items[0].id == first, reply.title
