#!/usr/bin/env python3
"""Draws the workbench's PNG icons (no image library needed): python3 releng/icons/make-icons.py

Shapes are distance functions sampled 4x4 per pixel for anti-aliasing; output goes to
bundles/io.noodle.ui/icons/ and bundles/io.noodle.model.edit/icons/full/obj16/. Re-run after changing a
shape; the PNGs are committed.
"""
import math, os, struct, zlib

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'bundles', 'io.noodle.ui', 'icons')


def png(path, size, pixel):
    rows = bytearray()
    for y in range(size):
        rows.append(0)
        for x in range(size):
            acc = [0.0, 0.0, 0.0, 0.0]
            for sy in range(4):
                for sx in range(4):
                    u = (x + (sx + 0.5) / 4) / size
                    v = (y + (sy + 0.5) / 4) / size
                    r, g, b, a = pixel(u, v)
                    acc[0] += r * a; acc[1] += g * a; acc[2] += b * a; acc[3] += a
            a = acc[3] / 16
            if a > 0:
                rows += bytes([int(acc[0] / acc[3]), int(acc[1] / acc[3]), int(acc[2] / acc[3]), int(a * 255)])
            else:
                rows += bytes(4)
    def chunk(tag, data):
        return struct.pack('>I', len(data)) + tag + data + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)
    data = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0))
    data += chunk(b'IDAT', zlib.compress(bytes(rows), 9)) + chunk(b'IEND', b'')
    with open(path, 'wb') as f:
        f.write(data)


