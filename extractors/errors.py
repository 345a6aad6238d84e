"""The one exception type a user sees: a bad input, reported as one clear line."""


class InputError(Exception):
    """A problem with something the user gave us (a file, a URL, a line).

    ``str(error)`` is the complete one-line message, naming the input and the reason.
    """

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")
