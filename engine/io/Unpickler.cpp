#include "engine/io/Unpickler.h"

#include "engine/io/PthError.h"

#include <cstring>
#include <limits>
#include <sstream>

namespace arm {

namespace {

// Deeper nesting than this is never produced by torch.save; refusing it keeps every later walk shallow.
constexpr int kMaxDepth = 200;
// A storage longer than 2^40 elements or a tensor dimension beyond that cannot be real.
constexpr int64_t kMaxExtent = int64_t(1) << 40;

std::string hexByte(uint8_t b)
{
    static const char* digits = "0123456789abcdef";
    std::string s = "0x";
    s += digits[b >> 4];
    s += digits[b & 15];
    return s;
}

} // namespace

bool Unpickler::storageDtype(const std::string& name, c10::ScalarType& out)
{
    static const std::map<std::string, c10::ScalarType> table = {
        {"torch.FloatStorage", c10::kFloat},      {"torch.DoubleStorage", c10::kDouble},
        {"torch.HalfStorage", c10::kHalf},        {"torch.BFloat16Storage", c10::kBFloat16},
        {"torch.LongStorage", c10::kLong},        {"torch.IntStorage", c10::kInt},
        {"torch.ShortStorage", c10::kShort},      {"torch.CharStorage", c10::kChar},
        {"torch.ByteStorage", c10::kByte},        {"torch.BoolStorage", c10::kBool},
        {"torch.ComplexFloatStorage", c10::kComplexFloat},
        {"torch.ComplexDoubleStorage", c10::kComplexDouble},
    };
    const auto it = table.find(name);
    if (it == table.end())
        return false;
    out = it->second;
    return true;
}

Unpickler::Unpickler(const std::string& fileName, const uint8_t* data, size_t size, StorageLoader loader,
                     PickleArena& arena)
    : m_file(fileName), m_data(data), m_size(size), m_loader(std::move(loader)), m_arena(arena)
{
}

void Unpickler::fail(const std::string& what) const
{
    throw PthError(m_file, what + " at byte " + std::to_string(m_opStart) + " of data.pkl");
}

const uint8_t* Unpickler::take(size_t n)
{
    if (n > m_size - m_pos)
        fail("truncated: needs " + std::to_string(n) + " more bytes, " + std::to_string(m_size - m_pos) +
             " left");
    const uint8_t* p = m_data + m_pos;
    m_pos += n;
    return p;
}

uint64_t Unpickler::readLE(size_t n)
{
    const uint8_t* p = take(n);
    uint64_t v = 0;
    for (size_t i = 0; i < n; ++i)
        v |= uint64_t(p[i]) << (8 * i);
    return v;
}

std::string Unpickler::readLine()
{
    const void* nl = std::memchr(m_data + m_pos, '\n', m_size - m_pos);
    if (!nl)
        fail("truncated: unterminated GLOBAL name");
    const size_t len = static_cast<const uint8_t*>(nl) - (m_data + m_pos);
    std::string s(reinterpret_cast<const char*>(take(len)), len);
    take(1);
    return s;
}

const PickleValue* Unpickler::pop()
{
    if (m_stack.empty() || (!m_marks.empty() && m_marks.back() == m_stack.size()))
        fail("stack underflow");
    const PickleValue* v = m_stack.back();
    m_stack.pop_back();
    return v;
}

const PickleValue* Unpickler::top() const
{
    if (m_stack.empty() || (!m_marks.empty() && m_marks.back() == m_stack.size()))
        fail("stack underflow");
    return m_stack.back();
}

size_t Unpickler::popMark()
{
    if (m_marks.empty())
        fail("MARK expected but none is open");
    const size_t m = m_marks.back();
    m_marks.pop_back();
    return m;
}

PickleValue* Unpickler::mutableTarget(const PickleValue* v, PickleValue::Kind kind, const char* op) const
{
    if (v->kind != kind)
        fail(std::string(op) + " applied to a " + v->typeName());
    // Values are created by this unpickler in its arena; mutation through the stack is by design.
    return const_cast<PickleValue*>(v);
}

void Unpickler::bumpDepth(PickleValue* container, const PickleValue* child) const
{
    container->depth = std::max(container->depth, child->depth + 1);
    if (container->depth > kMaxDepth)
        fail("containers nested deeper than " + std::to_string(kMaxDepth));
}

const PickleValue* Unpickler::makeInt(int64_t v)
{
    PickleValue* p = m_arena.make(PickleValue::Kind::Int);
    p->integer = v;
    return p;
}

const PickleValue* Unpickler::makeString(PickleValue::Kind kind, size_t n)
{
    PickleValue* p = m_arena.make(kind);
    const uint8_t* s = take(n);
    p->text.assign(reinterpret_cast<const char*>(s), n);
    return p;
}

const PickleValue* Unpickler::makeTuple(size_t from)
{
    PickleValue* t = m_arena.make(PickleValue::Kind::Tuple);
    for (size_t i = from; i < m_stack.size(); ++i) {
        t->items.push_back(m_stack[i]);
        bumpDepth(t, m_stack[i]);
    }
    m_stack.resize(from);
    return t;
}

int64_t Unpickler::asInt(const PickleValue* v, const char* what) const
{
    if (v->kind == PickleValue::Kind::Int)
        return v->integer;
    if (v->kind == PickleValue::Kind::Bool)
        return v->boolean ? 1 : 0;
    fail(std::string(what) + " must be an int, got " + v->typeName());
}

std::vector<int64_t> Unpickler::asIntTuple(const PickleValue* v, const char* what) const
{
    if (v->kind != PickleValue::Kind::Tuple && v->kind != PickleValue::Kind::List)
        fail(std::string(what) + " must be a tuple, got " + v->typeName());
    std::vector<int64_t> out;
    for (const PickleValue* item : v->items) {
        const int64_t x = asInt(item, what);
        if (x < 0 || x > kMaxExtent)
            fail(std::string(what) + " entry " + std::to_string(x) + " is out of range");
        out.push_back(x);
    }
    return out;
}

const PickleValue* Unpickler::persistentLoad(const PickleValue* pid)
{
    // torch.save: ('storage', torch.<Type>Storage, key, location, numel)
    if (pid->kind != PickleValue::Kind::Tuple || pid->items.size() < 5 || !pid->items[0]->isString() ||
        pid->items[0]->text != "storage")
        fail("persistent id is not ('storage', type, key, location, numel) but a " + pid->typeName());
    const PickleValue* type = pid->items[1];
    c10::ScalarType dtype{};
    if (type->kind != PickleValue::Kind::Global || !storageDtype(type->text, dtype))
        fail("unsupported storage type " + type->typeName());
    const PickleValue* key = pid->items[2];
    if (!key->isString())
        fail("storage key must be a string, got " + key->typeName());
    const int64_t numel = asInt(pid->items[4], "storage numel");
    auto it = m_storages.find(key->text);
    if (it == m_storages.end())
        it = m_storages.emplace(key->text, m_loader(key->text, dtype)).first;
    if (it->second.scalar_type() != dtype)
        fail("storage " + key->text + " is used with two different element types");
    if (numel < 0 || numel > it->second.numel())
        fail("storage " + key->text + " claims " + std::to_string(numel) + " elements but its record holds " +
             std::to_string(it->second.numel()));
    PickleValue* s = m_arena.make(PickleValue::Kind::Storage);
    s->tensor = it->second;
    s->text = key->text;
    return s;
}

const PickleValue* Unpickler::rebuildTensor(const PickleValue* args)
{
    // _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, backward_hooks[, metadata])
    if (args->kind != PickleValue::Kind::Tuple || args->items.size() < 4)
        fail("_rebuild_tensor_v2 expects (storage, offset, size, stride, ...), got " + args->typeName());
    const PickleValue* storage = args->items[0];
    if (storage->kind != PickleValue::Kind::Storage)
        fail("_rebuild_tensor_v2 expects a storage, got " + storage->typeName());
    const int64_t offset = asInt(args->items[1], "storage offset");
    const std::vector<int64_t> size = asIntTuple(args->items[2], "tensor size");
    const std::vector<int64_t> stride = asIntTuple(args->items[3], "tensor stride");
    if (size.size() != stride.size())
        fail("tensor size and stride have different lengths");
    // The highest element the view touches must lie inside the storage (empty tensors touch nothing).
    const int64_t available = storage->tensor.numel();
    bool empty = false;
    int64_t last = offset;
    int64_t count = 1;
    for (size_t i = 0; i < size.size(); ++i) {
        // Stride-0 views (saved expand()s) can claim huge sizes without storage behind them.
        if (size[i] > 0 && count > kMaxExtent / size[i])
            fail("tensor of more than 2^40 elements");
        count *= std::max<int64_t>(size[i], 1);
        if (size[i] == 0)
            empty = true;
        else if (stride[i] > 0 && (size[i] - 1) > (kMaxExtent - last) / stride[i])
            fail("tensor view is larger than any storage");
        else
            last += (size[i] - 1) * stride[i];
    }
    if (offset < 0 || (!empty && last >= available) || (empty && offset > available))
        fail("tensor view (offset " + std::to_string(offset) + ") reaches past the end of storage " +
             storage->text + " (" + std::to_string(available) + " elements)");
    PickleValue* t = m_arena.make(PickleValue::Kind::Tensor);
    t->tensor = storage->tensor.as_strided(size, stride, offset);
    return t;
}

const PickleValue* Unpickler::reduce(const PickleValue* callable, const PickleValue* args)
{
    if (callable->kind != PickleValue::Kind::Global)
        fail("REDUCE on a " + callable->typeName() + " (only globals are callable)");
    if (args->kind != PickleValue::Kind::Tuple)
        fail("REDUCE arguments must be a tuple, got " + args->typeName());
    const std::string& name = callable->text;
    if (name == "collections.OrderedDict" || name == "builtins.dict") {
        if (!args->items.empty())
            fail(name + " called with arguments (only the empty form is supported)");
        return m_arena.make(PickleValue::Kind::Dict);
    }
    if (name == "torch._utils._rebuild_tensor_v2")
        return rebuildTensor(args);
    if (name == "torch.jit._pickle.restore_type_tag") {
        // torch::pickle_save (our .ckpt weights) wraps each dict and list as
        // restore_type_tag(value, "Dict[str, Tensor]"): the tag only matters to TorchScript.
        if (args->items.empty())
            fail(name + " called without a value");
        return args->items[0];
    }
    if (name == "torch._utils._rebuild_parameter" ||
        name == "torch._utils._rebuild_parameter_with_state") {
        if (args->items.empty() || args->items[0]->kind != PickleValue::Kind::Tensor)
            fail(name + " expects a tensor as first argument");
        return args->items[0];
    }
    if (name == "torch._utils._rebuild_tensor" || name == "torch._utils._rebuild_qtensor" ||
        name == "torch._utils._rebuild_sparse_tensor")
        fail("unsupported global " + name + " (only dense tensors from _rebuild_tensor_v2 are read)");
    // Anything else (numpy scalars, a pickled nn.Module, custom classes): keep it opaque. The reader
    // reports it by name if it turns up where weights or metadata are needed.
    PickleValue* o = m_arena.make(PickleValue::Kind::Object);
    o->text = name;
    return o;
}

const PickleValue* Unpickler::parse()
{
    using K = PickleValue::Kind;
    while (true) {
        m_opStart = m_pos;
        if (m_pos >= m_size)
            fail("truncated: no STOP opcode");
        const uint8_t op = *take(1);
        switch (op) {
        case 0x80: // PROTO
            if (*take(1) > 5)
                fail("unsupported pickle protocol");
            break;
        case 0x95: // FRAME: framing is only a buffering hint
            take(8);
            break;
        case '.': { // STOP
            const PickleValue* result = pop();
            return result;
        }
        case 'c': { // GLOBAL
            std::string module = readLine();
            std::string name = readLine();
            PickleValue* g = m_arena.make(K::Global);
            g->text = module + "." + name;
            m_stack.push_back(g);
            break;
        }
        case 0x93: { // STACK_GLOBAL
            const PickleValue* name = pop();
            const PickleValue* module = pop();
            if (!name->isString() || !module->isString())
                fail("STACK_GLOBAL needs two strings");
            PickleValue* g = m_arena.make(K::Global);
            g->text = module->text + "." + name->text;
            m_stack.push_back(g);
            break;
        }
        case 'q': m_memo[uint32_t(readLE(1))] = top(); break;  // BINPUT
        case 'r': m_memo[uint32_t(readLE(4))] = top(); break;  // LONG_BINPUT
        case 0x94: { // MEMOIZE
            const uint32_t index = uint32_t(m_memo.size());
            m_memo[index] = top();
            break;
        }
        case 'h':   // BINGET
        case 'j': { // LONG_BINGET
            const uint32_t index = uint32_t(readLE(op == 'h' ? 1 : 4));
            const auto it = m_memo.find(index);
            if (it == m_memo.end())
                fail("memo entry " + std::to_string(index) + " was never stored");
            m_stack.push_back(it->second);
            break;
        }
        case '}': m_stack.push_back(m_arena.make(K::Dict)); break;   // EMPTY_DICT
        case ']': m_stack.push_back(m_arena.make(K::List)); break;   // EMPTY_LIST
        case 0x8f: m_stack.push_back(m_arena.make(K::List)); break;  // EMPTY_SET (kept as a list)
        case ')': m_stack.push_back(m_arena.make(K::Tuple)); break;  // EMPTY_TUPLE
        case '(': m_marks.push_back(m_stack.size()); break;          // MARK
        case '0': pop(); break;                                      // POP
        case '1': m_stack.resize(popMark()); break;                  // POP_MARK
        case '2': m_stack.push_back(top()); break;                   // DUP
        case 's': { // SETITEM
            const PickleValue* value = pop();
            const PickleValue* key = pop();
            PickleValue* d = mutableTarget(top(), K::Dict, "SETITEM");
            d->entries.emplace_back(key, value);
            bumpDepth(d, value);
            break;
        }
        case 'u': { // SETITEMS
            const size_t mark = popMark();
            if ((m_stack.size() - mark) % 2 != 0)
                fail("SETITEMS with an odd number of items");
            if (mark == 0)
                fail("SETITEMS without a dict");
            PickleValue* d = mutableTarget(m_stack[mark - 1], K::Dict, "SETITEMS");
            for (size_t i = mark; i < m_stack.size(); i += 2) {
                d->entries.emplace_back(m_stack[i], m_stack[i + 1]);
                bumpDepth(d, m_stack[i + 1]);
            }
            m_stack.resize(mark);
            break;
        }
        case 'a': { // APPEND
            const PickleValue* value = pop();
            PickleValue* l = mutableTarget(top(), K::List, "APPEND");
            l->items.push_back(value);
            bumpDepth(l, value);
            break;
        }
        case 'e':    // APPENDS
        case 0x90: { // ADDITEMS
            const size_t mark = popMark();
            if (mark == 0)
                fail("APPENDS without a list");
            PickleValue* l = mutableTarget(m_stack[mark - 1], K::List, "APPENDS");
            for (size_t i = mark; i < m_stack.size(); ++i) {
                l->items.push_back(m_stack[i]);
                bumpDepth(l, m_stack[i]);
            }
            m_stack.resize(mark);
            break;
        }
        case 't': m_stack.push_back(makeTuple(popMark())); break;  // TUPLE
        case 0x91: {                                               // FROZENSET
            const PickleValue* t = makeTuple(popMark());
            PickleValue* l = m_arena.make(K::List);
            l->items = t->items;
            l->depth = t->depth;
            m_stack.push_back(l);
            break;
        }
        case 0x85: case 0x86: case 0x87: { // TUPLE1..3
            const size_t n = op - 0x84;
            if (m_stack.size() < n || (!m_marks.empty() && m_stack.size() - n < m_marks.back()))
                fail("stack underflow");
            m_stack.push_back(makeTuple(m_stack.size() - n));
            break;
        }
        case 'R':    // REDUCE
        case 0x81: { // NEWOBJ (cls, args): same shape, handled the same way
            const PickleValue* args = pop();
            const PickleValue* callable = pop();
            m_stack.push_back(reduce(callable, args));
            break;
        }
        case 'b': { // BUILD: OrderedDict._metadata and object state are irrelevant for the weights
            pop();
            top();
            break;
        }
        case 'Q': m_stack.push_back(persistentLoad(pop())); break;  // BINPERSID
        case 'J': m_stack.push_back(makeInt(int32_t(uint32_t(readLE(4))))); break;  // BININT
        case 'K': m_stack.push_back(makeInt(int64_t(readLE(1)))); break;            // BININT1
        case 'M': m_stack.push_back(makeInt(int64_t(readLE(2)))); break;            // BININT2
        case 0x8a:   // LONG1
        case 0x8b: { // LONG4
            const uint64_t n = readLE(op == 0x8a ? 1 : 4);
            if (n > 8)
                fail("integer wider than 64 bits");
            if (n == 0) {
                m_stack.push_back(makeInt(0));
                break;
            }
            uint64_t v = readLE(size_t(n));
            if (n < 8 && (v >> (8 * n - 1)) & 1)
                v |= ~uint64_t(0) << (8 * n); // sign-extend two's complement
            m_stack.push_back(makeInt(int64_t(v)));
            break;
        }
        case 'G': { // BINFLOAT: big-endian IEEE double
            const uint8_t* p = take(8);
            uint64_t bits = 0;
            for (int i = 0; i < 8; ++i)
                bits = (bits << 8) | p[i];
            double d;
            std::memcpy(&d, &bits, sizeof d);
            PickleValue* f = m_arena.make(K::Float);
            f->real = d;
            m_stack.push_back(f);
            break;
        }
        case 'N': m_stack.push_back(m_arena.make(K::None)); break;
        case 0x88:
        case 0x89: {
            PickleValue* b = m_arena.make(K::Bool);
            b->boolean = op == 0x88;
            m_stack.push_back(b);
            break;
        }
        case 0x8c: m_stack.push_back(makeString(K::String, readLE(1))); break;  // SHORT_BINUNICODE
        case 'X': m_stack.push_back(makeString(K::String, readLE(4))); break;   // BINUNICODE
        case 0x8d: m_stack.push_back(makeString(K::String, readLE(8))); break;  // BINUNICODE8
        case 'U': m_stack.push_back(makeString(K::String, readLE(1))); break;   // SHORT_BINSTRING
        case 'T': m_stack.push_back(makeString(K::String, readLE(4))); break;   // BINSTRING
        case 'C': m_stack.push_back(makeString(K::Bytes, readLE(1))); break;    // SHORT_BINBYTES
        case 'B': m_stack.push_back(makeString(K::Bytes, readLE(4))); break;    // BINBYTES
        case 0x8e: m_stack.push_back(makeString(K::Bytes, readLE(8))); break;   // BINBYTES8
        default:
            fail("unknown opcode " + hexByte(op) +
                 (op >= 0x20 && op < 0x7f ? std::string(" ('") + char(op) + "')" : std::string()));
        }
    }
}

} // namespace arm
