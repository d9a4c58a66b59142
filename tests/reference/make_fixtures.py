#!/usr/bin/python3
"""Generate the reference fixtures: weights in every .pth layout, images, expected logits.

Usage: /usr/bin/python3 make_fixtures.py OUTDIR       (exit 77 = skipped: no torch/torchvision/PIL)

Files written to OUTDIR (all deterministic, seed 1234):
  bare.pth          torch.save(model.state_dict())                       -- an OrderedDict with _metadata
  wrapped.pth       {'iter': 123, 'model_state_dict': sd, 'optimizer_state_dict': Adam after one step}
  module.pth        DataParallel style: every key prefixed 'module.'
  resnet18.pth      torchvision resnet18().state_dict() (backbone-only case: conv1.*, bn1.*, layer*, fc.*)
  bare112.pth       the same architecture built for 112x112 input (fc: Linear(25, 7))
  views.pth         tensors that share storages (offsets, transposes, strided slices) + int/half/bool dtypes
  views_p4.pth      views.pth saved with pickle_protocol=4 (FRAME, MEMOIZE, SHORT_BINUNICODE, STACK_GLOBAL)
  legacy.pth        the pre-1.6 non-zip format (_use_new_zipfile_serialization=False): must be refused
  input.pth         {'input': float32 (8,3,224,224), 'input112': float32 (8,3,112,112)}, preprocessed
  img0.png..img7.png  8 generated 224x224 RGB images (lossless PNG, already at model size: no resize)
  tensors.json      per file: {"layout", "iter", "module_prefix", "tensors": {name: {"dtype", "shape",
                      "sum" (float64 sum of all elements), "samples": [[flat_index, value], ...]}}}
                      every tensor of every readable .pth above; "samples" are exact values at
                      evenly spaced flat (row-major) indices of the logical tensor.
  expected.json     schema 1:
      {"schema": 1, "num_classes": 7, "input_size": 224,
       "mean": [3 floats], "std": [3 floats],        # ImageNet normalisation, RGB order
       "images": ["img0.png", ...],                   # in batch order
       "input_file": "input.pth", "input_key": "input",
       "weights": "bare.pth",                         # the same weights as wrapped.pth / module.pth
       "alpha": float,
       "logits_batch8": [[7 floats] x 8],             # eval mode, generic=batch, one batch of 8
       "logits_single": [[7 floats] x 8],             # eval mode, generic=batch, 8 batches of 1
       "f_generic_batch8": [[11 floats] x 11],        # F_generic of the batch of 8
       "input112": {"weights": "bare112.pth", "input_key": "input112",
                    "logits_batch8": [...], "logits_single": [...]}}
The C++ engine must use the same preprocessing: RGB, /255, (x-mean)/std, no resize (images are 224).
PIL's bilinear and OpenCV's INTER_LINEAR resizes differ, which is why the images are pre-sized.
"""
import json
import os
import random
import sys

try:
    import numpy as np
    import torch
    import torchvision  # noqa: F401
    from PIL import Image, ImageDraw
except ImportError as e:  # CTest maps 77 to "skipped"
    print(f"SKIP: /usr/bin/python3 lacks a module needed for the reference fixtures: {e}", file=sys.stderr)
    sys.exit(77)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from arm_reference import ARMReference, IMAGENET_MEAN, IMAGENET_STD, preprocess  # noqa: E402


