#include "engine/io/PthWriter.h"

#include "engine/core/AtomicFile.h"
#include "engine/io/PthError.h"

#include <caffe2/serialize/inline_container.h>

#include <set>

namespace arm {

namespace {

const char* storageClass(c10::ScalarType t)
{
    switch (t) {
    case c10::kFloat: return "FloatStorage";
    case c10::kDouble: return "DoubleStorage";
    case c10::kHalf: return "HalfStorage";
    case c10::kBFloat16: return "BFloat16Storage";
    case c10::kLong: return "LongStorage";
    case c10::kInt: return "IntStorage";
    case c10::kShort: return "ShortStorage";
    case c10::kChar: return "CharStorage";
    case c10::kByte: return "ByteStorage";
    case c10::kBool: return "BoolStorage";
    default: return nullptr;
    }
}

// Emits the protocol-2 opcodes Python's pickler uses for the same values.
class Pickler {
public:
    std::string bytes;

    void op(char c) { bytes.push_back(c); }
    void raw(uint64_t v, int n)
    {
        for (int i = 0; i < n; ++i)
            bytes.push_back(char((v >> (8 * i)) & 0xff));
    }
    void global(const std::string& module, const std::string& name)
    {
        op('c');
        bytes += module + "\n" + name + "\n";
    }
    void str(const std::string& s)
    {
        op('X');
        raw(s.size(), 4);
        bytes += s;
    }
    void integer(int64_t v)
    {
        if (v >= 0 && v < 256) {
            op('K');
            raw(uint64_t(v), 1);
        } else if (v >= 0 && v < 65536) {
            op('M');
            raw(uint64_t(v), 2);
        } else if (v >= INT32_MIN && v <= INT32_MAX) {
            op('J');
            raw(uint64_t(uint32_t(int32_t(v))), 4);
        } else {
            op('\x8a');
            raw(8, 1);
            raw(uint64_t(v), 8);
        }
    }
    void intTuple(const c10::IntArrayRef values)
    {
        op('(');
        for (int64_t v : values)
            integer(v);
        op('t');
    }
    void emptyOrderedDict()
    {
        global("collections", "OrderedDict");
        op(')');
        op('R');
    }
};

} // namespace

std::string pthPickle(const std::vector<std::pair<std::string, torch::Tensor>>& tensors)
{
    Pickler p;
    p.op('\x80');
    p.raw(2, 1);
    p.emptyOrderedDict();
    p.op('(');
    size_t index = 0;
    for (const auto& [name, t] : tensors) {
        const char* cls = storageClass(t.scalar_type());
        if (!cls)
            throw std::invalid_argument("tensor '" + name + "' has unsupported dtype " +
                                        std::string(c10::toString(t.scalar_type())));
        p.str(name);
        p.global("torch._utils", "_rebuild_tensor_v2");
        p.op('(');
        // persistent id ('storage', torch.XStorage, key, location, numel)
        p.op('(');
        p.str("storage");
        p.global("torch", cls);
        p.str(std::to_string(index++));
        p.str("cpu");
        p.integer(t.numel());
        p.op('t');
        p.op('Q');
        p.integer(0);                         // storage offset
        p.intTuple(t.sizes());
        p.intTuple(c10::contiguous_strides(t.sizes()));
        p.op('\x89');                         // requires_grad = False
        p.emptyOrderedDict();                 // backward_hooks
        p.op('t');
        p.op('R');
        // Python batches SETITEMS by 1000; one batch is equally valid for any unpickler.
    }
    p.op('u');
    p.op('.');
    return p.bytes;
}

void writePth(const std::map<std::string, torch::Tensor>& tensors, const std::string& path)
{
    writePthOrdered({tensors.begin(), tensors.end()}, path);
}

void writePthOrdered(const std::vector<std::pair<std::string, torch::Tensor>>& tensors, const std::string& path)
{
    try {
        std::set<std::string> seen;
        for (const auto& [name, t] : tensors) {
            if (!seen.insert(name).second)
                throw PthError(path, "duplicate tensor name '" + name + "'");
            if (!t.defined())
                throw PthError(path, "tensor '" + name + "' is undefined");
        }
        const std::string pickle = pthPickle(tensors);
        AtomicFile out(path); // discarded (temporary removed) unless committed
        std::string writeError;
        {
            // The function form names the archive 'archive', like current torch.save. A write error is
            // kept, not thrown through the zip library's C code nor reported to it (its destructor would
            // then throw): the bytes are dropped and the error raised once the writer is done.
            caffe2::serialize::PyTorchStreamWriter zip([&out, &writeError](const void* buf, size_t n) -> size_t {
                if (writeError.empty()) {
                    try {
                        out.append(buf, n);
                    } catch (const std::exception& e) {
                        writeError = e.what();
                    }
                }
                return n;
            });
            zip.writeRecord("data.pkl", pickle.data(), pickle.size());
            size_t index = 0;
            for (const auto& [name, t] : tensors) {
                const torch::Tensor c = t.detach().to(torch::kCPU).contiguous();
                zip.writeRecord("data/" + std::to_string(index++), c.data_ptr(), c.nbytes());
            }
            zip.writeEndOfFile();
        }
        if (!writeError.empty())
            throw std::runtime_error(writeError);
        out.commit();
    } catch (const PthError&) {
        throw;
    } catch (const c10::Error& e) {
        throw PthError(path, std::string("cannot write: ") + e.what_without_backtrace());
    } catch (const std::exception& e) {
        const std::string msg = e.what();
        // AtomicFile's messages already start with the path.
        throw PthError(path, msg.rfind(path + ": ", 0) == 0 ? msg.substr(path.size() + 2) : msg);
    }
}

} // namespace arm
