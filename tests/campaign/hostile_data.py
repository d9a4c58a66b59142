"""Hostile images (predict, inspect, a folder dataset holding them) and hostile datasets (RAF-DB lists,
FER2013 and AffectNet CSVs, folder trees), made from the campaign's synthetic dataset."""
import os
import shutil
import struct
import sys
import zlib

from runner import Case

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fuzz"))
import make_corpus as mc  # noqa: E402


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb" if isinstance(data, bytes) else "w") as f:
        f.write(data)
    return path


def patched_png(w, h):
    """The fuzz corpus's PNG with IHDR claiming w x h (CRC fixed, so only the size is a lie)."""
    b = bytearray(mc.png(4, 4))
    b[16:24] = struct.pack(">II", w, h)
    b[29:33] = struct.pack(">I", zlib.crc32(bytes(b[12:29])) & 0xFFFFFFFF)
    return bytes(b)


def image_variants(good_jpg):
    jpg = open(good_jpg, "rb").read()
    sof = jpg.index(b"\xff\xc0")
    bomb = bytearray(jpg)
    bomb[sof + 5:sof + 9] = struct.pack(">HH", 60000, 60000)
    mid = len(jpg) // 2
    return {
        "good.jpg": jpg,
        "good.png": mc.png(8, 8),
        "truncated_10.jpg": jpg[:len(jpg) // 10],
        "truncated_50.jpg": jpg[:mid],
        "truncated_90.jpg": jpg[:len(jpg) * 9 // 10],
        "no_eoi.jpg": jpg[:-2],
        "corrupt_scan_1.jpg": jpg[:mid] + bytes(64) + jpg[mid + 64:],
        "corrupt_scan_2.jpg": jpg[:mid] + b"\xff\xd9" + jpg[mid + 2:],
        "corrupt_huffman.jpg": jpg.replace(b"\xff\xc4", b"\xff\xc4\xff", 1),
        "bomb_60000.jpg": bytes(bomb),
        "bomb_100000.png": patched_png(100000, 100000),
        "bomb_20000x5000.png": patched_png(20000, 5000),
        "zero_width.png": patched_png(0, 8),
        "bomb.bmp": b"BM" + struct.pack("<IHHI", 70, 0, 0, 54) + struct.pack("<IiiHHIIiiII", 40, 50000, -50000, 1, 24,
                                                                              0, 0, 0, 0, 0, 0) + b"\x00" * 16,
        "bomb.ppm": b"P6\n60000 60000\n255\n" + b"\x00" * 64,
        "pnm_maxval_0.pgm": b"P5\n2 2\n0\n\x00\x00\x00\x00",
        "empty.jpg": b"",
        "text.jpg": b"this is not an image\n",
        "png_named.jpg": mc.png(8, 8),
        "gif.gif": b"GIF89a\x01\x00\x01\x00\x00\x00\x00;",
        "gif_named.jpg": b"GIF89a\x01\x00\x01\x00\x00\x00\x00;",
        "one_pixel.png": mc.png(1, 1),
        "gray.png": mc.png(8, 8, color_type=0),
        "rgba.png": mc.png(8, 8, color_type=6),
        "tiff.tiff": mc.TIFF_8x6,
        "tiff_truncated.tiff": mc.TIFF_8x6[:100],
        "webp.webp": mc.WEBP_8x6,
        "webp_truncated.webp": mc.WEBP_8x6[:30],
    }


def special_images(d):
    """Things that are not regular files, named like images: name -> path (made here)."""
    os.makedirs(d, exist_ok=True)
    made = {}
    fifo = os.path.join(d, "fifo.jpg")
    os.mkfifo(fifo)
    made["fifo.jpg"] = fifo
    for name, target in [("devzero.jpg", "/dev/zero"), ("devurandom.png", "/dev/urandom"),
                         ("dangling.jpg", os.path.join(d, "missing.jpg")), ("loop.jpg", os.path.join(d, "loop.jpg"))]:
        os.symlink(target, os.path.join(d, name))
        made[name] = os.path.join(d, name)
    os.makedirs(os.path.join(d, "directory.jpg"))
    made["directory.jpg"] = os.path.join(d, "directory.jpg")
    made["non_utf8_\\xe9.jpg"] = write(os.fsdecode(os.path.join(os.fsencode(d), b"caf\xe9.jpg")), mc.png(4, 4))
    made["newline.jpg"] = write(os.path.join(d, "new\nline.jpg"), mc.png(4, 4))
    made["missing.jpg"] = os.path.join(d, "does-not-exist.jpg")
    return made


def image_cases(root, good_ckpt, good_jpg):
    cases = []
    d = os.path.join(root, "images")
    paths = {n: write(os.path.join(d, n), b) for n, b in image_variants(good_jpg).items()}
    paths.update(special_images(os.path.join(d, "special")))
    for name, path in sorted(paths.items()):
        out = os.path.join(root, "out", "image_" + name.replace("\\", ""))
        cases.append(Case("image", name + " predict", ["predict", "--weights", good_ckpt, path, "--json"]))
        cases.append(Case("image", name + " inspect", ["inspect", "--weights", good_ckpt, "--out", out, path],
                          allowed=[out], timeout=60))
        # The same file inside a folder dataset, next to one good image.
        faces = os.path.join(root, "datasets", "folder_with_" + name.replace("\\", ""))
        os.makedirs(os.path.join(faces, "sad"), exist_ok=True)
        shutil.copy(good_jpg, os.path.join(faces, "sad", "good.jpg"))
        target = os.path.join(faces, "happy", os.path.basename(path) or "x.jpg")
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if os.path.islink(path) or not os.path.isfile(path):
            if os.path.islink(path):
                os.symlink(os.readlink(path), target)
            elif os.path.isdir(path):
                os.makedirs(target, exist_ok=True)
            elif os.path.exists(path):
                os.mkfifo(target)
        else:
            shutil.copy(path, target)
        cases.append(Case("image", name + " in folder dataset", ["dataset", "--data", faces, "--json"]))
    return cases


def raf_variants():
    good = "train_00001.jpg 1\ntrain_00002.jpg 4\ntest_0001.jpg 7\ntest_0002.jpg 3\n"
    return {
        "control": good,
        "bom": b"\xef\xbb\xbf" + good.encode(),
        "utf16le_bom": good.encode("utf-16"),
        "utf16be": good.encode("utf-16-be"),
        "crlf": good.replace("\n", "\r\n"),
        "cr_only": good.replace("\n", "\r"),
        "tabs": good.replace(" ", "\t"),
        "no_label": "train_00001.jpg\ntest_0001.jpg 7\n",
        "label_0": "train_00001.jpg 0\ntest_0001.jpg 7\n",
        "label_8": "train_00001.jpg 8\ntest_0001.jpg 7\n",
        "label_negative": "train_00001.jpg -1\ntest_0001.jpg 7\n",
        "label_huge": "train_00001.jpg 99999999999999999999999\ntest_0001.jpg 7\n",
        "label_float": "train_00001.jpg 1.5\ntest_0001.jpg 7\n",
        "label_nan": "train_00001.jpg nan\ntest_0001.jpg 7\n",
        "extra_columns": "train_00001.jpg 1 2 3\ntest_0001.jpg 7\n",
        "duplicate": "train_00001.jpg 1\ntrain_00001.jpg 2\ntest_0001.jpg 7\n",
        "traversal": "../../../etc/passwd 1\n/etc/shadow 2\ntest_0001.jpg 7\n",
        "non_utf8_name": b"train_caf\xe9.jpg 1\ntest_0001.jpg 7\n",
        "nul_bytes": b"train_00001.jpg\x00 1\ntest_0001.jpg 7\n",
        "empty": "",
        "only_blank_lines": "\n\n   \n",
        "one_huge_line": "x" * (2 << 20),
        "many_missing_images": "".join("train_%05d.jpg 1\n" % i for i in range(30000)),
        "binary_garbage": bytes(range(256)) * 8,
    }


def fer_variants():
    hdr = "emotion,pixels,Usage\n"
    row = lambda e, n=2304, v="7", u="Training": "%s,%s,%s\n" % (e, " ".join([v] * n), u)  # noqa: E731
    good = hdr + row(3) + row(0, u="PublicTest") + row(6, u="PrivateTest")
    return {
        "control": good,
        "short_pixels": hdr + row(3, n=2303) + row(0, u="PrivateTest"),
        "long_pixels": hdr + row(3, n=2305) + row(0, u="PrivateTest"),
        "pixel_256": hdr + row(3, v="256") + row(0, u="PrivateTest"),
        "pixel_negative": hdr + row(3, v="-1") + row(0, u="PrivateTest"),
        "pixel_text": hdr + row(3, v="x") + row(0, u="PrivateTest"),
        "emotion_9": hdr + row(9) + row(0, u="PrivateTest"),
        "emotion_huge": hdr + row("99999999999999999999") + row(0, u="PrivateTest"),
        "usage_bogus": hdr + row(3, u="Bogus") + row(0, u="PrivateTest"),
        "missing_pixels_column": "emotion,Usage\n3,Training\n",
        "header_only": hdr,
        "quoted": hdr + '"3","%s","Training"\n' % " ".join(["7"] * 2304) + row(0, u="PrivateTest"),
        "unterminated_quote": hdr + '"3,%s,Training\n' % " ".join(["7"] * 2304),
        "bom_crlf": b"\xef\xbb\xbf" + good.replace("\n", "\r\n").encode(),
        "utf16": good.encode("utf-16"),
        "huge_row": hdr + "3," + "1 " * (4 << 20) + ",Training\n",
    }


def affectnet_variants():
    hdr = "subDirectory_filePath,face_x,face_y,face_width,face_height,facial_landmarks,expression,valence,arousal\n"
    return {
        "control": hdr + "1/a.jpg,0,0,8,8,,1,0.5,0.1\n1/b.jpg,0,0,0,0,,3,0,0\n",
        "negative_box": hdr + "1/a.jpg,-5,-5,-8,-8,,1,0,0\n1/b.jpg,0,0,0,0,,3,0,0\n",
        "huge_box": hdr + "1/a.jpg,2147483647,2147483647,2147483647,2147483647,,1,0,0\n1/b.jpg,0,0,0,0,,3,0,0\n",
        "box_overflow": hdr + "1/a.jpg,99999999999999999999,0,1,1,,1,0,0\n1/b.jpg,0,0,0,0,,3,0,0\n",
        "expression_out_of_range": hdr + "1/a.jpg,0,0,1,1,,12,0,0\n1/b.jpg,0,0,1,1,,-1,0,0\n1/c.jpg,0,0,1,1,,x,0,0\n",
        "traversal": hdr + "../../../etc/passwd,0,0,1,1,,1,0,0\n/etc/hostname,0,0,1,1,,2,0,0\n1/b.jpg,0,0,0,0,,3,0,0\n",
        "short_rows": hdr + "1/a.jpg,1\n,,,,,,,\n1/b.jpg,0,0,0,0,,3,0,0\n",
        "header_only": hdr,
        "missing_expression_column": "subDirectory_filePath,face_x\n1/a.jpg,0\n",
        "bom_crlf": b"\xef\xbb\xbf" + (hdr + "1/a.jpg,0,0,8,8,,1,0,0\n").replace("\n", "\r\n").encode(),
        "non_utf8_path": hdr.encode() + b"1/caf\xe9.jpg,0,0,8,8,,1,0,0\n1/b.jpg,0,0,0,0,,3,0,0\n",
    }


def dataset_cases(root, raf_base, good_jpg, good_ckpt):
    cases = []
    base = os.path.join(root, "datasets")
    for name, text in sorted(raf_variants().items()):
        d = os.path.join(base, "raf_" + name)
        write(os.path.join(d, "EmoLabel", "list_patition_label.txt"), text)
        os.symlink(os.path.join(raf_base, "Image"), os.path.join(d, "Image"))
        cases.append(Case("dataset", "rafdb/" + name, ["dataset", "--data", d, "--json"]))
        if name in ("control", "bom", "non_utf8_name", "duplicate", "traversal", "utf16le_bom"):
            cases.append(Case("dataset", "rafdb/%s eval" % name, ["eval", "--weights", good_ckpt, "--data", d,
                                                                  "--split", "all", "--json"], timeout=60))
            p = os.path.join(root, "out", "dsproj_" + name)
            cases.append(Case("dataset", "rafdb/%s project create" % name,
                              ["project", "create", "--data", d, "--out", os.path.join(p, "p.armproj")], allowed=[p],
                              prepare=lambda p=p: os.makedirs(p, exist_ok=True)))
    for name, text in sorted(fer_variants().items()):
        csv = write(os.path.join(base, "fer_" + name, "fer2013.csv"), text)
        cases.append(Case("dataset", "fer2013/" + name, ["dataset", "--data", csv, "--format", "fer2013", "--json"]))
    for name, text in sorted(affectnet_variants().items()):
        d = os.path.join(base, "affectnet_" + name)
        csv = write(os.path.join(d, "training.csv"), text)
        for img in ("1/a.jpg", "1/b.jpg", "1/c.jpg"):
            os.makedirs(os.path.join(d, "1"), exist_ok=True)
            shutil.copy(good_jpg, os.path.join(d, img))
        cases.append(Case("dataset", "affectnet/" + name, ["dataset", "--data", csv, "--format", "affectnet", "--json"]))
    # Folder trees with hostile entries (hostile images are covered by image_cases).
    trees = {
        "empty_root": [],
        "empty_class_folders": ["happy/", "sad/"],
        "non_utf8_class": [b"h\xe4ppy/a.jpg", "sad/b.jpg"],
        "deep_nesting": ["/".join(["d"] * 60) + "/a.jpg", "sad/b.jpg"],
        "thousand_classes": ["c%04d/a.jpg" % i for i in range(1000)],
        "dotdot_like_names": ["..happy/a.jpg", "sad/..jpg", "sad/.jpg"],
        "uppercase_ext": ["HAPPY/A.JPG", "Sad/B.JpEg"],
        "loose_files": ["a.jpg", "b.png", "happy/c.jpg"],
    }
    for name, entries in sorted(trees.items()):
        d = os.path.join(base, "folder_" + name)
        os.makedirs(d, exist_ok=True)
        for e in entries:
            p = os.path.join(os.fsencode(d), e if isinstance(e, bytes) else e.encode())
            if p.endswith(b"/"):
                os.makedirs(p, exist_ok=True)
            else:
                os.makedirs(os.path.dirname(p), exist_ok=True)
                shutil.copy(good_jpg, p)
        cases.append(Case("dataset", "folder/" + name, ["dataset", "--data", d, "--format", "folder", "--json"]))
    loop = os.path.join(base, "folder_symlink_loop")
    os.makedirs(os.path.join(loop, "happy"))
    shutil.copy(good_jpg, os.path.join(loop, "happy", "a.jpg"))
    os.symlink(loop, os.path.join(loop, "happy", "loop"))
    os.symlink(loop, os.path.join(loop, "sad"))
    cases.append(Case("dataset", "folder/symlink_loop", ["dataset", "--data", loop, "--json"]))
    # Not a dataset at all.
    for name, path in [("fifo", os.path.join(base, "fifo_data")), ("devzero", "/dev/zero"), ("root", "/proc/self")]:
        if name == "fifo":
            os.mkfifo(path)
        cases.append(Case("dataset", "path/" + name, ["dataset", "--data", path, "--json"]))
    fifo_list = os.path.join(base, "raf_fifo_list")
    os.makedirs(os.path.join(fifo_list, "EmoLabel"))
    os.mkfifo(os.path.join(fifo_list, "EmoLabel", "list_patition_label.txt"))
    cases.append(Case("dataset", "rafdb/label_file_fifo", ["dataset", "--data", fifo_list, "--json"]))
    zero_list = os.path.join(base, "raf_devzero_list")
    os.makedirs(os.path.join(zero_list, "EmoLabel"))
    os.symlink("/dev/zero", os.path.join(zero_list, "EmoLabel", "list_patition_label.txt"))
    cases.append(Case("dataset", "rafdb/label_file_devzero", ["dataset", "--data", zero_list, "--json"]))
    return cases
