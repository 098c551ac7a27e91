"""Walks Footcare's accessibility tree as a screen reader sees it: over AT-SPI, with pyatspi.

Run with the system's Python (Debian's python3-pyatspi; the venv has no GObject bindings),
inside a private accessibility stack (scripts/with-test-a11y.sh), from the repository's root:
    bash scripts/with-test-a11y.sh /usr/bin/python3 tests/a11y/atspi_walk.py .venv/bin/python \
        report.json
It starts the app (tests/a11y/app_driver.py) with that Python, takes it through the main
window, a session, Preferences, the routine and dose editors, History, About and the welcome,
and writes one JSON report: what it checked and every problem found. tests/a11y/test_atspi.py
runs it and fails on the problems.
"""

from __future__ import annotations

import json
import os
import re
import select
import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

APP_NAME = "footcare-a11y-walk"
# Roles a user operates: each needs a name a screen reader can say.
INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "text",
    "entry",
    "password text",
    "spin button",
    "slider",
    "list",
    "list box",
    "list item",
    "menu item",
    "check menu item",
    "radio menu item",
    "page tab",
    "progress bar",
    "table",
    "tree",
    "tree table",
    "table cell",
    "scroll pane",
    "menu",
}
# Scroll bars are Qt's own, named by their orientation where Qt names them; they are counted
# but a screen reader reaches the scrolled content directly.
LEFT_TO_QT = {"scroll bar"}
# A name like the time-left label's text, "6:31 left" (or "about 6:31 left").
TIME_LEFT = re.compile(r"\d+:\d\d left$")
STEPS = [
    "main",
    "session",
    *(["tick 1000"] * 8),
    "finish",  # to the summary: pain after, note, how hard it felt
    "stop",
    "session toe-pulling",  # counted reps: the countdown's value is the rep
    "tick 5000",
    "stop",
    "preferences",
    "close",
    "routines",
    "dose",
    "close",
    "history",
    "main",
    "about",
    "close",
    "welcome",
    "close",
]


def pump(seconds: float) -> None:
    """Let AT-SPI's events arrive (they are dispatched by the GLib main loop)."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while context.pending():
        context.iteration(False)
    while (left_ms := int((end - time.monotonic()) * 1000)) > 0:
        # Wait in the main loop itself: it wakes for the next event, or at the end.
        wake = GLib.timeout_source_new(left_ms)
        wake.set_callback(lambda *_: False)
        wake.attach(context)
        context.iteration(True)
        wake.destroy()


def where(node: pyatspi.Accessible) -> str:
    """The node's ancestors, for a report a developer can follow."""
    path = []
    parent = node.parent
    while parent is not None and len(path) < 4:
        path.append(f"{parent.getRoleName()} {parent.name!r}")
        parent = parent.parent
    return " < ".join(path)


