"""Render assets/icons/footcare.svg to the PNG sizes desktops expect (hicolor theme layout),
and to the Windows .ico and macOS .icns the frozen bundles use.

Run after editing the SVG and commit the files it writes:

    python scripts/render_icons.py

Output: assets/icons/hicolor/<size>/footcare.png for each size in SIZES, and
assets/icons/footcare.ico and footcare.icns. Both containers hold PNG images, which every
Windows since Vista and every macOS since 10.7 read, so no image library is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "assets" / "icons"
SOURCE = ICONS / "footcare.svg"
# Below SMALL_UP_TO px the simplified drawing is used: the full one blurs at 16 px.
SMALL_SOURCE = ICONS / "footcare-small.svg"
SMALL_UP_TO = 24
SIZES = (16, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# The icns element types that hold a PNG of each size (Apple's "icp4"... "ic10").
ICNS_TYPES = {
    16: b"icp4",
    32: b"icp5",
    64: b"icp6",
    128: b"ic07",
    256: b"ic08",
    512: b"ic09",
    1024: b"ic10",
}


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file of PNG images: a 6-byte header, one 16-byte entry per image, the images."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    entries, offset = b"", 6 + 16 * len(pngs)
    for size, data in pngs.items():
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(pngs.values())


def icns(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: "icns" and the total length, then (type, length, PNG) per element."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(data)) + data for size, data in pngs.items()
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication([])
    full, small = QSvgRenderer(str(SOURCE)), QSvgRenderer(str(SMALL_SOURCE))
    for renderer, source in ((full, SOURCE), (small, SMALL_SOURCE)):
        if not renderer.isValid():
            print(f"cannot read {source}", file=sys.stderr)
            return 1

    def renderer_for(size: int) -> QSvgRenderer:
        return small if size <= SMALL_UP_TO else full

    for size in SIZES:
        target = ICONS / "hicolor" / str(size) / "footcare.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer_for(size), size).save(str(target), "PNG"):
            print(f"cannot write {target}", file=sys.stderr)
            return 1
        print(f"wrote {target.relative_to(ICONS.parent.parent)}")
    containers = {
        "footcare.ico": ico(
            {size: png_bytes(render(renderer_for(size), size)) for size in ICO_SIZES}
        ),
        "footcare.icns": icns(
            {size: png_bytes(render(renderer_for(size), size)) for size in ICNS_TYPES}
        ),
    }
    for name, data in containers.items():
        (ICONS / name).write_bytes(data)
        print(f"wrote {(ICONS / name).relative_to(ICONS.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
