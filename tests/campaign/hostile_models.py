"""Hostile checkpoints (.ckpt) and PyTorch files (.pth), all derived from what arm-cli itself wrote
(`train` and `export` outputs of the campaign's setup) or from the fuzz seed generator's pickle writer."""
import io
import json
import os
import random
import struct
import sys
import zipfile

from runner import Case

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fuzz"))
import make_corpus as mc  # noqa: E402  (pickle opcodes, torch zips, FNV-1a)


def read_ckpt(path):
    data = open(path, "rb").read()
    first = data.index(b"\n")
    second = data.index(b"\n", first + 1)
    header = json.loads(data[first + 1:second])
    sections, offset = [], second + 1
    for s in header["sections"]:
        sections.append((s["name"], data[offset:offset + s["bytes"]]))
        offset += s["bytes"]
    return data, header, sections


def ckpt_bytes(header, sections, fix=True, magic=b"ARM-INSPECTOR-CHECKPOINT 1"):
    header = dict(header)
    if fix:
        header["sections"] = [{"name": n, "bytes": len(d), "fnv1a64": mc.fnv1a64(d)} for n, d in sections]
    return magic + b"\n" + json.dumps(header, separators=(",", ":")).encode() + b"\n" + b"".join(d for _, d in sections)


def rewrite_zip(blob, change=lambda name, data: data, method=zipfile.ZIP_STORED, extra=()):
    """The archive again, record by record, with `change` applied (CRCs recomputed by zipfile)."""
    src = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as z:
        for info in src.infolist():
            z.writestr(zipfile.ZipInfo(info.filename, date_time=info.date_time), change(info.filename, src.read(info)),
                       compress_type=method)
        for name, data in extra:
            z.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), data, compress_type=method)
    return out.getvalue()


def storages(blob):
    return [(i.filename, i.file_size) for i in zipfile.ZipFile(io.BytesIO(blob)).infolist() if "/data/" in i.filename]


