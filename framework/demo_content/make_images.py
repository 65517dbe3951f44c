"""Draw the demo illustrations (1200x675 PNG) with Pillow.

The PNGs are committed; run ``python -m framework.demo_content.make_images`` to redraw them.
Drawings are seeded, so the output is the same every time.
"""

import math
import random
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

SIZE = (1200, 675)
W, H = SIZE
OUT = Path(__file__).resolve().parent / "images"

#: Image key -> title used when the image is registered in Wagtail.
TITLES = {
    "earthquake": "Earthquake: seismic lines over hills",
    "drought": "Drought: cracked earth and a sprout",
    "flood": "Flood: waves and houses",
    "industrial": "Industrial site with smoke plume",
    "city": "City skyline at dusk",
    "town": "Town rooftops with speech bubbles",
    "map": "Stylised crisis map",
    "network": "Network of connected dots",
    "warning": "Phone with warning signal",
    "heat": "Heat: sun over houses",
}


def gradient(top, bottom):
    """A vertical gradient background."""
    image = Image.new("RGB", SIZE, top)
    draw = ImageDraw.Draw(image)
    for y in range(H):
        t = y / (H - 1)
        colour = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (W, y)], fill=colour)
    return image


def houses(draw, base_y, colour, rng, count=14, height=(40, 80)):
    """A row of simple houses with pitched roofs standing on ``base_y``."""
    x = rng.randint(-30, 0)
    while x < W:
        width = rng.randint(50, 90)
        tall = rng.randint(*height)
        draw.rectangle([x, base_y - tall, x + width, base_y], fill=colour)
        draw.polygon(
            [
                (x - 6, base_y - tall),
                (x + width / 2, base_y - tall - 30),
                (x + width + 6, base_y - tall),
            ],
            fill=colour,
        )
        x += width + rng.randint(4, 24)


def earthquake(rng):
    image = gradient((250, 240, 225), (236, 214, 190))
    draw = ImageDraw.Draw(image)
    for i, colour in enumerate([(221, 196, 166), (205, 176, 145)]):
        points = [
            (x, 470 + i * 60 - 50 * math.sin(x / (210 + i * 90))) for x in range(0, W + 10, 10)
        ]
        draw.polygon(points + [(W, H), (0, H)], fill=colour)
    for row, colour in enumerate([(192, 90, 60), (160, 70, 50), (214, 130, 90)]):
        y0 = 210 + row * 70
        points = []
        for x in range(0, W + 4, 4):
            burst = math.exp(-(((x - 600 - row * 40) / 120) ** 2))
            amplitude = 6 + 110 * burst / (row + 1)
            points.append((x, y0 + amplitude * math.sin(x / 5.5 + row) * rng.uniform(0.6, 1)))
        draw.line(points, fill=colour, width=4 - row)
    return image


def drought(rng):
    image = gradient((246, 214, 150), (214, 160, 90))
    draw = ImageDraw.Draw(image)
    draw.ellipse([880, 80, 1040, 240], fill=(252, 236, 190))
    draw.rectangle([0, 330, W, H], fill=(196, 140, 78))
    for _ in range(70):
        x, y = rng.randint(0, W), rng.randint(340, H)
        points = [(x, y)]
        for _step in range(rng.randint(3, 6)):
            x += rng.randint(-60, 60)
            y += rng.randint(-25, 25)
            points.append((x, max(335, y)))
        draw.line(points, fill=(150, 100, 52), width=rng.randint(2, 4))
    draw.line([(600, 470), (600, 400)], fill=(70, 130, 60), width=6)
    draw.ellipse([560, 380, 604, 410], fill=(96, 160, 80))
    draw.ellipse([598, 372, 644, 402], fill=(96, 160, 80))
    return image


def flood(rng):
    image = gradient((200, 214, 226), (160, 186, 206))
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 330, W, 345], fill=(120, 140, 120))
    houses(draw, 340, (90, 104, 120), rng, height=(30, 60))
    blues = [(104, 156, 200), (70, 126, 180), (44, 96, 156), (26, 70, 126)]
    for i, colour in enumerate(blues):
        y0 = 360 + i * 75
        phase = rng.uniform(0, 6)
        points = [(x, y0 + 16 * math.sin(x / 70 + phase + i)) for x in range(0, W + 10, 10)]
        draw.polygon(points + [(W, H), (0, H)], fill=colour)
    return image


