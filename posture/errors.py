"""The one error type a user can cause; its message is a single line."""


class InputError(Exception):
    """Bad input: the message says what is wrong and what to do."""
