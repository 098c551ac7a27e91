"""The outcome sentences History and the report share: change since the first week, whether it
is clinically meaningful, and the threshold with its source (core/outcomes.py's data)."""

from __future__ import annotations

from footcare_gui.core.i18n import QT_TRANSLATE_NOOP, Context, translate
from footcare_gui.core.outcomes import Change, Verdict
from footcare_gui.services.outcome_thresholds import thresholds

OutcomeText = Context("OutcomeText")
VERDICTS = {
    Verdict.BETTER: QT_TRANSLATE_NOOP("OutcomeText", "meaningful improvement"),
    Verdict.WORSE: QT_TRANSLATE_NOOP("OutcomeText", "meaningful worsening"),
    Verdict.UNCHANGED: QT_TRANSLATE_NOOP("OutcomeText", "no meaningful change"),
    Verdict.TOO_EARLY: QT_TRANSLATE_NOOP("OutcomeText", "too early to tell"),
}

DIFFICULTY_WORDS = {
    "easy": QT_TRANSLATE_NOOP("OutcomeWords", "Easy"),
    "about_right": QT_TRANSLATE_NOOP("OutcomeWords", "About right"),
    "too_hard": QT_TRANSLATE_NOOP("OutcomeWords", "Too hard"),
}
REASON_WORDS = {
    "no_time": QT_TRANSLATE_NOOP("OutcomeWords", "No time"),
    "pain": QT_TRANSLATE_NOOP("OutcomeWords", "Pain"),
    "forgot": QT_TRANSLATE_NOOP("OutcomeWords", "Forgot"),
    "unwell": QT_TRANSLATE_NOOP("OutcomeWords", "Felt unwell"),
    "other": QT_TRANSLATE_NOOP("OutcomeWords", "Other"),
}


def difficulty_text(value: str) -> str:
    return translate("OutcomeWords", DIFFICULTY_WORDS[value])


def reason_text(value: str) -> str:
    return translate("OutcomeWords", REASON_WORDS[value])


def verdict_text(verdict: Verdict) -> str:
    return translate("OutcomeText", VERDICTS[verdict])


def number(value: float | None) -> str:
    """One decimal at most, with the language's decimal mark: "6.2", German "6,2"."""
    if value is None:
        return "—"
    #: The decimal mark of the user's language: "." in English, "," in German.
    mark = OutcomeText.tr(".", "decimal mark")
    return f"{value:.1f}".removesuffix(".0").replace(".", mark)


def signed(value: float | None) -> str:
    if value is None:
        return "—"
    text = number(abs(value))
    return "±0" if text == "0" else ("+" if value > 0 else "−") + text  # noqa: RUF001


def change_sentence(change: Change) -> str:
    """ "5 in the first week, 3.1 in the latest (−1.9): meaningful improvement." """  # noqa: RUF002
    if change.first is None:
        return OutcomeText.tr("No ratings yet.")
    if change.verdict is Verdict.TOO_EARLY:
        return OutcomeText.tr("{first} in the first week; too early to tell a change.").format(
            first=number(change.first)
        )
    return OutcomeText.tr(
        "{first} in the first week, {latest} in the latest ({change}): {verdict}."
    ).format(
        first=number(change.first),
        latest=number(change.latest),
        change=signed(change.difference),
        verdict=verdict_text(change.verdict),
    )


def pain_threshold_note() -> str:
    pain = thresholds()["pain"]
    return OutcomeText.tr(
        "For pain, a fall of {points} points or {percent} % from the first week counts as "
        "clinically meaningful ({source})."
    ).format(points=number(pain.points), percent=number(pain.percent), source=pain.source)


def goal_threshold_note() -> str:
    psfs = thresholds()["psfs"]
    return OutcomeText.tr(
        "For a goal (Patient-Specific Functional Scale), a change of about {points} points "
        "counts as clinically meaningful ({source})."
    ).format(points=number(psfs.points), source=psfs.source)
