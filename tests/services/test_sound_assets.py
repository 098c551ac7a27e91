"""The committed audio cues in assets/sounds/: format, levels, clean edges, distinct pitches, and
that scripts/make_sounds.py still produces exactly these bytes. Qt-free; reads with ``wave``.

Pitches are measured here with a Goertzel scan, independently of the FFT the script uses for its
printed table, so a bug in one does not hide a bug in the other.
"""

from __future__ import annotations

import functools
import importlib.util
import itertools
import math
import sys
import wave
from array import array
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]
SOUNDS = REPO / "assets" / "sounds"
SCRIPT = REPO / "scripts" / "make_sounds.py"

RATE = 48_000
FULL_SCALE = 32_768
CUES = ("hold.wav", "relax.wav", "tick.wav", "switch.wav", "finish.wav")  # audible ones
TONES = ("hold.wav", "relax.wav", "switch.wav", "finish.wav")  # must be told apart by pitch
ALL = (*CUES, "warmup.wav")
MIN_SEMITONES_APART = 2.0  # a whole tone: an unmistakable difference in pitch


@functools.cache
def samples(name: str) -> tuple[int, ...]:
    with wave.open(str(SOUNDS / name), "rb") as wav:
        data = array("h", wav.readframes(wav.getnframes()))
    if sys.byteorder == "big":
        data.byteswap()
    return tuple(data)


def ms(count: int) -> float:
    return 1000 * count / RATE


def dbfs(level: float) -> float:
    return 20 * math.log10(level / FULL_SCALE) if level else -math.inf


def peak(name: str) -> int:
    return max(abs(s) for s in samples(name))


def semitones(a: float, b: float) -> float:
    return abs(12 * math.log2(a / b))


def _goertzel_power(values: list[float], freq: float, rate: float) -> float:
    coeff = 2 * math.cos(2 * math.pi * freq / rate)
    s1 = s2 = 0.0
    for value in values:
        s1, s2 = value + coeff * s1 - s2, s1
    return s1 * s1 + s2 * s2 - coeff * s1 * s2


@functools.cache
def dominant(name: str, part: str = "all") -> float:
    """Strongest frequency (Hz) of the whole file or of its first or second half.

    Averages 4 samples into one (12 kHz is plenty below 2.5 kHz), applies a Hann window, scans
    equal-tempered semitones from 150 Hz to 2.5 kHz, then tenths of a semitone around the best.
    """
    values = samples(name)
    half = len(values) // 2
    values = {"all": values, "first": values[:half], "second": values[half:]}[part]
    rate = RATE / 4
    decimated = [sum(values[i : i + 4]) / 4 for i in range(0, len(values) - 3, 4)]
    count = len(decimated)
    windowed = [
        v * (0.5 - 0.5 * math.cos(2 * math.pi * n / (count - 1))) for n, v in enumerate(decimated)
    ]

    def best(steps: list[float]) -> float:
        return max(steps, key=lambda step: _goertzel_power(windowed, 440 * 2 ** (step / 12), rate))

    coarse = best([float(k) for k in range(-18, 31)])  # ~164 Hz .. ~2.6 kHz
    fine = best([coarse + k / 10 for k in range(-10, 11)])
    return 440 * 2 ** (fine / 12)


# --- the set of files and their format --------------------------------------------------------


def test_the_sound_folder_holds_exactly_the_six_cues() -> None:
    assert sorted(p.name for p in SOUNDS.iterdir()) == sorted(ALL)


@pytest.mark.parametrize("name", ALL)
def test_format_is_16_bit_mono_48_khz_pcm(name: str) -> None:
    with wave.open(str(SOUNDS / name), "rb") as wav:
        assert wav.getnchannels() == 1
        assert wav.getsampwidth() == 2
        assert wav.getframerate() == RATE
        assert wav.getcomptype() == "NONE"
        assert wav.getnframes() > 0


@pytest.mark.parametrize("name", CUES)
def test_cues_are_shorter_than_300_ms(name: str) -> None:
    assert ms(len(samples(name))) < 300


def test_tick_is_shorter_than_80_ms() -> None:
    assert ms(len(samples("tick.wav"))) < 80


