"""The Wayland wire format as runtime.wayland_wire writes and reads it; real compositors
answer in tests/e2e/test_wayland.py."""

from __future__ import annotations

import struct

import pytest

from movebreak.runtime.wayland_wire import WireError, bind, message, messages, read_array_u32, read_string, string


def test_a_string_carries_its_length_with_the_nul_and_is_padded_to_4() -> None:
    assert string("wl_seat") == struct.pack("=I", 8) + b"wl_seat\0"
    assert string("abcd") == struct.pack("=I", 5) + b"abcd\0\0\0\0"
    assert read_string(string("wl_seat") + b"rest") == ("wl_seat", 12)


def test_a_message_header_holds_its_size_and_opcode() -> None:
    msg = message(7, 3, struct.pack("=I", 42))
    assert struct.unpack("=III", msg) == (7, (12 << 16) | 3, 42)
    framed = bind(5, "wl_seat", 1, 4)
    assert struct.unpack_from("=II", framed) == (2, (len(framed) << 16) | 0)


def test_messages_split_whole_ones_from_a_partial_rest() -> None:
    one, two = message(1, 0, b"abcd"), message(9, 4, struct.pack("=I", 8) + struct.pack("=II", 2, 3))
    batch, rest = messages(one + two[:10])
    assert batch == [(1, 0, b"abcd")] and rest == two[:10]
    batch, rest = messages(rest + two[10:])
    assert batch == [(9, 4, two[8:])] and rest == b""
    assert read_array_u32(batch[0][2]) == ([2, 3], 12)


def test_a_size_below_the_header_is_refused() -> None:
    with pytest.raises(WireError):
        messages(struct.pack("=II", 1, (4 << 16) | 0))
