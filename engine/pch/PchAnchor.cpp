// Compiles engine/pch/EnginePch.h once; every LibTorch engine target reuses the result (a translation
// unit that includes <torch/torch.h> costs ~25 s on the 2-core build machine).
