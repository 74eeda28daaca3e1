"""What the bot tells its users it keeps (``about``); the README says the same."""

RECORDING_NOTICE = (
    "To improve the knowledge, unless the operator turned it off, I keep for 90 days by default: the words of "
    "questions I could not answer, and for every question the platform, the command, the time and which knowledge "
    "entry the answer was about; a click on Helpful or Not right counts each person once through a keyed hash. "
    "Never who asked or in which channel."
)
