"""CityHash64 version 1.0 in pure Python: the hash Mozilla puts in ``[Install<HASH>]``.

Gecko hashes the UTF-16LE bytes of the install directory with the CityHash copy in
``other-licenses/nsis/Contrib/CityHash`` (v1.0.x). Version 1.1, which the ``cityhash`` packages
on PyPI implement, changed the short-input functions and gives different values.
"""

from __future__ import annotations

_MASK = (1 << 64) - 1
_K0 = 0xC3A5C85C97CB3127
_K1 = 0xB492B66FBE98F273
_K2 = 0x9AE16A3B2F90404F
_K3 = 0xC949D7C7509E6557
_KMUL = 0x9DDFEA08EB382D69


def _fetch64(data: bytes, pos: int) -> int:
    return int.from_bytes(data[pos : pos + 8], "little")


def _fetch32(data: bytes, pos: int) -> int:
    return int.from_bytes(data[pos : pos + 4], "little")


def _rotate(value: int, shift: int) -> int:
    if shift == 0:
        return value
    return ((value >> shift) | (value << (64 - shift))) & _MASK


def _shift_mix(value: int) -> int:
    return value ^ (value >> 47)


def _hash_len16(low: int, high: int) -> int:
    a = ((low ^ high) * _KMUL) & _MASK
    a ^= a >> 47
    b = ((high ^ a) * _KMUL) & _MASK
    b ^= b >> 47
    return (b * _KMUL) & _MASK


def _hash_len0to16(data: bytes) -> int:
    length = len(data)
    if length > 8:
        a = _fetch64(data, 0)
        b = _fetch64(data, length - 8)
        # RotateByAtLeast1 == rotate here: the shift (length) is 9..16.
        return _hash_len16(a, _rotate((b + length) & _MASK, length)) ^ b
    if length >= 4:
        a = _fetch32(data, 0)
        return _hash_len16((length + (a << 3)) & _MASK, _fetch32(data, length - 4))
    if length > 0:
        y = data[0] + (data[length >> 1] << 8)
        z = length + (data[length - 1] << 2)
        return (_shift_mix(((y * _K2) ^ (z * _K3)) & _MASK) * _K2) & _MASK
    return _K2


def _hash_len17to32(data: bytes) -> int:
    length = len(data)
    a = (_fetch64(data, 0) * _K1) & _MASK
    b = _fetch64(data, 8)
    c = (_fetch64(data, length - 8) * _K2) & _MASK
    d = (_fetch64(data, length - 16) * _K0) & _MASK
    return _hash_len16(
        (_rotate((a - b) & _MASK, 43) + _rotate(c, 30) + d) & _MASK,
        (a + _rotate(b ^ _K3, 20) - c + length) & _MASK,
    )


def _weak_hash_len32_with_seeds(data: bytes, pos: int, a: int, b: int) -> tuple[int, int]:
    w = _fetch64(data, pos)
    x = _fetch64(data, pos + 8)
    y = _fetch64(data, pos + 16)
    z = _fetch64(data, pos + 24)
    a = (a + w) & _MASK
    b = _rotate((b + a + z) & _MASK, 21)
    c = a
    a = (a + x + y) & _MASK
    b = (b + _rotate(a, 44)) & _MASK
    return (a + z) & _MASK, (b + c) & _MASK


def _hash_len33to64(data: bytes) -> int:
    length = len(data)
    z = _fetch64(data, 24)
    a = (_fetch64(data, 0) + (length + _fetch64(data, length - 16)) * _K0) & _MASK
    b = _rotate((a + z) & _MASK, 52)
    c = _rotate(a, 37)
    a = (a + _fetch64(data, 8)) & _MASK
    c = (c + _rotate(a, 7)) & _MASK
    a = (a + _fetch64(data, 16)) & _MASK
    vf = (a + z) & _MASK
    vs = (b + _rotate(a, 31) + c) & _MASK
    a = (_fetch64(data, 16) + _fetch64(data, length - 32)) & _MASK
    z = _fetch64(data, length - 8)
    b = _rotate((a + z) & _MASK, 52)
    c = _rotate(a, 37)
    a = (a + _fetch64(data, length - 24)) & _MASK
    c = (c + _rotate(a, 7)) & _MASK
    a = (a + _fetch64(data, length - 16)) & _MASK
    wf = (a + z) & _MASK
    ws = (b + _rotate(a, 31) + c) & _MASK
    r = _shift_mix(((vf + ws) * _K2 + (wf + vs) * _K0) & _MASK)
    return (_shift_mix((r * _K0 + vs) & _MASK) * _K2) & _MASK


def cityhash64(data: bytes) -> int:
    """CityHash64 v1.0 of ``data`` as an unsigned 64-bit integer."""
    length = len(data)
    if length <= 16:
        return _hash_len0to16(data)
    if length <= 32:
        return _hash_len17to32(data)
    if length <= 64:
        return _hash_len33to64(data)

    x = _fetch64(data, 0)
    y = _fetch64(data, length - 16) ^ _K1
    z = _fetch64(data, length - 56) ^ _K0
    v = _weak_hash_len32_with_seeds(data, length - 64, length, y)
    w = _weak_hash_len32_with_seeds(data, length - 32, (length * _K1) & _MASK, _K0)
    z = (z + _shift_mix(v[1]) * _K1) & _MASK
    x = (_rotate((z + x) & _MASK, 39) * _K1) & _MASK
    y = (_rotate(y, 33) * _K1) & _MASK

    remaining = (length - 1) & ~63
    pos = 0
    while True:
        x = (_rotate((x + y + v[0] + _fetch64(data, pos + 16)) & _MASK, 37) * _K1) & _MASK
        y = (_rotate((y + v[1] + _fetch64(data, pos + 48)) & _MASK, 42) * _K1) & _MASK
        x ^= w[1]
        y ^= v[0]
        z = _rotate(z ^ w[0], 33)
        v = _weak_hash_len32_with_seeds(data, pos, (v[1] * _K1) & _MASK, (x + w[0]) & _MASK)
        w = _weak_hash_len32_with_seeds(data, pos + 32, (z + w[1]) & _MASK, y)
        z, x = x, z
        pos += 64
        remaining -= 64
        if remaining == 0:
            break
    return _hash_len16(
        (_hash_len16(v[0], w[0]) + _shift_mix(y) * _K1 + z) & _MASK,
        (_hash_len16(v[1], w[1]) + x) & _MASK,
    )


def install_hash(install_dir: str) -> str:
    """The ``[Install<HASH>]`` name Gecko derives from an install directory (no trailing slash)."""
    return f"{cityhash64(install_dir.encode('utf-16-le')):016X}"