def industrial(rng):
    image = gradient((214, 222, 230), (238, 236, 228))
    draw = ImageDraw.Draw(image)
    plume = Image.new("L", SIZE, 0)
    plume_draw = ImageDraw.Draw(plume)
    for i in range(18):
        cx, cy, r = 330 + i * 48, 250 - i * 9 + rng.randint(-12, 12), 40 + i * 5
        plume_draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=150 - i * 4)
    plume = plume.filter(ImageFilter.GaussianBlur(18))
    image.paste(Image.new("RGB", SIZE, (110, 114, 120)), mask=plume)
    draw = ImageDraw.Draw(image)
    factory = (64, 72, 86)
    draw.rectangle([180, 420, 520, 560], fill=factory)
    for x in (220, 300):
        draw.rectangle([x, 250, x + 30, 420], fill=factory)
    for x in (360, 430):
        draw.polygon([(x, 420), (x + 35, 380), (x + 70, 420)], fill=factory)
    draw.ellipse([560, 470, 680, 560], fill=factory)
    houses(draw, 560, (120, 130, 146), rng, height=(25, 45))
    draw.rectangle([0, 560, W, H], fill=(150, 160, 150))
    return image


def city(rng):
    image = gradient((44, 58, 96), (170, 150, 170))
    draw = ImageDraw.Draw(image)
    for layer, colour in enumerate([(70, 82, 118), (40, 48, 74)]):
        x = -20
        while x < W:
            width = rng.randint(50, 120)
            top = rng.randint(220, 430) + layer * 80
            draw.rectangle([x, top, x + width, H], fill=colour)
            if layer:
                for wy in range(top + 20, H - 20, 34):
                    for wx in range(x + 10, x + width - 14, 26):
                        if rng.random() < 0.18:
                            draw.rectangle([wx, wy, wx + 10, wy + 14], fill=(240, 210, 140))
            x += width + rng.randint(0, 10)
    return image


def town(rng):
    image = gradient((214, 232, 240), (240, 244, 236))
    draw = ImageDraw.Draw(image)
    colours = [(232, 140, 90), (90, 160, 180), (240, 190, 90), (130, 170, 110), (170, 130, 190)]
    for i in range(9):
        cx, cy = 110 + i * 125 + rng.randint(-20, 20), 140 + rng.randint(0, 160)
        w, h = rng.randint(90, 130), rng.randint(55, 75)
        colour = colours[i % len(colours)]
        draw.rounded_rectangle([cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2], 22, fill=colour)
        draw.polygon(
            [(cx - 12, cy + h / 2 - 2), (cx + 8, cy + h / 2 - 2), (cx - 16, cy + h / 2 + 22)],
            fill=colour,
        )
        for line in range(2):
            draw.line(
                [
                    (cx - w / 2 + 18, cy - 10 + line * 20),
                    (cx + w / 2 - 18 - line * 20, cy - 10 + line * 20),
                ],
                fill=(255, 255, 255),
                width=6,
            )
    houses(draw, 560, (150, 96, 80), rng, height=(60, 120))
    draw.rectangle([0, 560, W, H], fill=(120, 140, 110))
    return image


def crisis_map(rng):
    image = Image.new("RGB", SIZE, (236, 242, 228))
    draw = ImageDraw.Draw(image)
    for _ in range(9):
        x, y = rng.randint(0, W), rng.randint(0, H)
        draw.ellipse([x - 120, y - 80, x + 120, y + 80], fill=(214, 232, 200))
    river = [(x, 420 + 70 * math.sin(x / 180)) for x in range(0, W + 10, 10)]
    draw.line(river, fill=(150, 196, 226), width=34)
    for _ in range(14):
        if rng.random() < 0.5:
            x = rng.randint(0, W)
            draw.line([(x, 0), (x + rng.randint(-200, 200), H)], fill=(255, 255, 255), width=10)
        else:
            y = rng.randint(0, H)
            draw.line([(0, y), (W, y + rng.randint(-150, 150))], fill=(255, 255, 255), width=10)
    for x in range(0, W, 150):
        draw.line([(x, 0), (x, H)], fill=(200, 210, 196), width=1)
    for y in range(0, H, 150):
        draw.line([(0, y), (W, y)], fill=(200, 210, 196), width=1)
    for _ in range(22):
        x, y = rng.randint(40, W - 40), rng.randint(50, H - 20)
        colour = rng.choice([(220, 80, 60), (240, 160, 40), (60, 130, 200), (90, 160, 90)])
        draw.polygon([(x - 14, y - 30), (x + 14, y - 30), (x, y)], fill=colour)
        draw.ellipse([x - 16, y - 50, x + 16, y - 18], fill=colour)
        draw.ellipse([x - 6, y - 40, x + 6, y - 28], fill=(255, 255, 255))
    return image