def test_warmup_is_50_to_150_ms_of_digital_silence() -> None:
    assert 50 <= ms(len(samples("warmup.wav"))) <= 150
    assert not any(samples("warmup.wav"))


# --- levels -----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", CUES)
def test_cues_are_audible_and_never_clip(name: str) -> None:
    assert -20 < dbfs(peak(name)) < -1


@pytest.mark.parametrize("name", TONES)
def test_tones_peak_near_minus_6_dbfs(name: str) -> None:
    assert dbfs(peak(name)) == pytest.approx(-6, abs=1)


def test_tick_is_quieter_than_every_tone() -> None:
    assert dbfs(peak("tick.wav")) == pytest.approx(-12, abs=1)
    for name in TONES:
        assert dbfs(peak("tick.wav")) < dbfs(peak(name)) - 3, name


# --- clean edges ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", CUES)
def test_sound_starts_at_once_without_a_step(name: str) -> None:
    values = samples(name)
    assert abs(values[0]) <= 0.01 * peak(name)  # fades in from (near) zero
    onset = next(i for i, v in enumerate(values) if abs(v) >= 0.1 * peak(name))
    assert ms(onset) <= 5  # cue timing is measured from the first sample: no leading silence


@pytest.mark.parametrize("name", CUES)
def test_sound_fades_out_onto_zero(name: str) -> None:
    values = samples(name)
    assert abs(values[-1]) <= 1
    assert max(abs(v) for v in values[-RATE // 1000 :]) <= 0.01 * peak(name)  # last 1 ms


@pytest.mark.parametrize("name", CUES)
def test_no_sudden_jumps_between_samples(name: str) -> None:
    """A hard-edged envelope anywhere (not just at the ends) shows as a jump far larger than
    the smooth partials below ~4 kHz can make between neighbouring samples."""
    values = samples(name)
    largest = max(abs(b - a) for a, b in itertools.pairwise(values))
    assert largest <= 0.4 * peak(name)


# --- pitches: the cues can be told apart by ear ------------------------------------------------


@pytest.mark.parametrize("name", CUES)
def test_pitch_sits_where_laptop_speakers_play_it(name: str) -> None:
    assert 350 <= dominant(name) <= 1500


def test_tick_is_about_1_khz() -> None:
    assert dominant("tick.wav") == pytest.approx(1000, rel=0.05)


@pytest.mark.parametrize(("a", "b"), list(itertools.combinations(TONES, 2)))
def test_tones_differ_in_dominant_pitch(a: str, b: str) -> None:
    assert semitones(dominant(a), dominant(b)) >= MIN_SEMITONES_APART


@pytest.mark.parametrize(("a", "b"), list(itertools.combinations(TONES, 2)))
def test_tones_differ_in_pitch_contour(a: str, b: str) -> None:
    """(first half, second half) pitches differ by a whole tone in at least one half."""
    assert max(semitones(dominant(a, part), dominant(b, part)) for part in ("first", "second")) >= (
        MIN_SEMITONES_APART
    )


def test_hold_rises_relax_falls_switch_repeats_finish_rises() -> None:
    def step(name: str) -> float:  # signed semitones from the first half to the second
        return 12 * math.log2(dominant(name, "second") / dominant(name, "first"))

    assert step("hold.wav") >= MIN_SEMITONES_APART
    assert step("relax.wav") <= -MIN_SEMITONES_APART
    assert abs(step("switch.wav")) < 0.5  # two identical beeps
    assert step("finish.wav") >= MIN_SEMITONES_APART


# --- the committed files are what the script makes --------------------------------------------


@pytest.fixture(scope="module")
def make_sounds() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_sounds", SCRIPT)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generator_reproduces_the_committed_files_byte_for_byte(
    make_sounds: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert make_sounds.main(tmp_path) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(ALL)
    for name in ALL:
        assert (tmp_path / name).read_bytes() == (SOUNDS / name).read_bytes(), (
            f"{name} differs from the script's output: run scripts/make_sounds.py and commit"
        )
    table = capsys.readouterr().out
    for name in ALL:
        assert name in table


def test_generator_writes_into_the_repo_assets_by_default(make_sounds: ModuleType) -> None:
    assert SOUNDS == make_sounds.SOUNDS