class Walk:
    def __init__(self, app_python: str):
        env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb")
        self.app = subprocess.Popen(
            [app_python, "-m", "tests.a11y.app_driver"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.report: dict[str, object] = {
            "states": [],
            "controls_checked": 0,
            "unnamed": [],
            "detail_missing": [],
            "list_items_missing": [],
            "countdown": [],
            "announcements": {},
            "time_left_name_changes": 0,
            "focus_at_start": "",
            "qt_warnings": [],
            "scroll_bars": 0,
        }
        self.announcements: list[str] = []
        self.name_changes: list[str] = []
        self.seen: set[str] = set()
        self.other_events = 0

    # --- talking to the app ------------------------------------------------------------------
    def command(self, line: str) -> dict[str, object]:
        assert self.app.stdin is not None
        assert self.app.stdout is not None
        if line:
            self.app.stdin.write(line + "\n")
            self.app.stdin.flush()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.app.stdout], [], [], 0.05)
            if ready:
                reply = json.loads(self.app.stdout.readline())
                self.settle()  # the events the change caused
                return reply
            pump(0.0)
        raise TimeoutError(f"the app did not answer {line!r}")

    def settle(self) -> None:
        """Take in the events a command caused: until none has come for 0.3 s (at most 5 s),
        so a loaded machine does not count one step's announcement with the next."""
        end = time.monotonic() + 5
        while time.monotonic() < end:
            before = self.events_seen()
            pump(0.3)
            if self.events_seen() == before:
                return

    def events_seen(self) -> int:
        return len(self.announcements) + len(self.name_changes) + self.other_events

    def application(self) -> pyatspi.Accessible:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            desktop = pyatspi.Registry.getDesktop(0)
            for app in desktop:
                if app is not None and app.name == APP_NAME:
                    return app
            pump(0.2)
        raise TimeoutError("the app never appeared on the AT-SPI bus")

    # --- listening -----------------------------------------------------------------------------
    def on_announcement(self, event: pyatspi.event.Event) -> None:
        self.announcements.append(str(event.any_data))

    def on_name_change(self, event: pyatspi.event.Event) -> None:
        try:
            self.name_changes.append(f"{event.source.getRoleName()}: {event.source.name}")
        except Exception:  # the source may be gone already
            self.name_changes.append("?")

    def on_other_event(self, event: pyatspi.event.Event) -> None:
        self.other_events += 1

    # --- walking -------------------------------------------------------------------------------
    def nodes(self, root: pyatspi.Accessible):
        stack = [root]
        while stack:
            node = stack.pop()
            if node is None:
                continue
            yield node
            try:
                count = node.childCount
            except Exception:
                continue
            if count > 300:  # a long list: its first items stand for the rest
                count = 300
            stack.extend(node.getChildAtIndex(i) for i in reversed(range(count)))

    def check_tree(self, state: str) -> list[str]:
        """Every showing interactive control must have a name; returns all names and texts."""
        texts = []
        for node in self.nodes(self.application()):
            try:
                role = node.getRoleName()
                states = node.getState()
                name = node.name or ""
            except Exception:
                continue
            if not states.contains(pyatspi.STATE_SHOWING):
                continue
            texts.append(name)
            try:
                text = node.queryText()
                texts.append(text.getText(0, text.characterCount))
            except NotImplementedError:
                pass
            if role in LEFT_TO_QT:
                self.report["scroll_bars"] += 1  # type: ignore[operator]
                continue
            if role not in INTERACTIVE:
                continue
            key = f"{role}|{name}|{node.description}|{state if not name else ''}"
            if key in self.seen:
                continue
            self.seen.add(key)
            self.report["controls_checked"] += 1  # type: ignore[operator]
            if not name.strip():
                self.report["unnamed"].append(  # type: ignore[union-attr]
                    f"{state}: {role} (description {node.description!r}) in {where(node)}"
                )
        return texts

    def check_countdown(self, reply: dict[str, object]) -> None:
        found = []
        for node in self.nodes(self.application()):
            try:
                if node.name != "Countdown":
                    continue
                value = node.queryValue()
                found.append(
                    {
                        "role": node.getRoleName(),
                        "value": value.currentValue,
                        "maximum": value.maximumValue,
                        "shown": reply.get("countdown"),
                    }
                )
            except NotImplementedError:
                found.append({"role": node.getRoleName(), "value": None})
        self.report["countdown"].append(found)  # type: ignore[union-attr]

    def run(self) -> dict[str, object]:
        self.command("")  # the app says it has started
        app = self.application()
        pyatspi.Registry.registerEventListener(self.on_announcement, "object:announcement")
        pyatspi.Registry.registerEventListener(
            self.on_name_change, "object:property-change:accessible-name"
        )
        # As a screen reader does: Qt only sends the kinds of events someone listens for.
        pyatspi.Registry.registerEventListener(
            self.on_other_event,
            "object:text-changed",
            "object:text-caret-moved",
            "object:state-changed",
            "object:property-change:accessible-value",
            "object:property-change:accessible-description",
            "focus:",
        )
        step = None
        sessions = 0
        for line in STEPS:
            self.announcements.clear()
            self.name_changes.clear()
            reply = self.command(line)
            state = line.split()[0]
            self.report["states"].append(state)  # type: ignore[union-attr]
            texts = self.check_tree(state)
            if state == "main":
                items = self.list_items("Exercises")
                for dose in reply["doses"]:  # type: ignore[union-attr]
                    if not any(dose in item and " today" in item for item in items):
                        self.report["list_items_missing"].append(dose)  # type: ignore[union-attr]
            if state == "main" and "detail" in reply:
                everything = "\n".join(texts)
                for part in str(reply["detail"]).splitlines():
                    if part.strip() and part.strip() not in everything:
                        self.report["detail_missing"].append(part)  # type: ignore[union-attr]
            if state == "session":
                self.report["focus_at_start"] = self.focused()
                self.report["focus_in_qt"] = reply.get("focus", "")
            if state in ("session", "tick"):
                self.check_countdown(reply)
                announced = self.report["announcements"]
                sessions += state == "session"
                key = f"session {sessions}, step {reply['step']}"
                announced[key] = announced.get(key, 0) + len(self.announcements)  # type: ignore[union-attr]
                self.report["time_left_name_changes"] += sum(  # type: ignore[operator]
                    bool(TIME_LEFT.search(change)) for change in self.name_changes
                )
                self.report.setdefault("name_changes", []).extend(self.name_changes)  # type: ignore[union-attr]
                step = reply["step"]
        del app, step
        try:
            _, errors = self.app.communicate("quit\n", timeout=20)
        except subprocess.TimeoutExpired:
            self.app.kill()
            _, errors = self.app.communicate()
        self.report["qt_warnings"] = [line for line in errors.splitlines() if line.strip()]
        return self.report

    def list_items(self, list_name: str) -> list[str]:
        for node in self.nodes(self.application()):
            try:
                if node.getRoleName() == "list" and node.name == list_name:
                    return [child.name for child in node if child is not None]
            except Exception:
                continue
        return []

    def focused(self) -> str:
        """The focused control of the session page: where a screen reader starts reading.
        (Items of lists on hidden pages keep saying "focused": only showing, focusable
        controls that are not list items count.)"""
        found = []
        for node in self.nodes(self.application()):
            try:
                states = node.getState()
                role = node.getRoleName()
                if (
                    states.contains(pyatspi.STATE_FOCUSED)
                    and states.contains(pyatspi.STATE_SHOWING)
                    and role not in ("list item", "table cell")
                ):
                    found.append(f"{role}: {node.name}")
            except Exception:
                continue
        return " | ".join(found)


def main() -> int:
    """Arguments: the Python to run the app with, and the file for the JSON report (the
    accessibility daemons write to stdout too)."""
    walk = Walk(sys.argv[1])
    try:
        report = walk.run()
    finally:
        if walk.app.poll() is None:
            walk.app.kill()
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        json.dump(report, out, indent=1, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
