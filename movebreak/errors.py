"""Error types that carry what a person needs to fix the input: where, what, and what is valid."""

from __future__ import annotations

from dataclasses import dataclass

from movebreak.texts import Text


@dataclass(frozen=True)
class Problem:
    """One problem in one input: the file, the key or line, the reason, what would be valid."""

    source: str
    message: str
    key: str | None = None
    line: int | None = None
    valid: str | None = None
    # A warning is kept and reported but changes nothing (an unknown key or section, which a
    # newer movebreak may have written); `check-config --strict` counts it as an error.
    warning: bool = False
    # The marked English texts message and valid were filled from, so whatever shows the
    # problem can show it in the user's language (movebreak.i18n.problem_text); None where
    # the words are not ours (an OS error, a library's message).
    text: Text | None = None
    valid_text: Text | None = None

    @classmethod
    def of(
        cls,
        source: str,
        message: Text | str,
        *,
        key: str | None = None,
        line: int | None = None,
        valid: Text | str | None = None,
        warning: bool = False,
    ) -> Problem:
        """A problem in our own words: message (and valid, unless it is a plain list of
        names such as keys) marked for translation with movebreak.texts.N_. A message that
        is not marked (a library's words passed on) is kept as it came."""
        return cls(
            source,
            str(message),
            key=key,
            line=line,
            valid=None if valid is None else str(valid),
            warning=warning,
            text=message if isinstance(message, Text) else None,
            valid_text=valid if isinstance(valid, Text) else None,
        )

    def __str__(self) -> str:
        where = self.source
        if self.line is not None:
            where += f":{self.line}"
        if self.key:
            where += f": {self.key}"
        text = f"{where}: {'warning: ' if self.warning else ''}{self.message}"
        if self.valid:
            text += f" (valid: {self.valid})"
        return text


class MovebreakError(Exception):
    """Base for every error movebreak reports to a person. Never shown as a traceback."""

    exit_code = 1

    def __init__(self, problems: list[Problem] | str, source: str = "movebreak") -> None:
        if isinstance(problems, str):
            # A marked message keeps its key, so whoever shows it can translate it.
            if isinstance(problems, Text):
                problems = [Problem.of(source, problems)]
            else:
                problems = [Problem(source=source, message=problems)]
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


class ConfigError(MovebreakError):
    exit_code = 2


class CalendarError(MovebreakError):
    exit_code = 2


class ExerciseError(MovebreakError):
    exit_code = 2


class JournalError(MovebreakError):
    exit_code = 1