def network(rng):
    image = gradient((22, 44, 86), (34, 76, 124))
    draw = ImageDraw.Draw(image)
    nodes = [(rng.randint(30, W - 30), rng.randint(30, H - 30)) for _ in range(70)]
    for x, y in nodes:
        near = sorted(nodes, key=lambda n: (n[0] - x) ** 2 + (n[1] - y) ** 2)[1:4]
        for nx, ny in near:
            draw.line([(x, y), (nx, ny)], fill=(80, 130, 180), width=2)
    for x, y in nodes:
        r = rng.choice([5, 7, 9, 12])
        colour = rng.choice([(120, 200, 230), (250, 190, 90), (180, 220, 250)])
        draw.ellipse([x - r, y - r, x + r, y + r], fill=colour)
    return image


def warning(rng):
    image = gradient((252, 244, 232), (248, 228, 204))
    draw = ImageDraw.Draw(image)
    cx, cy = W // 2, H // 2
    for i, r in enumerate(range(520, 120, -70)):
        shade = (246 - i * 4, 200 - i * 12, 150 - i * 16)
        draw.ellipse([cx - r, cy - r, cx + r, cy + r], outline=shade, width=14)
    draw.rounded_rectangle([cx - 80, cy - 150, cx + 80, cy + 150], 24, fill=(50, 60, 80))
    draw.rounded_rectangle([cx - 66, cy - 124, cx + 66, cy + 124], 12, fill=(250, 250, 246))
    draw.polygon([(cx, cy - 60), (cx + 52, cy + 34), (cx - 52, cy + 34)], fill=(232, 120, 40))
    draw.rectangle([cx - 5, cy - 26, cx + 5, cy + 8], fill=(255, 255, 255))
    draw.ellipse([cx - 6, cy + 14, cx + 6, cy + 26], fill=(255, 255, 255))
    return image


def heat(rng):
    image = gradient((252, 220, 160), (240, 150, 100))
    draw = ImageDraw.Draw(image)
    glow = Image.new("L", SIZE, 0)
    ImageDraw.Draw(glow).ellipse([420, 40, 780, 400], fill=200)
    image.paste(
        Image.new("RGB", SIZE, (255, 236, 190)), mask=glow.filter(ImageFilter.GaussianBlur(40))
    )
    draw = ImageDraw.Draw(image)
    draw.ellipse([500, 120, 700, 320], fill=(255, 200, 110))
    for i, colour in enumerate([(230, 120, 80), (210, 90, 70), (180, 70, 60)]):
        y0 = 430 + i * 50
        points = [(x, y0 + 10 * math.sin(x / 90 + i)) for x in range(0, W + 10, 10)]
        draw.polygon(points + [(W, H), (0, H)], fill=colour)
    houses(draw, 600, (120, 56, 50), rng, height=(40, 70))
    draw.rectangle([0, 600, W, H], fill=(120, 56, 50))
    return image


DRAWINGS = {
    "earthquake": earthquake,
    "drought": drought,
    "flood": flood,
    "industrial": industrial,
    "city": city,
    "town": town,
    "map": crisis_map,
    "network": network,
    "warning": warning,
    "heat": heat,
}


def path_for(key):
    return OUT / f"{key}.png"


def main():
    OUT.mkdir(exist_ok=True)
    for key, draw in DRAWINGS.items():
        image = draw(random.Random(key))
        # A 64-colour palette keeps flat illustrations far below 60 KB.
        image = image.quantize(colors=64, method=Image.Quantize.MEDIANCUT)
        image.save(path_for(key), optimize=True)
        print(key, path_for(key).stat().st_size)


if __name__ == "__main__":
    main()