def fill_storages(blob, value, which="all", min_bytes=64):
    """Overwrite float32 storages (records of at least min_bytes) with `value`; `which` = all | largest."""
    big = [n for n, size in storages(blob) if size >= min_bytes]
    targets = set(big) if which == "all" else {max(storages(blob), key=lambda s: s[1])[0]}
    word = struct.pack("<f", value)
    return rewrite_zip(blob, lambda n, d: (word * (len(d) // 4) + d[len(d) // 4 * 4:]) if n in targets else d)


def flip(data, pos, mask=0xFF):
    b = bytearray(data)
    b[pos % len(b)] ^= mask
    return bytes(b)


def deep_pickle(depth, kind):
    if kind == "list":
        return b"\x80\x02" + b"]" * depth + b"a" * (depth - 1) + b"."
    return b"\x80\x02)" + b"\x85" * depth + b"."


def checkpoint_variants(good_ckpt):
    """name -> callable returning the file's bytes (made lazily: the base is ~45 MB)."""
    data, header, sections = read_ckpt(good_ckpt)
    weights = dict(sections)["weights"]
    hdr_end = data.index(b"\n", data.index(b"\n") + 1) + 1
    rng = random.Random(14)
    v = {"control": lambda: data}
    for cut in [0, 10, 27, hdr_end // 2, hdr_end - 1, hdr_end, hdr_end + 100, len(data) // 2, len(data) - 1]:
        v["truncated_%d" % cut] = (lambda c=cut: data[:c])
    for pos in [0, 5, 26] + [rng.randrange(28, hdr_end - 1) for _ in range(5)] + \
            [rng.randrange(hdr_end, len(data)) for _ in range(5)]:
        v["flip_%d" % pos] = (lambda p=pos: flip(data, p))
    # A flip inside the weights with the checksum recomputed: the weights reader itself sees the damage.
    for pos in [0, 30, 64, 200, len(weights) // 3, len(weights) - 100, len(weights) - 30, len(weights) - 10]:
        v["weights_flip_rehashed_%d" % pos] = (lambda p=pos: ckpt_bytes(header, [("weights", flip(weights, p))]))
    h = lambda **kw: (lambda: ckpt_bytes(dict(header, **kw), sections))  # noqa: E731
    cfg = lambda **kw: h(config=dict(header["config"], **kw))  # noqa: E731
    v.update({
        "header_deep_json": lambda: b"ARM-INSPECTOR-CHECKPOINT 1\n" + b"[" * 10**6 + b"]" * 10**6 + b"\n" + weights,
        "header_deep_metadata": h(metadata={"x": json.loads("[" * 80 + "]" * 80)}),
        "header_9MiB_no_newline": lambda: b"ARM-INSPECTOR-CHECKPOINT 1\n" + b"{" + b" " * (9 << 20),
        "header_not_utf8": lambda: data[:hdr_end - 3] + b"\xff\xfe" + data[hdr_end - 1:],
        "header_nul": lambda: data[:40] + b"\x00" + data[41:],
        "section_6GiB": lambda: ckpt_bytes(dict(header, sections=[{"name": "weights", "bytes": 6 << 30,
                                                                   "fnv1a64": "0" * 16}]), sections, fix=False),
        "section_negative": lambda: ckpt_bytes(dict(header, sections=[{"name": "weights", "bytes": -5,
                                                                       "fnv1a64": "0" * 16}]), sections, fix=False),
        "section_1000": lambda: ckpt_bytes(dict(header, sections=[{"name": "s%d" % i, "bytes": 0, "fnv1a64": "0" * 16}
                                                                  for i in range(1000)]), [], fix=False),
        "section_twice": lambda: ckpt_bytes(header, sections + sections),
        "no_weights_section": lambda: ckpt_bytes(header, [("optimizer", b"x")]),
        "trailing_bytes": lambda: data + b"extra",
        "version_2": lambda: b"ARM-INSPECTOR-CHECKPOINT 2" + data[26:],
        "config_array": h(config=[1, 2]),
        "num_classes_2e9": cfg(num_classes=2000000000),
        "num_classes_0": cfg(num_classes=0),
        "num_classes_1000": cfg(num_classes=1000, class_names=[]),
        "num_classes_float": cfg(num_classes=7.5),
        "input_size_100000": cfg(input_size=100000),
        "input_size_negative": cfg(input_size=-48),
        "arch_bogus": cfg(arch="resnet1000"),
        "arch_baseline": cfg(arch="resnet18"),
        "class_names_3": cfg(class_names=["a", "b", "c"]),
        "class_names_numbers": cfg(class_names=[1, 2, 3, 4, 5, 6, 7]),
        "std_zero": cfg(normalization={"mean": [0, 0, 0], "std": [0, 0, 0]}),
        "std_2_values": cfg(normalization={"mean": [0, 0], "std": [1, 1]}),
        "momentum_huge": lambda: ckpt_bytes(header, sections).replace(b'"running_momentum":0.1', b'"running_momentum":1e999'),
        "epoch_negative": h(epoch=-1),
        "epoch_1e20": h(epoch=10**20),
        "metadata_array": h(metadata=[1]),
        "torch_version_number": h(torch_version=113),
        "generic_valid_string": h(running_generic_valid="yes"),
    })
    for name, value, which in [("nan_all", float("nan"), "all"), ("nan_largest", float("nan"), "largest"),
                               ("inf_largest", float("inf"), "largest"), ("huge_all", 1e30, "all"),
                               ("zeros_all", 0.0, "all"), ("negative_all", -1.0, "all")]:
        v["weights_" + name] = (lambda x=value, w=which: ckpt_bytes(header, [("weights", fill_storages(weights, x, w))]))
    v["weights_compressed"] = lambda: ckpt_bytes(header, [("weights", rewrite_zip(weights, method=zipfile.ZIP_DEFLATED))])
    v["weights_pickle_view_past_storage"] = lambda: ckpt_bytes(header, [("weights", mc.torch_zip(
        mc.pickles()["view_past_storage.pkl"]))])
    v["weights_deep_tuples"] = lambda: ckpt_bytes(header, [("weights", mc.torch_zip(deep_pickle(10**6, "tuple")))])
    v["weights_deep_lists"] = lambda: ckpt_bytes(header, [("weights", mc.torch_zip(deep_pickle(10**6, "list")))])
    v["optimizer_garbage"] = lambda: ckpt_bytes(header, sections + [("optimizer", b"\x00garbage" * 100)])
    v["optimizer_hostile_pickle"] = lambda: ckpt_bytes(header, sections + [("optimizer", mc.torch_zip(
        deep_pickle(10**6, "list")))])
    return v


def pth_variants(good_pth):
    data = open(good_pth, "rb").read()
    pkl_name = [n for n in zipfile.ZipFile(io.BytesIO(data)).namelist() if n.endswith("data.pkl")][0]
    pkl = zipfile.ZipFile(io.BytesIO(data)).read(pkl_name)
    rng = random.Random(15)
    v = {"control": lambda: data}
    for cut in [0, 4, 100, len(data) // 2, len(data) - 22, len(data) - 1]:
        v["truncated_%d" % cut] = (lambda c=cut: data[:c])
    for pos in [0, 2, 40] + [rng.randrange(len(data)) for _ in range(4)] + [len(data) - 10]:
        v["flip_%d" % pos] = (lambda p=pos: flip(data, p))
    for pos in [2, 10, len(pkl) // 2, len(pkl) - 20, len(pkl) - 2]:
        v["pickle_flip_%d" % pos] = (lambda p=pos: rewrite_zip(data, lambda n, d: flip(d, p) if n == pkl_name else d))
    sd = mc.pickles()
    v.update({
        "nan_all": lambda: fill_storages(data, float("nan")),
        "inf_largest": lambda: fill_storages(data, float("inf"), "largest"),
        "compressed": lambda: rewrite_zip(data, method=zipfile.ZIP_DEFLATED),
        "torchscript": lambda: rewrite_zip(data, extra=[("archive/constants.pkl", b"\x80\x02).")]),
        "no_data_pkl": lambda: rewrite_zip(data, lambda n, d: d).replace(b"data.pkl", b"data.pkx"),
        "big_endian": lambda: rewrite_zip(data, lambda n, d: b"big" if n.endswith("byteorder") else d),
        "legacy_magic": lambda: bytes([0x80, 0x02, 0x8A, 0x0A, 0x6C, 0xFC, 0x9C, 0x46, 0xF9, 0x20, 0x6A, 0xA8,
                                       0x50, 0x19]) + b"\x00" * 64,
        "view_past_storage": lambda: mc.torch_zip(sd["view_past_storage.pkl"]),
        "huge_size": lambda: mc.torch_zip(sd["huge_size.pkl"]),
        "deep_tuples": lambda: mc.torch_zip(deep_pickle(10**6, "tuple")),
        "deep_lists": lambda: mc.torch_zip(deep_pickle(10**6, "list")),
        "memo_cycle": lambda: mc.torch_zip(b"\x80\x02]q\x00h\x00a."),
        "tiny_state_dict": lambda: mc.torch_zip(sd["state_dict.pkl"]),
        "not_a_dict": lambda: mc.torch_zip(b"\x80\x02K\x05."),
        "zip_of_nothing": lambda: b"PK\x05\x06" + b"\x00" * 18,
    })
    return v


# Variants also run through eval, export, inspect and fine-tuning (the others: model-info and predict).
EXTENDED = {"control", "weights_nan_all", "weights_nan_largest", "weights_inf_largest", "weights_huge_all",
            "weights_zeros_all", "weights_negative_all", "nan_all", "inf_largest"}


def model_cases(root, good_ckpt, good_pth, image, raf):
    """Each variant through model-info and predict; the damaged-weights ones also through eval, export,
    inspect and fine-tuning (train --weights)."""
    cases = []
    mdir = os.path.join(root, "models")
    os.makedirs(mdir, exist_ok=True)
    for kind, variants in (("ckpt", checkpoint_variants(good_ckpt)), ("pth", pth_variants(good_pth))):
        for name, make in sorted(variants.items()):
            path = os.path.join(mdir, "%s_%s.%s" % (kind, name, kind))
            writer = (lambda p=path, m=make: open(p, "wb").write(m()))
            cases.append(Case("checkpoint", "%s/%s model-info" % (kind, name), ["model-info", "--weights", path],
                              prepare=writer))
            cases.append(Case("checkpoint", "%s/%s predict" % (kind, name),
                              ["predict", "--weights", path, image, "--json"], cleanup=[path]))
            if name in EXTENDED:
                out = os.path.join(root, "out", "%s_%s" % (kind, name))
                cases[-1].cleanup = []
                cases += [
                    Case("checkpoint", "%s/%s eval" % (kind, name), ["eval", "--weights", path, "--data", raf, "--json"],
                         timeout=60),
                    Case("checkpoint", "%s/%s export" % (kind, name),
                         ["export", "--weights", path, "--out", os.path.join(out, "e", "m.pth")],
                         allowed=[os.path.join(out, "e")],
                         prepare=lambda e=os.path.join(out, "e"): os.makedirs(e, exist_ok=True)),
                    Case("checkpoint", "%s/%s inspect" % (kind, name),
                         ["inspect", "--weights", path, "--out", os.path.join(out, "i"), image],
                         allowed=[os.path.join(out, "i")], timeout=60),
                    Case("checkpoint", "%s/%s fine-tune" % (kind, name),
                         ["train", "--data", raf, "--out", os.path.join(out, "t"), "--weights", path, "--epochs", "1",
                          "--batch-size", "8", "--input-size", "48"], allowed=[os.path.join(out, "t")], timeout=90,
                         cleanup=[path]),
                ]
    return cases
