"""The CPU a measurement ran on, for every report of tests/perf: its model name and the flags that decide
the fast paths (AVX2 and AVX-512 for fp32, AVX-512 BF16 and AMX for bf16), read from /proc/cpuinfo."""
import platform

FLAGS = ("avx2", "avx512f", "avx512_bf16", "amx_tile", "amx_bf16")


def cpu():
    """(model name, [the FLAGS this CPU has])."""
    model, flags = "unknown", set()
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name") and model == "unknown":
                    model = line.split(":", 1)[1].strip()
                if line.startswith("flags") and not flags:
                    flags = set(line.split(":", 1)[1].split())
    except OSError:
        model = platform.processor() or "unknown"
    return model, [f for f in FLAGS if f in flags]


def describe():
    """One line: "AMD EPYC; flags: avx2 avx512f avx512_bf16"."""
    model, flags = cpu()
    return f"{model}; flags: {' '.join(flags) or 'none of ' + ' '.join(FLAGS)}"
