"""Daily "on this date" digests, one core service for every platform.

``content`` (what is posted), ``schedule`` (when, DST-safe), ``commands`` (the
``digest ...`` chat commands), ``settings`` (the environment), ``delivery``
(one digest, exactly once, under a lease), ``scheduler`` (what is due),
``service`` (the piece ``bot.cli`` wires). Must not import a platform library:
a platform's part is a sender (``adapters/slack/sender.py``,
``adapters/discord/sender.py``).
"""