def seed_all(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def randomize(model, gen, input_size=224):
    """Random weights with non-trivial BN statistics and alpha != 1.

    Running statistics are first calibrated with a few train-mode forwards (so activations stay O(1)
    and logits small enough for a 1e-4 comparison), then perturbed so they are not the batch statistics.
    """
    with torch.no_grad():
        for name, p in model.named_parameters():
            if name == "arm.alpha":
                p.fill_(0.75)
            elif p.dim() == 1 and name.endswith("weight"):   # BN gamma
                p.copy_(1.0 + 0.2 * torch.randn(p.shape, generator=gen))
            elif p.dim() == 1:                                 # BN beta, fc bias
                p.copy_(0.1 * torch.randn(p.shape, generator=gen))
            else:                                              # conv / fc: He-style
                p.copy_(torch.randn(p.shape, generator=gen) * (2.0 / max(1, p[0].numel())) ** 0.5)
                if name == "fc.weight":
                    p.mul_(0.25)  # logits of a few units: 1e-4 stays far above float32 rounding
        bns = [m for m in model.modules() if isinstance(m, torch.nn.BatchNorm2d)]
        for m in bns:
            m.reset_running_stats()
            m.momentum = None  # cumulative average over the calibration batches
        model.train()
        for _ in range(2):
            model(torch.randn(4, 3, input_size, input_size, generator=gen))
        for m in bns:
            m.momentum = 0.1
            m.running_mean.add_(0.05 * torch.randn(m.running_mean.shape, generator=gen))
            m.running_var.mul_(0.8 + 0.4 * torch.rand(m.running_var.shape, generator=gen))
            m.num_batches_tracked.fill_(int(torch.randint(1, 1000, (1,), generator=gen)))
    model.eval()


def make_image(i, path):
    """A deterministic 224x224 RGB picture: a gradient background and a few shapes."""
    size = 224
    yy, xx = np.mgrid[0:size, 0:size]
    rgb = np.stack([(xx * (i + 1) * 3) % 256, (yy * (8 - i) * 2) % 256, ((xx + yy) * (i + 2)) % 256], axis=-1)
    img = Image.fromarray(rgb.astype(np.uint8), "RGB")
    d = ImageDraw.Draw(img)
    rnd = random.Random(100 + i)
    for _ in range(4 + i):
        x0, y0 = rnd.randint(0, 180), rnd.randint(0, 180)
        box = [x0, y0, x0 + rnd.randint(10, 44), y0 + rnd.randint(10, 44)]
        colour = tuple(rnd.randint(0, 255) for _ in range(3))
        (d.ellipse if rnd.random() < 0.5 else d.rectangle)(box, fill=colour)
    img.save(path)


def summarize(sd):
    out = {}
    for name, t in sd.items():
        flat = t.detach().reshape(-1)
        n = flat.numel()
        idx = sorted(set([0, n - 1] + [k * n // 7 for k in range(7)])) if n else []
        val = (lambda v: bool(v) if t.dtype == torch.bool else (int(v) if not t.is_floating_point() else float(v)))
        out[name] = {
            "dtype": str(t.dtype).replace("torch.", ""),
            "shape": list(t.shape),
            "sum": float(flat.double().sum()) if n else 0.0,
            "samples": [[k, val(flat[k].item())] for k in idx],
        }
    return out


def logits_of(model, x):
    with torch.no_grad():
        batch = model(x)
        single = torch.cat([model(x[i:i + 1]) for i in range(x.size(0))])
    return batch, single


def main(outdir):
    os.makedirs(outdir, exist_ok=True)
    seed_all(1234)
    gen = torch.Generator().manual_seed(1234)
    torch.set_num_threads(max(1, min(2, os.cpu_count() or 1)))

    model = ARMReference()
    randomize(model, gen)
    model.eval()
    sd = model.state_dict()
    p = lambda name: os.path.join(outdir, name)  # noqa: E731
    torch.save(sd, p("bare.pth"))

    train_copy = ARMReference()
    train_copy.load_state_dict(sd)
    opt = torch.optim.Adam(train_copy.parameters(), lr=1e-3)
    train_copy.train()
    loss = train_copy(torch.randn(2, 3, 224, 224, generator=gen)).square().mean()
    loss.backward()
    opt.step()
    # Weights saved in the wrapper are the evaluated ones (sd), the optimizer is a real Adam state.
    torch.save({"iter": 123, "model_state_dict": sd, "optimizer_state_dict": opt.state_dict()}, p("wrapped.pth"))
    module_sd = type(sd)(("module." + k, v) for k, v in sd.items())
    torch.save(module_sd, p("module.pth"))

    resnet = torchvision.models.resnet18()
    randomize(resnet, gen)  # its own fc(512->1000) stays in, as in torchvision checkpoints
    torch.save(resnet.state_dict(), p("resnet18.pth"))

    model112 = ARMReference(input_size=112)
    randomize(model112, gen, input_size=112)
    model112.eval()
    torch.save(model112.state_dict(), p("bare112.pth"))

    base = torch.arange(24, dtype=torch.float32) * 0.5 - 3.0
    ints = torch.arange(-6, 6, dtype=torch.int64)
    views = {
        "base": base,
        "slice": base[4:10],
        "transposed": base.view(4, 6).t(),
        "strided": base.view(4, 6)[1:, ::2],
        "scalar": base[5],
        "empty": base[3:3],
        "long": ints,
        "long_view": ints.view(3, 4)[:, 1],
        "int32": torch.tensor([-2147483648, 2147483647, 7], dtype=torch.int32),
        "half": torch.tensor([1.5, -2.25, 65504.0], dtype=torch.float16),
        "bfloat16": torch.tensor([0.5, -3.0], dtype=torch.bfloat16),
        "double": torch.tensor([[1e-300, 3.141592653589793]], dtype=torch.float64),
        "bool": torch.tensor([True, False, True]),
        "uint8": torch.tensor([0, 255, 17], dtype=torch.uint8),
    }
    views_sd = type(sd)(views)
    torch.save(views_sd, p("views.pth"))
    torch.save(views_sd, p("views_p4.pth"), pickle_protocol=4)
    torch.save(type(sd)(base=base), p("legacy.pth"), _use_new_zipfile_serialization=False)

    names = [f"img{i}.png" for i in range(8)]
    for i, name in enumerate(names):
        make_image(i, p(name))
    x = torch.stack([preprocess(p(n)) for n in names])
    x112 = torch.nn.functional.avg_pool2d(x, 2)
    torch.save({"input": x, "input112": x112}, p("input.pth"))

    internals = {}
    with torch.no_grad():
        model(x, internals)
    batch, single = logits_of(model, x)
    batch112, single112 = logits_of(model112, x112)
    expected = {
        "schema": 1, "num_classes": 7, "input_size": 224,
        "mean": list(IMAGENET_MEAN), "std": list(IMAGENET_STD),
        "images": names, "input_file": "input.pth", "input_key": "input",
        "weights": "bare.pth", "alpha": float(model.arm.alpha.item()),
        "logits_batch8": batch.tolist(), "logits_single": single.tolist(),
        "f_generic_batch8": internals["f_generic"].tolist(),
        "input112": {"weights": "bare112.pth", "input_key": "input112",
                     "logits_batch8": batch112.tolist(), "logits_single": single112.tolist()},
    }
    with open(p("expected.json"), "w") as f:
        json.dump(expected, f, indent=1)

    layouts = {
        "bare.pth": ("bare", None, False, sd),
        "wrapped.pth": ("authors", 123, False, sd),
        "module.pth": ("bare", None, True, module_sd),
        "resnet18.pth": ("bare", None, False, resnet.state_dict()),
        "bare112.pth": ("bare", None, False, model112.state_dict()),
        "views.pth": ("bare", None, False, views_sd),
        "views_p4.pth": ("bare", None, False, views_sd),
        "input.pth": ("bare", None, False, {"input": x, "input112": x112}),
    }
    summary = {f: {"layout": lay, "iter": it, "module_prefix": mp, "tensors": summarize(d)}
               for f, (lay, it, mp, d) in layouts.items()}
    with open(p("tensors.json"), "w") as f:
        json.dump(summary, f, indent=1)
    diff = (batch - single).abs().max().item()
    print(f"fixtures in {outdir}: batch-of-8 vs single max |diff| = {diff:.4f} (the known batch dependence)")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: make_fixtures.py OUTDIR")
    main(sys.argv[1])
