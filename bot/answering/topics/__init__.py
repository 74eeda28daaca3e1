"""Answers by topic: each module turns a resolved question into a Reply.

Every function here is pure: it reads the knowledge through a ``Lookup`` and
gets the date as an argument.
"""
