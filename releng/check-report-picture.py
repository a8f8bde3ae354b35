#!/usr/bin/env python3
"""Checks a screenshot of a run's HTML report (taken by headless Chromium) by looking at its pixels.

Usage: check-report-picture.py SHOT.png
Exits 0 when the picture shows what a report of a run with maps must show, 1 naming what is missing:
  - a heatmap on the viridis scale: its dark purple low end and its yellow-green high end;
  - a map difference on the diverging scale: blue (lower) and red (higher) bins;
  - the Pareto chart's front (orange);
  - the lineage's gold winner and green survivors.
A picture that failed to load leaves none of these colours, so a broken page cannot pass.
Reads 8-bit RGB or RGBA PNG files (what Chromium writes) with the standard library only.
"""
import struct
import sys
import zlib


def read_png(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG file")
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or colour not in (2, 6) or interlace:
                raise SystemExit(f"{path}: only 8-bit RGB/RGBA non-interlaced PNG is read here")
            bpp = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    prev = bytearray(stride)
    rows = []
    i = 0
    for _ in range(height):
        f = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - bpp] if x >= bpp else 0
            b = prev[x]
            c = prev[x - bpp] if x >= bpp else 0
            if f == 1:
                line[x] = (line[x] + a) & 255
            elif f == 2:
                line[x] = (line[x] + b) & 255
            elif f == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def near(px, rgb, tol):
    return all(abs(px[k] - rgb[k]) <= tol for k in range(3))


CLASSES = {
    "viridis low (dark purple)": lambda p: p[0] < 100 and p[1] < 60 and 60 < p[2] < 130 and p[2] > p[1] + 30,
    "viridis high (yellow-green)": lambda p: p[0] > 150 and p[1] > 180 and p[2] < 90,
    "diverging blue (lower)": lambda p: p[2] > 140 and p[2] > p[0] + 50 and p[1] < p[2],
    "diverging red (higher)": lambda p: p[0] > 150 and p[0] > p[2] + 60 and p[1] < 140,
    "Pareto front (orange)": lambda p: near(p, (0xC8, 0x6E, 0x00), 12),
    "winner (gold, in the lineage)": lambda p: near(p, (0xFF, 0xE2, 0x8C), 10),
    "lineage survivors (green)": lambda p: p[1] > 180 and p[0] < 215 and p[2] < 215 and p[1] > p[0] + 10
    and p[1] > p[2] + 10,
}
STEP = 2  # every other pixel of every other row: a quarter of the work, the same verdict
MINIMUM = 10  # sampled pixels of each: a few stray anti-aliased pixels are not a picture


def main():
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    width, height, bpp, rows = read_png(sys.argv[1])
    counts = dict.fromkeys(CLASSES, 0)
    for line in rows[::STEP]:
        for x in range(0, width * bpp, bpp * STEP):
            p = line[x:x + 3]
            for name, test in CLASSES.items():
                if test(p):
                    counts[name] += 1
    missing = [n for n, c in counts.items() if c < MINIMUM]
    print(f"{sys.argv[1]}: {width}x{height}; " + ", ".join(f"{n}: {c}" for n, c in counts.items()))
    if missing:
        print("missing: " + ", ".join(missing))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
