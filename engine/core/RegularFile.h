#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace arm {

// A file opened for reading only when it is a regular file. Named pipes, devices, sockets and
// directories are refused with a named error instead of blocking in open() (a FIFO) or reading
// forever (/dev/zero). The type is checked with stat() before opening, and again with fstat() on the
// descriptor, which is opened O_NONBLOCK so that a FIFO swapped in between cannot block either.
class RegularFile {
public:
    // Throws std::runtime_error "PATH: <reason>" (no such file, is a directory, is a named pipe ...).
    explicit RegularFile(const std::string& path);
    ~RegularFile();
    RegularFile(const RegularFile&) = delete;
    RegularFile& operator=(const RegularFile&) = delete;

    const std::string& path() const { return m_path; }
    int fd() const { return m_fd; }
    std::uint64_t size() const { return m_size; } // at open time
    // Reads up to n bytes at the current position (fewer only at end of file); throws on I/O errors.
    std::size_t read(void* buffer, std::size_t n);
    // Reads up to n bytes at `offset` without moving the position; throws on I/O errors.
    std::size_t readAt(std::uint64_t offset, void* buffer, std::size_t n) const;

    // "" when `path` is a regular file (following symlinks), else the reason in plain words
    // ("is a named pipe (FIFO), not a file"). Never blocks.
    static std::string problem(const std::string& path);

private:
    std::string m_path;
    int m_fd = -1;
    std::uint64_t m_size = 0;
};

} // namespace arm
