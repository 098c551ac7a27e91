"""Synthesize Footcare's audio cues into assets/sounds/ (standard library only).

Run after changing a sound below and commit the WAVs it writes:

    python scripts/make_sounds.py

Every cue is 16-bit PCM, mono, 48 kHz, shorter than 300 ms, and starts sounding at once (cue
timing is measured from the first sample). Each note has a raised-cosine attack of a few ms, an
exponential decay and a raised-cosine release that ends exactly on zero, so nothing clicks. A
quieter 2nd and 3rd partial make the tones carry on small laptop speakers.

The output is deterministic: same script, same bytes (the tests regenerate the files into a
temporary folder and compare them with the committed ones). Nothing random is used; a
last-digit difference in another platform's sin/exp would have to land exactly on a rounding
boundary of the 16-bit samples to change a byte.
"""

from __future__ import annotations

import math
import sys
import wave
from array import array
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

RATE = 48_000  # samples per second
FULL_SCALE = 32_767  # the largest 16-bit sample; peaks are set relative to this
CUE_PEAK_DBFS = -6.0
TICK_PEAK_DBFS = -12.0
SOUNDS = Path(__file__).resolve().parent.parent / "assets" / "sounds"

# Equal-tempered pitches (Hz) of the notes used below.
G4, C5, D5, E5, G5, A5, B5, D6 = 392.00, 523.25, 587.33, 659.26, 783.99, 880.00, 987.77, 1174.66

# (multiple of the fundamental, relative amplitude) for each timbre. Higher partials also die
# away faster than the fundamental (see Note.brightness_decay_ms), as in a struck bar.
BRIGHT = ((1.0, 1.0), (2.0, 0.35), (3.0, 0.15))
SOFT = ((1.0, 1.0), (2.0, 0.22), (3.0, 0.05))
BEEP = ((1.0, 1.0), (2.0, 0.30), (3.0, 0.20))
CHIME = ((1.0, 1.0), (2.0, 0.28), (3.0, 0.10))
WOOD = ((1.0, 1.0), (2.76, 0.45))  # a woodblock's overtones are inharmonic


class Note(NamedTuple):
    freq: float  # Hz
    start_ms: float  # offset in the sound
    length_ms: float  # from first sample to the zero the release ends on
    level: float = 1.0  # relative to the other notes of the sound
    attack_ms: float = 3.0  # raised-cosine fade-in from zero
    decay_ms: float = 120.0  # exponential time constant of the fundamental
    release_ms: float = 20.0  # raised-cosine fade-out onto zero at the very end
    partials: Sequence[tuple[float, float]] = BRIGHT
    brightness_decay_ms: float = 80.0  # extra time constant per partial above the first


def render_note(note: Note) -> list[float]:
    """One note as floats, starting and ending on exactly zero."""
    total = round(note.length_ms * RATE / 1000)
    attack = max(1, round(note.attack_ms * RATE / 1000))
    release = max(2, round(note.release_ms * RATE / 1000))
    release_start = total - release
    samples = []
    for n in range(total):
        t = n / RATE
        envelope = note.level * math.exp(-t * 1000 / note.decay_ms)
        if n < attack:
            envelope *= 0.5 - 0.5 * math.cos(math.pi * n / attack)
        if n >= release_start:
            envelope *= 0.5 + 0.5 * math.cos(math.pi * (n - release_start) / (release - 1))
        value = 0.0
        for index, (multiple, amplitude) in enumerate(note.partials):
            damping = math.exp(-t * 1000 * index / note.brightness_decay_ms)
            value += amplitude * damping * math.sin(2 * math.pi * multiple * note.freq * t)
        samples.append(envelope * value)
    return samples


def mix(notes: Sequence[Note], peak_dbfs: float) -> array:
    """The notes summed, scaled so the loudest sample sits at peak_dbfs, as 16-bit samples."""
    length = max(round((n.start_ms + n.length_ms) * RATE / 1000) for n in notes)
    buffer = [0.0] * length
    for note in notes:
        offset = round(note.start_ms * RATE / 1000)
        for i, value in enumerate(render_note(note)):
            buffer[offset + i] += value
    loudest = max(abs(v) for v in buffer)
    scale = FULL_SCALE * 10 ** (peak_dbfs / 20) / loudest
    return array("h", (max(-FULL_SCALE, min(FULL_SCALE, round(v * scale))) for v in buffer))


def silence(ms: float) -> array:
    return array("h", bytes(2 * round(ms * RATE / 1000)))


