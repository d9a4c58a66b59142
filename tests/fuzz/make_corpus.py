#!/usr/bin/env python3
"""Writes the seed corpora of the libFuzzer targets into tests/fuzz/corpus/<target>/.

Each corpus holds a handful of tiny valid files and near-valid variants (cut short, one field wrong), so
the fuzzer starts inside each format instead of having to discover its magic bytes. Python 3 standard
library only: pickles are written opcode by opcode, torch zip archives with zipfile (records stored,
as torch.save does), project files with sqlite3 (the schema of app/store/ProjectSchema.cpp), images by
hand (PNG/BMP/PNM) or from bytes OpenCV encoded once (JPEG/TIFF/WebP). Deterministic: re-running
rewrites the same bytes.

Usage: python3 tests/fuzz/make_corpus.py [OUT_DIR]   (default: the corpus/ folder beside this script)
"""
import io
import json
import os
import shutil
import sqlite3
import struct
import sys
import tempfile
import zipfile
import zlib

# ---------------------------------------------------------------- pickles (torch.save's subset)


def op_str(s):
    b = s.encode("utf-8")
    return (b"\x8c" + bytes([len(b)]) + b) if len(b) < 256 else (b"X" + struct.pack("<I", len(b)) + b)


def op_int(n):
    if 0 <= n < 256:
        return b"K" + bytes([n])
    if 0 <= n < 65536:
        return b"M" + struct.pack("<H", n)
    if -(2**31) <= n < 2**31:
        return b"J" + struct.pack("<i", n)
    raw = n.to_bytes((n.bit_length() + 8) // 8, "little", signed=True)
    return b"\x8a" + bytes([len(raw)]) + raw


def op_global(module, name):
    return b"c" + module.encode() + b"\n" + name.encode() + b"\n"


def op_tuple(items):
    return b"(" + b"".join(items) + b"t"


def op_tensor(key, numel, size, stride, offset=0, storage="FloatStorage"):
    pid = op_tuple([op_str("storage"), op_global("torch", storage), op_str(key), op_str("cpu"), op_int(numel)])
    args = op_tuple([pid + b"Q", op_int(offset), op_tuple([op_int(x) for x in size]),
                     op_tuple([op_int(x) for x in stride]), b"\x89",
                     op_global("collections", "OrderedDict") + b")R"])
    return op_global("torch._utils", "_rebuild_tensor_v2") + args + b"R"


def op_dict(pairs, ordered=False):
    start = (op_global("collections", "OrderedDict") + b")R") if ordered else b"}"
    return start + b"(" + b"".join(k + v for k, v in pairs) + b"u"


def pickle(body, proto=2):
    return b"\x80" + bytes([proto]) + body + b"."


def small_state_dict(ordered=True):
    """{'fc.weight': 2x3 view of storage 0, 'fc.bias': 2 of storage 1}: the tensors a tiny linear layer has."""
    return op_dict([(op_str("fc.weight"), op_tensor("0", 6, [2, 3], [3, 1])),
                    (op_str("fc.bias"), op_tensor("1", 2, [2], [1]))], ordered)


STORAGES = {"0": struct.pack("<6f", 0.5, -1.0, 2.0, 0.0, 1.5, -0.25), "1": struct.pack("<2f", 0.1, -0.1)}


def pickles():
    sd = small_state_dict()
    authors = op_dict([(op_str("iter"), op_int(40000)), (op_str("model_state_dict"), sd),
                       (op_str("optimizer_state_dict"), op_dict([(op_str("state"), b"}"),
                                                                (op_str("param_groups"), b"]")]))])
    tagged = op_global("torch.jit._pickle", "restore_type_tag") + op_tuple([small_state_dict(False),
                                                                           op_str("Dict[str, Tensor]")]) + b"R"
    memo = b"}q\x00(" + op_str("a") + op_tensor("0", 6, [6], [1]) + b"q\x01" + op_str("b") + b"h\x01u"
    param = op_dict([(op_str("w"), op_global("torch._utils", "_rebuild_parameter") +
                      op_tuple([op_tensor("0", 6, [3, 2], [1, 3]), b"\x88", op_global("collections", "OrderedDict") + b")R"]) + b"R")])
    misc = op_dict([(op_str("epoch"), op_int(7)), (op_str("acc"), b"G" + struct.pack(">d", 0.875)),
                    (op_str("arch"), op_str("resnet18")), (op_str("big"), op_int(2**70)),
                    (op_str("list"), b"](" + op_int(1) + op_int(2) + b"e"), (op_str("none"), b"N"),
                    (op_str("bytes"), b"C\x03abc"), (op_str("obj"), op_global("numpy.core.multiarray", "scalar") + b")R"),
                    (op_str("state_dict"), sd)])
    return {
        "state_dict.pkl": pickle(sd),
        "authors_wrapper.pkl": pickle(authors),
        "type_tagged.pkl": pickle(tagged),
        "memo.pkl": pickle(memo),
        "parameter.pkl": pickle(param),
        "metadata.pkl": pickle(misc, proto=4),
        "view_past_storage.pkl": pickle(op_dict([(op_str("w"), op_tensor("0", 6, [4, 2], [2, 1], offset=1))])),
        "huge_size.pkl": pickle(op_dict([(op_str("w"), op_tensor("0", 6, [2**40, 2**30], [0, 0]))])),
        "truncated.pkl": pickle(sd)[:-9],
        "bad_persid.pkl": pickle(op_dict([(op_str("w"), op_tuple([op_str("storage"), op_int(3)]) + b"Q")])),
    }


# ---------------------------------------------------------------- torch zip archives


def torch_zip(pkl, storages=STORAGES, name="archive", version=b"3\n", compress=False):
    out = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    with zipfile.ZipFile(out, "w", method) as z:
        for record, data in [("data.pkl", pkl), ("byteorder", b"little")] + \
                [("data/" + k, v) for k, v in sorted(storages.items())] + [("version", version)]:
            info = zipfile.ZipInfo(name + "/" + record, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = method
            z.writestr(info, data)
    return out.getvalue()


def pth_files():
    p = pickles()
    good = torch_zip(p["state_dict.pkl"])
    return {
        "state_dict.pth": good,
        "authors_wrapper.pth": torch_zip(p["authors_wrapper.pkl"]),
        "metadata.pth": torch_zip(p["metadata.pkl"]),
        "type_tagged.pth": torch_zip(p["type_tagged.pkl"], name="weights"),
        "view_past_storage.pth": torch_zip(p["view_past_storage.pkl"]),
        "compressed.pth": torch_zip(p["state_dict.pkl"], compress=True),
        "missing_storage.pth": torch_zip(p["state_dict.pkl"], storages={"0": STORAGES["0"]}),
        "odd_storage_bytes.pth": torch_zip(p["state_dict.pkl"], storages={"0": STORAGES["0"], "1": b"\x01\x02\x03"}),
        "truncated.pth": good[: len(good) // 2],
        "legacy_magic.pth": bytes([0x80, 0x02, 0x8A, 0x0A, 0x6C, 0xFC, 0x9C, 0x46, 0xF9, 0x20, 0x6A, 0xA8, 0x50, 0x19]) + b"\x00" * 16,
    }


# ---------------------------------------------------------------- .ckpt (engine/io/CheckpointFile)

FNV_BASIS, FNV_PRIME = 1469598103934665603, 1099511628211  # engine/core/Fnv1a.h (basis as stored)


def fnv1a64(data):
    h = FNV_BASIS
    for b in data:
        h = ((h ^ b) * FNV_PRIME) & 0xFFFFFFFFFFFFFFFF
    return "%016x" % h


def ckpt(sections, config=None, extra=None, fix_hashes=True, magic=b"ARM-INSPECTOR-CHECKPOINT 1"):
    config = config if config is not None else {
        "arch": "resnet18-arm", "input_size": 32, "generic": "running", "num_classes": 7, "class_names": [],
        "normalization": {"mean": [0.485, 0.456, 0.406], "std": [0.229, 0.224, 0.225]}, "running_momentum": 0.1}
    header = {"format": "arm-inspector-checkpoint", "version": 1, "config": config, "epoch": 3,
              "metadata": {"note": "seed"}, "running_generic_valid": True, "torch_version": "1.13.1",
              "sections": [{"name": n, "bytes": len(d), "fnv1a64": fnv1a64(d) if fix_hashes else "0" * 16}
                           for n, d in sections]}
    header.update(extra or {})
    return magic + b"\n" + json.dumps(header, separators=(",", ":")).encode() + b"\n" + b"".join(d for _, d in sections)


def ckpt_files():
    p = pickles()
    weights = torch_zip(p["type_tagged.pkl"])
    good = ckpt([("weights", weights)])
    return {
        "tiny_weights.ckpt": good,
        "with_optimizer.ckpt": ckpt([("weights", weights), ("optimizer", torch_zip(p["metadata.pkl"]))]),
        "plain_resnet.ckpt": ckpt([("weights", weights)], config={"arch": "resnet18", "num_classes": 3,
                                                                   "class_names": ["a", "b", "c"]}),
        "no_weights.ckpt": ckpt([("optimizer", b"xyz")]),
        "bad_hash.ckpt": ckpt([("weights", weights)], fix_hashes=False),
        "truncated.ckpt": good[:-40],
        "huge_section.ckpt": ckpt([("weights", b"")], extra={"sections": [{"name": "weights", "bytes": 6 << 30,
                                                                           "fnv1a64": "0" * 16}]}),
        "deep_header.ckpt": b"ARM-INSPECTOR-CHECKPOINT 1\n" + b"[" * 100 + b"]" * 100 + b"\n",
        "classes_2e9.ckpt": ckpt([("weights", weights)], config={"num_classes": 2000000000}),
        "version_2.ckpt": ckpt([("weights", weights)], magic=b"ARM-INSPECTOR-CHECKPOINT 2"),
    }


# ---------------------------------------------------------------- dataset label files


def fer_row(emotion, usage, pixels=2304, value=None):
    px = " ".join(str(value if value is not None else (i * 7) % 256) for i in range(pixels))
    return "%d,%s,%s\n" % (emotion, px, usage)


def dataset_files():
    raf = {
        "list.txt": b"train_00001.jpg 5\ntrain_00002.jpg 1\ntest_0001.jpg 7\ntest_0002.jpg 3\n",
        "crlf_bom.txt": b"\xef\xbb\xbftrain_00001.jpg 4\r\ntest_0001.jpg 2\r\n",
        "bad_lines.txt": b"train_00001.jpg 9\ntrain_00002.jpg\nfoo.jpg 1\ntest_0001.jpg -1\n\n  \ntrain_00001.jpg 2\n",
        "utf16.txt": "train_00001.jpg 5\ntest_0001.jpg 1\n".encode("utf-16"),
        "non_utf8.txt": b"train_caf\xe9.jpg 5\ntest_0001.jpg 1 extra\n",
    }
    header = "emotion,pixels,Usage\n"
    fer = {
        "fer2013.csv": (header + fer_row(3, "Training") + fer_row(0, "PrivateTest", value=255)).encode(),
        "ferplus_columns.csv": ("Usage,pixels,emotion,extra\n" + "PublicTest,%s,6,x\n" % " ".join(["9"] * 2304)).encode(),
        "bad_rows.csv": (header + fer_row(9, "Training", pixels=5) + "3,1 2 x,Training\n" + fer_row(1, "Nope", value=256)
                         + '"4","' + " ".join(["1"] * 2304) + '",PublicTest\n').encode(),
        "header_only.csv": header.encode(),
        "crlf_bom.csv": b"\xef\xbb\xbf" + (header + fer_row(5, "Training", value=0)).replace("\n", "\r\n").encode(),
    }
    an_header = "subDirectory_filePath,face_x,face_y,face_width,face_height,facial_landmarks,expression,valence,arousal\n"
    affectnet = {
        "training.csv": (an_header + '1/a.jpg,1,2,10,12,"1;2;3",1,0.5,0.1\n2/b.png,0,0,0,0,,7,-0.2,0.3\n'
                         '3/c.jpg,0,0,5,5,,9,0,0\n').encode(),
        "validation.csv": (an_header + "1/a.jpg,-5,99999,-1,2147483648,,3,x,y\n../up.jpg,0,0,1,1,,12,0,0\n"
                           '"quoted, name.jpg",0,0,1,1,,0,0,0\n').encode(),
        "split_column.csv": ("subDirectory_filePath,expression,split\n1/a.jpg,2,test\n1/b.jpg,4,train\n"
                             "1/c.jpg,5,bogus\n").encode(),
        "short_rows.csv": (an_header + "1/a.jpg,1\n,,,,,,,\n\"unterminated,1,2\n").encode(),
    }
    folder = {
        "basic.txt": b"0happy/a.jpg\nsad/b.png\nangry/c.jpeg\nneutral/d.bmp\n",
        "splits.txt": b"1train/Happiness/a.jpg\ntest/surprised/b.jpg\nval/fearful/c.png\nvalidation/disgusted/d.webp\n",
        "affectnet.txt": b"20/a.jpg\n7/b.jpg\ncontempt/c.jpg\n11/d.jpg\n",
        "odd_names.txt": b"0HAPPY/.DS_Store\nsad/notes.txt\nunknown class/x.JPG\n\xff\xfe/y.jpg\nloose.jpg\nsad/.hidden.jpg\n",
    }
    return {"rafdb": raf, "fer2013": fer, "affectnet": affectnet, "folder": folder}


# ---------------------------------------------------------------- project files (app/store)

SCHEMA = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE samples (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, label INTEGER NOT NULL,"
    " split TEXT NOT NULL, rel_path TEXT NOT NULL, byte_offset INTEGER NOT NULL DEFAULT 0,"
    " source_line INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE edits (id INTEGER PRIMARY KEY AUTOINCREMENT, sample_id INTEGER NOT NULL REFERENCES samples(id),"
    " old_label INTEGER NOT NULL, new_label INTEGER NOT NULL,"
    " source TEXT NOT NULL CHECK (source IN ('human', 'suggestion', 'rule')), time TEXT NOT NULL,"
    " note TEXT NOT NULL DEFAULT '', undone INTEGER NOT NULL DEFAULT 0, undone_time TEXT)",
    "CREATE INDEX edits_by_sample ON edits (sample_id, undone, id)",
    "CREATE TABLE flags (sample_id INTEGER NOT NULL REFERENCES samples(id), kind TEXT NOT NULL,"
    " note TEXT NOT NULL DEFAULT '', time TEXT NOT NULL, PRIMARY KEY (sample_id, kind))",
    "CREATE TABLE predictions (model_fp TEXT NOT NULL, sample_id INTEGER NOT NULL REFERENCES samples(id),"
    " probabilities BLOB NOT NULL, loss REAL NOT NULL, time TEXT NOT NULL, PRIMARY KEY (model_fp, sample_id))",
    "CREATE TABLE runs (id INTEGER PRIMARY KEY AUTOINCREMENT, time TEXT NOT NULL, settings TEXT NOT NULL,"
    " metrics TEXT NOT NULL, checkpoint TEXT NOT NULL DEFAULT '')",
]
CLASSES = ["Surprise", "Fear", "Disgust", "Happiness", "Sadness", "Anger", "Neutral"]
T = "2024-01-01T00:00:00Z"


def project(tamper=None, user_version=1, app_id=0x41524D49):
    """A small project as ProjectStore::create writes it (2 samples, 1 edit), then `tamper` SQL."""
    fd, path = tempfile.mkstemp(suffix=".armproj")
    os.close(fd)
    os.remove(path)
    try:
        db = sqlite3.connect(path)
        db.execute("PRAGMA page_size = 512")
        db.execute("PRAGMA application_id = %d" % app_id)
        for s in SCHEMA:
            db.execute(s)
        meta = {"dataset_path": "/nonexistent/raf", "dataset_format": "rafdb",
                "label_file": "EmoLabel/list_patition_label.txt", "fingerprint": "ab" * 32,
                "class_names": json.dumps(CLASSES, separators=(",", ":")), "created": T, "app_version": "0.1.0"}
        db.executemany("INSERT INTO meta VALUES (?, ?)", sorted(meta.items()))
        db.execute("INSERT INTO samples VALUES (1, 'train_00001', 4, 'train', 'Image/aligned/train_00001_aligned.jpg', 0, 1)")
        db.execute("INSERT INTO samples VALUES (2, 'test_0001', 0, 'test', 'Image/aligned/test_0001_aligned.jpg', 0, 2)")
        db.execute("INSERT INTO edits (sample_id, old_label, new_label, source, time, note) VALUES (1, 4, 3, 'human', ?, 'x')", (T,))
        db.execute("INSERT INTO flags VALUES (2, 'flag', '', ?)", (T,))
        db.execute("INSERT INTO predictions VALUES ('fp', 1, ?, 0.5, ?)", (struct.pack("<7f", *[1 / 7] * 7), T))
        db.execute("INSERT INTO runs (time, settings, metrics) VALUES (?, '{}', '{}')", (T,))
        for sql in tamper or []:
            db.execute(sql)
        db.execute("PRAGMA user_version = %d" % user_version)
        db.commit()
        db.execute("VACUUM")
        db.close()
        with open(path, "rb") as f:
            return f.read()
    finally:
        os.remove(path)


def project_files():
    good = project()
    return {
        "project.armproj": good,
        "climbing_path.armproj": project(["UPDATE samples SET rel_path = '../../etc/passwd' WHERE id = 1"]),
        "label_out_of_range.armproj": project(["UPDATE edits SET new_label = 98"]),
        "no_classes.armproj": project(["DELETE FROM meta WHERE key = 'class_names'"]),
        "newer_schema.armproj": project(user_version=2),
        "no_schema.armproj": project(user_version=0),
        "not_ours.armproj": project(app_id=7),
        "truncated.armproj": good[: len(good) // 2],
    }


# ---------------------------------------------------------------- images (engine/data/ImageDecode)

JPEG_8x6 = bytes.fromhex(
    "ffd8ffe000104a46494600010100000100010000ffdb004300100b0c0e0c0a100e0d0e1211101318281a181616183123"
    "251d283a333d3c3933383740485c4e404457453738506d51575f626768673e4d71797064785c656763ffdb0043011112"
    "121815182f1a1a2f63423842636363636363636363636363636363636363636363636363636363636363636363636363"
    "6363636363636363636363636363ffc00011080006000803012200021101031101ffc4001f0000010501010101010100"
    "000000000000000102030405060708090a0bffc400b5100002010303020403050504040000017d010203000411051221"
    "31410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a25262728292a3435363738393a"
    "434445464748494a535455565758595a636465666768696a737475767778797a838485868788898a9293949596979899"
    "9aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1"
    "f2f3f4f5f6f7f8f9faffc4001f0100030101010101010101010000000000000102030405060708090a0bffc400b51100"
    "020102040403040705040400010277000102031104052131061241510761711322328108144291a1b1c109233352f015"
    "6272d10a162434e125f11718191a262728292a35363738393a434445464748494a535455565758595a63646566676869"
    "6a737475767778797a82838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4"
    "c5c6c7c8c9cad2d3d4d5d6d7d8d9dae2e3e4e5e6e7e8e9eaf2f3f4f5f6f7f8f9faffda000c03010002110311003f0086"
    "cbc3d0f1f768a28abc257a9ec96a674aa4b9773fffd9")
TIFF_8x6 = bytes.fromhex(
    "49492a003c00000080002040f0007a090682c1e1509848a0010b8444621070f1421f0c89462202d3c45e331f880f1411"
    "e89c6a304b644924d2082c040c000001030001000000080000000101030001000000060000000201030003000000d200"
    "000003010300010000000500000006010300010000000200000011010400010000000800000015010300010000000300"
    "00001601030001000000060000001701040001000000340000001c01030001000000010000003d010300010000000200"
    "00005301030003000000d800000000000000080008000800010001000100")
WEBP_8x6 = bytes.fromhex(
    "524946462a000000574542505650384c1e0000002f07400100998ce87f6c22a2ff012101618eff1b250be6613c620280db36")


def png(w, h, color_type=2, claim=None):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    cw, ch = claim or (w, h)
    channels = {0: 1, 2: 3, 6: 4}[color_type]
    raw = b"".join(b"\x00" + bytes((x * 37 + y * 11 + c * 5) & 255 for x in range(w) for c in range(channels))
                   for y in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", cw, ch, 8, color_type, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def bmp(w, h):
    row = bytes((x * 29 + c) & 255 for x in range(w) for c in range(3))
    row += b"\x00" * ((4 - len(row) % 4) % 4)
    pixels = row * h
    return (b"BM" + struct.pack("<IHHI", 54 + len(pixels), 0, 0, 54)
            + struct.pack("<IiiHHIIiiII", 40, w, h, 1, 24, 0, len(pixels), 2835, 2835, 0, 0) + pixels)


def image_files():
    sof = JPEG_8x6.index(b"\xff\xc0")
    bomb = bytearray(JPEG_8x6)
    bomb[sof + 5:sof + 9] = struct.pack(">HH", 60000, 60000)
    return {
        "rgb.jpg": JPEG_8x6,
        "rgb.png": png(5, 4),
        "gray.png": png(3, 3, color_type=0),
        "rgba.png": png(2, 2, color_type=6),
        "rgb.bmp": bmp(3, 2),
        "rgb.tiff": TIFF_8x6,
        "rgb.webp": WEBP_8x6,
        "rgb.ppm": b"P6\n3 2\n255\n" + bytes(range(18)),
        "gray.pgm": b"P5 2 2 255\n\x00\x40\x80\xff",
        "ascii.pbm": b"P1\n# comment\n3 2\n1 0 1\n0 1 0\n",
        "truncated.jpg": JPEG_8x6[:300],
        "bomb.jpg": bytes(bomb),
        "bomb.png": png(2, 2, claim=(100000, 100000)),
    }


# ---------------------------------------------------------------- main


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")
    p = pickles()
    corpora = {"pickle": p, "pth": pth_files(), "ckpt": ckpt_files(), "project": project_files(), "image": image_files()}
    corpora.update(dataset_files())
    # Every past finding stays a seed, so a regression is found again at once.
    findings = os.path.join(os.path.dirname(os.path.abspath(__file__)), "findings")
    for name in sorted(os.listdir(findings)):
        target = name.split("-", 1)[0]
        if target in corpora and name != "README.md":
            with open(os.path.join(findings, name), "rb") as f:
                corpora[target]["finding-" + name] = f.read()
    total = 0
    for target, files in sorted(corpora.items()):
        folder = os.path.join(out, target)
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
        for name, data in sorted(files.items()):
            assert len(data) < 20 * 1024, "%s/%s is %d bytes (seeds stay under 20 KB)" % (target, name, len(data))
            with open(os.path.join(folder, name), "wb") as f:
                f.write(data)
            total += len(data)
        print("%-10s %2d seeds" % (target, len(files)))
    assert total < 300 * 1024, "corpus is %d bytes (keep it under 300 KB)" % total
    print("total %d bytes in %s" % (total, out))


if __name__ == "__main__":
    main()
