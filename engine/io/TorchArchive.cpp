#include "engine/io/TorchArchive.h"

#include "engine/core/RegularFile.h"
#include "engine/io/PthError.h"
#include "engine/io/Unpickler.h"

#include <caffe2/serialize/inline_container.h>
#include <caffe2/serialize/read_adapter_interface.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace arm {

namespace {

using K = PickleValue::Kind;
using caffe2::serialize::ReadAdapterInterface;

// The adapters never throw: they are called from the zip library's C code. A short read makes the
// library report a corrupt archive, which the caller turns into a PthError.
class FileSource : public ReadAdapterInterface {
public:
    explicit FileSource(const RegularFile& file) : m_file(file) {}
    size_t size() const override { return static_cast<size_t>(m_file.size()); }
    size_t read(uint64_t pos, void* buf, size_t n, const char* /*what*/) const override
    {
        if (pos >= m_file.size())
            return 0;
        n = static_cast<size_t>(std::min<uint64_t>(n, m_file.size() - pos));
        try {
            return m_file.readAt(pos, buf, n);
        } catch (const std::exception&) {
            return 0;
        }
    }

private:
    const RegularFile& m_file;
};

class MemorySource : public ReadAdapterInterface {
public:
    explicit MemorySource(const std::string& bytes) : m_bytes(bytes) {}
    size_t size() const override { return m_bytes.size(); }
    size_t read(uint64_t pos, void* buf, size_t n, const char* /*what*/) const override
    {
        if (pos >= m_bytes.size())
            return 0;
        n = static_cast<size_t>(std::min<uint64_t>(n, m_bytes.size() - pos));
        std::memcpy(buf, m_bytes.data() + pos, n);
        return n;
    }

private:
    const std::string& m_bytes;
};

std::uint64_t le(const char* p, int bytes)
{
    std::uint64_t v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | static_cast<unsigned char>(p[i]);
    return v;
}

// Tensor data is always stored uncompressed (torch.save, torch::pickle_save); only small records such
// as TorchScript code (in optimizer states) are deflated. A deflated record may claim any uncompressed
// size, which the zip library allocates before inflating (a "zip bomb"), so a compressed record claiming
// more than kMaxInflated is refused; stored records are bounded by the archive's size by the library.
// Returns the first such record's name, or "" (also when the directory cannot be parsed: the zip
// library then reports the damage).
constexpr std::uint64_t kMaxInflated = std::uint64_t(16) << 20;

std::string oversizedCompressedRecord(const ReadAdapterInterface& src)
{
    const std::uint64_t size = src.size();
    if (size < 22)
        return {};
    const std::size_t tail = static_cast<std::size_t>(std::min<std::uint64_t>(size, 65535 + 22));
    std::string buf(tail, '\0');
    if (src.read(size - tail, buf.data(), tail) != tail)
        return {};
    std::size_t eocd = std::string::npos;
    for (std::size_t i = tail - 22 + 1; i-- > 0;)
        if (le(buf.data() + i, 4) == 0x06054b50) {
            eocd = i;
            break;
        }
    if (eocd == std::string::npos)
        return {};
    std::uint64_t count = le(buf.data() + eocd + 10, 2), cdSize = le(buf.data() + eocd + 12, 4),
                  cdOffset = le(buf.data() + eocd + 16, 4);
    if (count == 0xFFFF || cdSize == 0xFFFFFFFF || cdOffset == 0xFFFFFFFF) { // zip64 (files over 4 GiB)
        if (eocd < 20 || le(buf.data() + eocd - 20, 4) != 0x07064b50)
            return {};
        const std::uint64_t at = le(buf.data() + eocd - 20 + 8, 8);
        char rec[56];
        if (size < 56 || at > size - 56 || src.read(at, rec, 56) != 56 || le(rec, 4) != 0x06064b50)
            return {};
        count = le(rec + 32, 8);
        cdSize = le(rec + 40, 8);
        cdOffset = le(rec + 48, 8);
    }
    if (cdOffset > size || cdSize > size - cdOffset || cdSize > (std::uint64_t(64) << 20))
        return {};
    std::string cd(static_cast<std::size_t>(cdSize), '\0');
    if (src.read(cdOffset, cd.data(), cd.size()) != cd.size())
        return {};
    std::size_t pos = 0;
    for (std::uint64_t i = 0; i < count && pos + 46 <= cd.size(); ++i) {
        if (le(cd.data() + pos, 4) != 0x02014b50)
            return {};
        const std::size_t method = le(cd.data() + pos + 10, 2), nameLen = le(cd.data() + pos + 28, 2),
                          extra = le(cd.data() + pos + 30, 2), comment = le(cd.data() + pos + 32, 2);
        const std::uint64_t inflated = le(cd.data() + pos + 24, 4); // 0xFFFFFFFF (zip64) counts as too large
        if (method != 0 && inflated > kMaxInflated)
            return pos + 46 + nameLen <= cd.size() ? cd.substr(pos + 46, nameLen) : std::string("?");
        pos += 46 + nameLen + extra + comment;
    }
    return {};
}

// LibTorch's zip reader reports "[enforce fail at inline_container.cc:148] . Couldn't parse ...":
// library text the user cannot act on. Its known failures are named in plain words; anything else is
// "damaged", never the raw message.
std::string plainArchiveError(const c10::Error& e)
{
    const std::string raw = e.what_without_backtrace();
    auto has = [&raw](const char* s) { return raw.find(s) != std::string::npos; };
    if (has("does not contain any files"))
        return "the zip archive is empty";
    if (has("not in a subdirectory"))
        return "the zip archive's records are not inside one top folder (not written by torch.save)";
    if (has("version"))
        return "the archive's version record is missing or damaged";
    if (has("crc") || has("CRC"))
        return "a record's checksum does not match (the file is damaged)";
    if (has("mz_zip") || has("zip"))
        return "the zip structure is damaged";
    return "the archive is damaged or was not written by torch.save";
}

} // namespace