def build_sounds() -> dict[str, array]:
    """File name -> samples, for every cue."""
    return {
        # "Start holding": a bright rising fourth, E5 then a longer A5.
        "hold.wav": mix(
            [
                Note(E5, 0, 120, level=0.8, decay_ms=150, release_ms=25),
                Note(A5, 100, 180, decay_ms=110, release_ms=40),
            ],
            CUE_PEAK_DBFS,
        ),
        # "Let go": a soft falling fourth, C5 then a longer, gentler G4; slower attack,
        # fewer overtones.
        "relax.wav": mix(
            [
                Note(
                    C5, 0, 130, level=0.75, attack_ms=6, decay_ms=180, release_ms=30, partials=SOFT
                ),
                Note(G4, 115, 175, attack_ms=8, decay_ms=140, release_ms=50, partials=SOFT),
            ],
            CUE_PEAK_DBFS,
        ),
        # Countdown tick: 1 kHz woodblock knock, quick attack, fast decay, quieter.
        "tick.wav": mix(
            [
                Note(
                    1000,
                    0,
                    50,
                    attack_ms=1,
                    decay_ms=9,
                    release_ms=12,
                    partials=WOOD,
                    brightness_decay_ms=6,
                ),
            ],
            TICK_PEAK_DBFS,
        ),
        # "Switch foot": two identical short D5 beeps with a gap; sustained, reedier timbre.
        "switch.wav": mix(
            [
                Note(D5, 0, 95, decay_ms=250, release_ms=20, partials=BEEP),
                Note(D5, 135, 95, decay_ms=250, release_ms=20, partials=BEEP),
            ],
            CUE_PEAK_DBFS,
        ),
        # "Done": a G major arpeggio (G5 B5 D6); each note rings on under the next, all three
        # fade out together, and the last note is the loudest.
        "finish.wav": mix(
            [
                Note(G5, 0, 290, level=0.6, decay_ms=90, release_ms=40, partials=CHIME),
                Note(B5, 70, 220, level=0.8, decay_ms=100, release_ms=40, partials=CHIME),
                Note(D6, 140, 150, level=1.0, decay_ms=120, release_ms=40, partials=CHIME),
            ],
            CUE_PEAK_DBFS,
        ),
        # Digital silence to wake the audio output before the first real cue.
        "warmup.wav": silence(100),
    }


def write_wav(path: Path, samples: array) -> None:
    data = array("h", samples)
    if sys.byteorder == "big":
        data.byteswap()  # WAV samples are little-endian
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(data.tobytes())


# --- analysis for the report ----------------------------------------------------------------


def dbfs(level: float) -> float:
    """A sample level in dB relative to 16-bit full scale (32768, as audio tools report it)."""
    return 20 * math.log10(level / 32_768) if level > 0 else -math.inf


def _fft(values: list[complex]) -> list[complex]:
    """In-place iterative radix-2 FFT; len(values) must be a power of two."""
    size = len(values)
    j = 0
    for i in range(1, size):
        bit = size >> 1
        while j & bit:
            j ^= bit
            bit >>= 1
        j |= bit
        if i < j:
            values[i], values[j] = values[j], values[i]
    span = 2
    while span <= size:
        step = complex(math.cos(2 * math.pi / span), -math.sin(2 * math.pi / span))
        half = span // 2
        for begin in range(0, size, span):
            w = 1 + 0j
            for k in range(begin, begin + half):
                odd = values[k + half] * w
                values[k + half] = values[k] - odd
                values[k] += odd
                w *= step
        span *= 2
    return values


def dominant_frequency(samples: Sequence[int]) -> float | None:
    """Frequency (Hz) of the strongest spectral peak: Hann window, zero-padded FFT, and a
    parabola through the log magnitudes around the peak bin. None for silence."""
    if not any(samples):
        return None
    count = len(samples)
    size = 1 << max(14, (count - 1).bit_length())
    window = [0.5 - 0.5 * math.cos(2 * math.pi * n / (count - 1)) for n in range(count)]
    spectrum = _fft(
        [complex(s * w) for s, w in zip(samples, window, strict=True)] + [0j] * (size - count)
    )
    magnitudes = [abs(c) for c in spectrum[: size // 2]]
    peak = max(range(1, len(magnitudes) - 1), key=magnitudes.__getitem__)
    left, mid, right = (math.log(magnitudes[peak + d] + 1e-12) for d in (-1, 0, 1))
    curvature = left - 2 * mid + right
    shift = 0.5 * (left - right) / curvature if curvature else 0.0
    return (peak + shift) * RATE / size


def report_row(name: str, samples: Sequence[int]) -> str:
    peak = max(abs(s) for s in samples)
    rms = math.sqrt(sum(s * s for s in samples) / len(samples))
    freq = dominant_frequency(samples)
    return (
        f"{name:<12} {1000 * len(samples) / RATE:>6.1f} {dbfs(peak):>10.1f} {dbfs(rms):>10.1f}"
        f" {('-' if freq is None else f'{freq:.0f}'):>10}"
    )


def main(out_dir: Path = SOUNDS) -> int:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    print(f"{'file':<12} {'ms':>6} {'peak dBFS':>10} {'RMS dBFS':>10} {'dom. Hz':>10}")
    sounds = build_sounds()
    for name, samples in sounds.items():
        write_wav(out_dir / name, samples)
        print(report_row(name, samples))
    print(f"wrote {len(sounds)} files to {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
