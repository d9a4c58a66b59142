#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace arm {

// The engine's one way to write a file: into a temporary sibling (same directory, so the rename
// cannot cross file systems), fsync the data, rename it over the target, fsync the directory. A
// crash or kill at any moment leaves either the old file or the complete new one, and once
// commit() returns the new content survives a power cut. Every error is a std::runtime_error that
// starts with the target path. A target that exists but is not a regular file (directory, FIFO,
// device, symlink) is refused: replacing it is never what the caller meant.
//
//   AtomicFile out(path);          // or AtomicFile::write(path, bytes) for one buffer
//   out.append(data, n); ...
//   out.commit();                  // without commit() the destructor discards the temporary
class AtomicFile {
public:
    // durable = false skips both fsyncs (still atomic against crashes of this process, not against
    // power loss); for many small files followed by one syncFileSystem() barrier.
    explicit AtomicFile(const std::string& path, bool durable = true);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    void append(const void* data, std::size_t size);
    void append(std::string_view bytes) { append(bytes.data(), bytes.size()); }
    // Flushes, fsyncs, renames over the target and fsyncs its directory. Call once.
    void commit();

    const std::string& path() const { return m_path; }
    const std::string& temporaryPath() const { return m_tmp; }

    // One buffer, written atomically.
    static void write(const std::string& path, std::string_view bytes, bool durable = true);
    // Makes everything written so far on the file system holding `path` durable (syncfs): the barrier
    // after a batch of non-durable writes.
    static void syncFileSystem(const std::string& path);

private:
    [[noreturn]] void fail(const std::string& what, int err);
    void writeAll(const char* data, std::size_t size);
    void flushBuffer();
    void discard();

    std::string m_path;
    std::string m_tmp;
    std::string m_buffer;
    int m_fd = -1;
    bool m_durable = true;
    bool m_committed = false;
};

} // namespace arm
