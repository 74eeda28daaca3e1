"""The curator's loop: draft knowledge from a new article, record what users missed.

Drafting (``draft``) is pure: article text and knowledge in, a ``Draft`` out,
rendered as a YAML fragment by ``fragment``. Recording (``records``) is the
only part that does I/O, behind ``QuestionLog``.
"""
