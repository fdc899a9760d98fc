"""Writes assets/sounds/chime.wav: a soft two-partial bell (A5 + E6) with a gentle attack and
a long exponential decay, 16-bit mono. Run once; the WAV is committed."""

from __future__ import annotations

import math
import struct
import sys
import wave
from pathlib import Path

RATE = 22050
SECONDS = 1.2


def samples() -> list[int]:
    out = []
    for n in range(int(RATE * SECONDS)):
        t = n / RATE
        attack = min(1.0, t / 0.015)
        decay = math.exp(-t * 3.2)
        tone = 0.7 * math.sin(2 * math.pi * 880 * t) + 0.3 * math.sin(2 * math.pi * 1318.5 * t) * math.exp(-t * 2)
        out.append(int(32767 * 0.45 * attack * decay * tone))
    return out


def main() -> int:
    path = Path(__file__).resolve().parent.parent / "assets" / "sounds" / "chime.wav"
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(struct.pack(f"<{len(samples())}h", *samples()))
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
