"""The other Footcare process in the single-instance tests.

python -m tests.single_instance_peer primary NAME   listen; print "listening", then each
                                                     message as a JSON line; exit on "quit"
python -m tests.single_instance_peer forward NAME JSON   exit 0 if the primary took it, else 1
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QCoreApplication

from footcare_gui.services.single_instance import SingleInstance


def main(argv: list[str]) -> int:
    role, name = argv[0], argv[1]
    app = QCoreApplication(sys.argv[:1])
    instance = SingleInstance(name)
    if role == "forward":
        return 0 if instance.forward(json.loads(argv[2]), timeout_ms=10_000) else 1
    if not instance.claim() or not instance.listen():  # as the app does: the lock, then listen
        print("not listening", flush=True)
        return 1

    def received(message: dict[str, object]) -> None:
        print(json.dumps(message, sort_keys=True), flush=True)
        if message.get("action") == "quit":
            instance.close()
            app.quit()

    instance.received.connect(received)
    print("listening", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
