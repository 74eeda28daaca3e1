"""Chat strings of the topic answers: attacks and incidents, initiatives, the pledge, dates."""

from __future__ import annotations

from .messages import SUGGESTIONS_HEADING

__all__ = ["SUGGESTIONS_HEADING"]

#: How a role change reads on a day: "Mark Rutte became NATO Secretary General".
BECAME = "became"
LEFT = "stepped down as"
NO_SPENDING_FIGURES = "The knowledge records no figures for what Allies spend on cyber defence"
PART_OF = "Part of"
NEAREST_IN_TIME = "The nearest dated events, before and after it:"
RECORDED_ATTACKS = "The attacks the knowledge does record:"


def attacks_recorded(count: int) -> str:
    return f"The knowledge records {count} attack{'s' if count != 1 else ''}"


def the_attack(label: str, claim: str | None) -> str:
    """"The attack the knowledge records: DDoS ... (15–16 March 2014). A group calling itself "Cyber Berkut" claimed it ..."."""
    return f"The attack the knowledge records: {label}" + (f". {claim}" if claim else "")


def attacker_claimed(who: str, label: str, claim: str | None, named: bool) -> str:
    """"was russia behind the attack on nato websites": yes where the knowledge's sentence names them; else who it says
    claimed the attack, and that it does not name them."""
    if named and claim:
        return f"Yes, as the knowledge has it: {claim}"
    if claim:  # what the knowledge holds first, then what it does not: "<attack>: <who claimed it> It does not name Russia."
        return f"{label}: {claim} The knowledge does not name {who} as behind it."
    return f"The knowledge does not say who was behind {label}, {who} or anyone else"


def no_aftermath(label: str, asked: str) -> str:
    """"was anyone arrested over the ddos": an honest miss naming the attack, and that what followed is not recorded."""
    return f"The knowledge records no {asked} over the {label}: it does not say what followed the attack"


def no_such_attack(words: str) -> str:
    """An honest miss: it opens as every miss does, so nobody reads the suggestions as the answer."""
    return f"The knowledge records no attack on or by “{words}”, and does not say who was behind one"


def name_with(name: str, sentence: str) -> str:
    """"Cyber Defence Pledge: Progress is assessed every year ...": the entry, and the sentence of it that answers."""
    return f"{name}: {sentence}"


def pledge_made(name: str, date: str, where: str) -> str:
    return f"{name}: agreed {date}" + (f" at {where}" if where else "")


def first_held(name: str, established: str, kind: str) -> str:
    verb = "first held" if kind in ("exercise", "conference", "campaign") else "established"
    return f"{name}: {verb} {established}"


def unnamed_in_picture(who: str, event: str) -> str:
    return f"The knowledge does not name the {who}: {event} records no names for them"



def no_role_at(role: str, event: str) -> str:
    return f"The knowledge names no {role} at {event}"


def recorded_there(event: str, names: list[str]) -> str:
    return f"The people it records at {event}: {', '.join(names)}." if names else f"It records nobody by name at {event}."


def no_later_version(name: str) -> str:
    """An honest miss: "I have no later version of the Cyber Defence Pledge"."""
    return f"I have no later version of the {name}"


def no_earlier_version(name: str) -> str:
    """An honest miss: "I have no earlier version of the Enhanced Cyber Defence Policy"."""
    return f"I have no earlier version of the {name}: the knowledge does not record the one it replaced"


def only_version(made: str) -> str:
    return f"The knowledge records one version only. {made}."