def gif(path, size, pixel):
    """A GIF89a (what EMF's item providers load for 'full/obj16/<Class>'): partial alpha is blended onto
    white, pixels under half alpha are transparent, colours are reduced until they fit 255 entries."""
    px = []
    for y in range(size):
        for x in range(size):
            acc = [0.0, 0.0, 0.0, 0.0]
            for sy in range(4):
                for sx in range(4):
                    r, g, b, a = pixel((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size)
                    acc[0] += r * a; acc[1] += g * a; acc[2] += b * a; acc[3] += a
            a = acc[3] / 16
            if a < 0.5:
                px.append(None)
            else:
                rgb = [c / acc[3] for c in acc[:3]]
                px.append(tuple(int(c * a + 255 * (1 - a)) for c in rgb))
    step = 1
    while True:
        q = [None if c is None else tuple(min(255, (v // step) * step) for v in c) for c in px]
        colours = sorted({c for c in q if c is not None})
        if len(colours) <= 255:
            break
        step *= 2
    index = {c: i + 1 for i, c in enumerate(colours)}
    table = [(255, 255, 255)] + colours
    while len(table) < 256:
        table.append((0, 0, 0))
    data = [0 if c is None else index[c] for c in q]
    # LZW, 8-bit codes, with a clear code before the table fills
    clear, end = 256, 257
    codes, bits, nbits, out = [], 0, 0, bytearray()
    def emit(code, width):
        nonlocal bits, nbits
        bits |= code << nbits; nbits += width
        while nbits >= 8:
            out.append(bits & 0xff); bits >>= 8; nbits -= 8
    width, dictionary, next_code = 9, {}, 258
    emit(clear, width)
    w = (data[0],)
    for k in data[1:]:
        wk = w + (k,)
        if wk in dictionary or len(wk) == 1:
            w = wk
            continue
        emit(dictionary[w] if len(w) > 1 else w[0], width)
        if next_code < 4096:
            dictionary[wk] = next_code; next_code += 1
            if next_code > (1 << width) and width < 12:
                width += 1
        else:
            emit(clear, width); width, dictionary, next_code = 9, {}, 258
        w = (k,)
    emit(dictionary[w] if len(w) > 1 else w[0], width)
    emit(end, width)
    if nbits:
        out.append(bits & 0xff)
    blocks = b''.join(bytes([len(out[i:i + 255])]) + bytes(out[i:i + 255]) for i in range(0, len(out), 255))
    head = b'GIF89a' + struct.pack('<HHBBB', size, size, 0xf7, 0, 0) + b''.join(bytes(c) for c in table)
    gce = b'\x21\xf9\x04\x01\x00\x00\x00\x00'
    desc = b'\x2c' + struct.pack('<HHHHB', 0, 0, size, size, 0) + b'\x08'
    with open(path, 'wb') as f:
        f.write(head + gce + desc + blocks + b'\x00\x3b')


def over(layers):
    """First layer (top-most) that covers the point wins."""
    def px(u, v):
        for inside, colour in layers:
            if inside(u, v):
                return colour + (1.0,)
        return (0, 0, 0, 0.0)
    return px


def rounded_box(x0, y0, x1, y1, r):
    def f(u, v):
        dx = max(x0 + r - u, 0, u - (x1 - r)); dy = max(y0 + r - v, 0, v - (y1 - r))
        return x0 <= u <= x1 and y0 <= v <= y1 and dx * dx + dy * dy <= r * r
    return f


def wave(y, amp, freq, width, x0=0.18, x1=0.82):
    return lambda u, v: x0 <= u <= x1 and abs(v - (y + amp * math.sin((u - x0) * freq * 2 * math.pi))) <= width


def disc(cx, cy, r):
    return lambda u, v: (u - cx) ** 2 + (v - cy) ** 2 <= r * r


def segment(ax, ay, bx, by, w):
    def f(u, v):
        dx, dy = bx - ax, by - ay
        t = max(0, min(1, ((u - ax) * dx + (v - ay) * dy) / (dx * dx + dy * dy)))
        return (u - ax - t * dx) ** 2 + (v - ay - t * dy) ** 2 <= w * w
    return f


def ring(cx, cy, r, w, gap_from, gap_to):
    def f(u, v):
        d = math.hypot(u - cx, v - cy)
        ang = math.degrees(math.atan2(cy - v, u - cx)) % 360
        return abs(d - r) <= w and not (gap_from <= ang <= gap_to)
    return f


NOODLE = over([
    (wave(0.36, 0.07, 1.5, 0.055), (255, 236, 170)),
    (wave(0.52, 0.07, 1.5, 0.055), (255, 236, 170)),
    (wave(0.68, 0.07, 1.5, 0.055), (255, 236, 170)),
    (rounded_box(0.04, 0.04, 0.96, 0.96, 0.2), (214, 96, 38)),
])
STUDY = over([  # a small lineage DAG
    (disc(0.5, 0.2, 0.13), (214, 96, 38)),
    (disc(0.22, 0.78, 0.13), (44, 110, 180)),
    (disc(0.78, 0.78, 0.13), (44, 110, 180)),
    (segment(0.5, 0.2, 0.22, 0.78, 0.05), (90, 90, 90)),
    (segment(0.5, 0.2, 0.78, 0.78, 0.05), (90, 90, 90)),
])
TOOL = over([  # a spanner
    (disc(0.3, 0.3, 0.09), (235, 240, 245)),
    (disc(0.3, 0.3, 0.22), (90, 100, 110)),
    (segment(0.34, 0.34, 0.82, 0.82, 0.09), (90, 100, 110)),
])
REFRESH = over([
    (lambda u, v: 0.62 <= u <= 0.95 and 0.05 <= v <= 0.42 and (u - 0.62) >= (v - 0.05) * 0.9 - 0.02 and v <= 0.42, (40, 130, 60)),
    (ring(0.5, 0.5, 0.32, 0.08, 20, 70), (40, 130, 60)),
])

DARK = (70, 80, 95)
FILTER = over([  # a funnel
    (lambda u, v: 0.12 <= v <= 0.45 and abs(u - 0.5) <= 0.4 - (v - 0.12) * 0.9, DARK),
    (rounded_box(0.42, 0.4, 0.58, 0.9, 0.03), DARK),
])
FIT = over([  # four corners of a frame around a box
    (rounded_box(0.34, 0.34, 0.66, 0.66, 0.04), (44, 110, 180)),
    (segment(0.08, 0.08, 0.3, 0.08, 0.05), DARK), (segment(0.08, 0.08, 0.08, 0.3, 0.05), DARK),
    (segment(0.92, 0.08, 0.7, 0.08, 0.05), DARK), (segment(0.92, 0.08, 0.92, 0.3, 0.05), DARK),
    (segment(0.08, 0.92, 0.3, 0.92, 0.05), DARK), (segment(0.08, 0.92, 0.08, 0.7, 0.05), DARK),
    (segment(0.92, 0.92, 0.7, 0.92, 0.05), DARK), (segment(0.92, 0.92, 0.92, 0.7, 0.05), DARK),
])
EXPAND = over([  # a plus in a box: open every stage
    (segment(0.3, 0.5, 0.7, 0.5, 0.06), DARK), (segment(0.5, 0.3, 0.5, 0.7, 0.06), DARK),
    (lambda u, v: 0.1 <= u <= 0.9 and 0.1 <= v <= 0.9 and not (0.17 <= u <= 0.83 and 0.17 <= v <= 0.83), DARK),
])

# EMF item provider icons (bundles/io.noodle.model.edit/icons/full/obj16/<Class>.gif): one shape per
# kind of object, coloured by family (design: orange, stages: blue, ECOs: green, results: purple).
EDIT_OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'bundles', 'io.noodle.model.edit', 'icons', 'full', 'obj16')
ORANGE, BLUE, GREEN, PURPLE, GREY = (214, 96, 38), (44, 110, 180), (40, 130, 60), (120, 70, 160), (110, 110, 110)
MODEL_ICONS = {
    'Study': STUDY,
    'DesignSnapshot': over([(rounded_box(0.15, 0.1, 0.85, 0.9, 0.08), ORANGE)]),
    'Objective': over([(disc(0.5, 0.5, 0.12), (255, 255, 255)), (disc(0.5, 0.5, 0.25), ORANGE), (disc(0.5, 0.5, 0.4), (255, 236, 170))]),
    'StudyRails': over([(segment(0.15, 0.35, 0.85, 0.35, 0.07), ORANGE), (segment(0.15, 0.65, 0.85, 0.65, 0.07), ORANGE)]),
    'Stage': over([(rounded_box(0.08, 0.25, 0.92, 0.75, 0.12), BLUE)]),
    'StageRails': over([(segment(0.15, 0.35, 0.85, 0.35, 0.07), BLUE), (segment(0.15, 0.65, 0.85, 0.65, 0.07), BLUE)]),
    'RankingPolicy': over([(rounded_box(0.1, 0.6, 0.3, 0.9, 0.02), BLUE), (rounded_box(0.4, 0.35, 0.6, 0.9, 0.02), BLUE), (rounded_box(0.7, 0.1, 0.9, 0.9, 0.02), BLUE)]),
    'StageDependency': over([(segment(0.15, 0.5, 0.85, 0.5, 0.07), BLUE), (segment(0.6, 0.25, 0.85, 0.5, 0.07), BLUE), (segment(0.6, 0.75, 0.85, 0.5, 0.07), BLUE)]),
    'EcoDefinition': over([(disc(0.5, 0.5, 0.16), (255, 255, 255)), (disc(0.5, 0.5, 0.38), GREEN)]),
    'EcoParameter': over([(segment(0.2, 0.8, 0.8, 0.2, 0.08), GREEN), (disc(0.5, 0.5, 0.16), GREEN)]),
    'EcoApplication': over([(segment(0.15, 0.5, 0.8, 0.5, 0.08), GREEN), (segment(0.55, 0.25, 0.85, 0.5, 0.08), GREEN), (segment(0.55, 0.75, 0.85, 0.5, 0.08), GREEN)]),
    'ParameterValue': over([(disc(0.5, 0.5, 0.22), GREEN)]),
    'EcoPrior': over([(ring(0.5, 0.5, 0.3, 0.08, 300, 360), GREEN), (disc(0.5, 0.5, 0.1), GREEN)]),
    'Case': over([(rounded_box(0.12, 0.2, 0.88, 0.8, 0.2), PURPLE)]),
    'Failure': over([(segment(0.2, 0.2, 0.8, 0.8, 0.1), (200, 40, 40)), (segment(0.2, 0.8, 0.8, 0.2, 0.1), (200, 40, 40))]),
    'Metric': over([(segment(0.1, 0.8, 0.4, 0.45, 0.07), PURPLE), (segment(0.4, 0.45, 0.6, 0.6, 0.07), PURPLE), (segment(0.6, 0.6, 0.9, 0.15, 0.07), PURPLE)]),
    'RunResults': over([(rounded_box(0.05, 0.08, 0.6, 0.42, 0.12), PURPLE), (segment(0.32, 0.42, 0.32, 0.75, 0.06), PURPLE),
                        (segment(0.32, 0.75, 0.45, 0.75, 0.06), PURPLE), (rounded_box(0.45, 0.58, 0.95, 0.92, 0.12), PURPLE)]),
    'GateVerdict': over([(segment(0.15, 0.55, 0.4, 0.8, 0.1), (40, 130, 60)), (segment(0.4, 0.8, 0.85, 0.2, 0.1), (40, 130, 60))]),
}

if __name__ == '__main__':
    os.makedirs(EDIT_OUT, exist_ok=True)
    for name, shape in MODEL_ICONS.items():
        gif(os.path.join(EDIT_OUT, name + '.gif'), 16, shape)
    os.makedirs(OUT, exist_ok=True)
    for s in (16, 32, 48):
        png(os.path.join(OUT, 'noodle%d.png' % s), s, NOODLE)
    png(os.path.join(OUT, 'study16.png'), 16, STUDY)
    png(os.path.join(OUT, 'tool16.png'), 16, TOOL)
    png(os.path.join(OUT, 'refresh16.png'), 16, REFRESH)
    png(os.path.join(OUT, 'filter16.png'), 16, FILTER)
    png(os.path.join(OUT, 'fit16.png'), 16, FIT)
    png(os.path.join(OUT, 'expandall16.png'), 16, EXPAND)
    print('icons written to', os.path.normpath(OUT))