TorchArchive::TorchArchive(const std::string& name, const RegularFile& file) : m_name(name)
{
    open(std::make_shared<FileSource>(file));
}

TorchArchive::TorchArchive(const std::string& name, const std::string& bytes) : m_name(name)
{
    open(std::make_shared<MemorySource>(bytes));
}

TorchArchive::~TorchArchive() = default;

void TorchArchive::open(std::shared_ptr<ReadAdapterInterface> source)
{
    if (const std::string record = oversizedCompressedRecord(*source); !record.empty())
        throw PthError(m_name, "zip record '" + record.substr(0, 200) + "' is compressed and claims more than " +
                                   std::to_string(kMaxInflated >> 20) +
                                   " MiB; torch.save stores tensor data uncompressed (re-save the file with "
                                   "torch.save instead of re-zipping it)");
    try {
        m_zip = std::make_unique<caffe2::serialize::PyTorchStreamReader>(std::move(source));
    } catch (const c10::Error& e) {
        throw PthError(m_name, "cannot read the archive: " + plainArchiveError(e));
    }
}

bool TorchArchive::hasRecord(const std::string& record) const
{
    try {
        return m_zip->hasRecord(record);
    } catch (const c10::Error& e) {
        throw PthError(m_name, "cannot read the archive: " + plainArchiveError(e));
    }
}

const PickleValue* TorchArchive::parse(PickleArena& arena)
{
    try {
        if (!m_zip->hasRecord("data.pkl"))
            throw PthError(m_name, "zip archive has no data.pkl record (not written by torch.save)");
        if (m_zip->hasRecord("byteorder")) {
            auto [ptr, n] = m_zip->getRecord("byteorder");
            const std::string order(static_cast<const char*>(ptr.get()), n);
            if (order.rfind("little", 0) != 0)
                throw PthError(m_name, "stores tensors in '" + order + "' byte order; only little endian is read");
        }
        auto [pkl, pklSize] = m_zip->getRecord("data.pkl");
        auto loader = [this](const std::string& key, c10::ScalarType dtype) -> torch::Tensor {
            const std::string record = "data/" + key;
            if (key.find('/') != std::string::npos || key.find("..") != std::string::npos ||
                !m_zip->hasRecord(record))
                throw PthError(m_name, "missing storage record " + record);
            auto [data, bytes] = m_zip->getRecord(record);
            const size_t elem = c10::elementSize(dtype);
            if (bytes % elem != 0)
                throw PthError(m_name, "storage record " + record + " has " + std::to_string(bytes) +
                                           " bytes, not a multiple of " + std::to_string(elem));
            torch::Tensor t = torch::empty({int64_t(bytes / elem)}, torch::TensorOptions().dtype(dtype));
            if (bytes > 0)
                std::memcpy(t.data_ptr(), data.get(), bytes);
            return t;
        };
        Unpickler unpickler(m_name, static_cast<const uint8_t*>(pkl.get()), pklSize, loader, arena);
        return unpickler.parse();
    } catch (const PthError&) {
        throw;
    } catch (const c10::Error& e) {
        throw PthError(m_name, "cannot read the archive: " + plainArchiveError(e));
    } catch (const std::bad_alloc&) {
        throw PthError(m_name, "out of memory while reading (corrupt sizes?)");
    }
}

std::string TorchArchive::keyText(const PickleValue* k)
{
    if (k->kind == K::String)
        return k->text;
    if (k->kind == K::Int)
        return std::to_string(k->integer);
    return "<" + k->typeName() + ">";
}

std::map<std::string, torch::Tensor> TorchArchive::flattenStateDict(const std::string& name, const PickleValue* d,
                                                                    const std::string& where)
{
    if (d->kind != K::Dict)
        throw PthError(name, where + " is a " + d->typeName() + ", not a state_dict");
    std::map<std::string, torch::Tensor> out;
    for (const auto& [k, v] : d->entries) {
        if (k->kind != K::String)
            throw PthError(name, where + " has a non-string key " + keyText(k));
        if (v->kind == K::Object)
            throw PthError(name, where + " key '" + k->text + "' holds an unsupported global " + v->text);
        if (v->kind != K::Tensor)
            throw PthError(name, where + " key '" + k->text + "' is a " + v->typeName() + ", not a tensor");
        out[k->text] = v->tensor;
    }
    return out;
}

std::map<std::string, torch::Tensor> TorchArchive::readStateDict(const std::string& name, const std::string& bytes)
{
    TorchArchive archive(name, bytes);
    PickleArena arena;
    return flattenStateDict(name, archive.parse(arena), "the weights");
}

} // namespace arm
