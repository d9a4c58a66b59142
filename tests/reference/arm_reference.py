"""Independent PyTorch reference of the authors' ARM model (Shi & Zhu, arXiv 2103.10189), ResNet-18.

Written from the architecture description in issue 3, in the authors' style (the de-albino kernel is
applied channel by channel in a Python loop and concatenated), so the C++ engine can be checked
against it. Parameter names match the authors' checkpoints exactly:
features.* (torchvision ResNet-18 children without avgpool/fc), arm.de_albino.weight, arm.bn.*,
arm.alpha, fc.*.
"""
import torch
import torch.nn as nn
import torchvision


def arm_geometry(input_size, channels=512, stride_total=32, maps=2, kernel=32, step=8):
    """(feature size, arrangement factor, arranged size, de-albino size, fc width) for an input size."""
    feat = (input_size + stride_total - 1) // stride_total  # ResNet: 224 -> 7, 112 -> 4
    factor = int(round((channels // maps) ** 0.5))           # 512 channels -> 2 maps: factor 16
    arranged = feat * factor                                  # 7*16 = 112
    out = (arranged - kernel) // step + 1                     # (112-32)/8+1 = 11
    if arranged < kernel or out < 1:
        raise ValueError(f"input {input_size}: arranged map {arranged} smaller than kernel {kernel}")
    return feat, factor, arranged, out, out * out


class AmendModule(nn.Module):
    """Feature arrangement + de-albino + sharing affinity (the authors' Amend_raf)."""

    def __init__(self, maps=2):
        super().__init__()
        self.de_albino = nn.Conv2d(1, 1, kernel_size=32, stride=8, padding=0, bias=False)
        self.bn = nn.BatchNorm2d(maps)
        self.alpha = nn.Parameter(torch.ones(1))

    def forward(self, x, internals=None):
        # The authors' loop: the SAME single-channel kernel on each arranged map, concatenated.
        maps = []
        for i in range(x.size(1)):
            maps.append(self.de_albino(x[:, i:i + 1]))
        x = torch.cat(maps, 1)
        if internals is not None:
            internals["de_albino"] = x
        x = self.bn(x)
        f_unique = x.mean(dim=1, keepdim=True)       # (B, 1, S, S)
        f_generic = x.mean(dim=[0, 1])               # (S, S): over the CURRENT batch, also in eval
        out = f_unique + self.alpha * f_generic
        if internals is not None:
            internals.update(bn=x, f_unique=f_unique, f_generic=f_generic, f_expression=out)
        return out


class ARMReference(nn.Module):
    def __init__(self, num_classes=7, input_size=224):
        super().__init__()
        resnet = torchvision.models.resnet18()  # random init: no downloads
        self.features = nn.Sequential(*list(resnet.children())[:-2])
        _, factor, _, _, width = arm_geometry(input_size)
        self.arrange = nn.PixelShuffle(factor)  # no parameters: not in the state_dict
        self.arm = AmendModule()
        self.fc = nn.Linear(width, num_classes)

    def forward(self, x, internals=None):
        x = self.features(x)
        x = self.arrange(x)
        if internals is not None:
            internals["arranged"] = x
        x = self.arm(x, internals)
        return self.fc(x.flatten(1))


IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)


def preprocess(path, size=224):
    """The authors' eval transform: RGB, resize to size (bilinear), /255, ImageNet normalise.

    NOTE for C++: PIL's bilinear resize and OpenCV's INTER_LINEAR give different pixels. The fixture
    images are therefore written at exactly 224x224 so no resize happens on either side.
    """
    from PIL import Image
    import numpy as np
    img = Image.open(path).convert("RGB")
    if img.size != (size, size):
        img = img.resize((size, size), Image.BILINEAR)
    x = torch.from_numpy(np.asarray(img, dtype=np.uint8).copy()).permute(2, 0, 1).float() / 255.0
    mean = torch.tensor(IMAGENET_MEAN).view(3, 1, 1)
    std = torch.tensor(IMAGENET_STD).view(3, 1, 1)
    return (x - mean) / std
