#pragma once
// Hand-made torch.save-style archives for the reader tests: a zip written by LibTorch's own
// PyTorchStreamWriter holding our data.pkl and records, and the BINUNICODE opcode to build pickles.
#include <caffe2/serialize/inline_container.h>

#include <map>
#include <string>

namespace picklefixtures {

inline std::string zipBytes(const std::string& pickle, const std::map<std::string, std::string>& records = {})
{
    std::string out;
    {
        caffe2::serialize::PyTorchStreamWriter zip([&out](const void* buf, size_t n) -> size_t {
            out.append(static_cast<const char*>(buf), n);
            return n;
        });
        zip.writeRecord("data.pkl", pickle.data(), pickle.size());
        for (const auto& [name, bytes] : records)
            zip.writeRecord(name, bytes.data(), bytes.size());
        zip.writeEndOfFile();
    }
    return out;
}

inline std::string str(const std::string& s) // BINUNICODE
{
    std::string out = "X";
    for (int i = 0; i < 4; ++i)
        out.push_back(char((s.size() >> (8 * i)) & 0xff));
    return out + s;
}

} // namespace picklefixtures
