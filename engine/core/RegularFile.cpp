#include "engine/core/RegularFile.h"

#include <cerrno>
#include <stdexcept>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace arm {

namespace {

std::string errnoText(int err)
{
    return std::generic_category().message(err);
}

// Reads until `n` bytes or the end of the file, retrying when a signal interrupts; `chunk(to, count, done)`
// is read(2) or pread(2) at the right offset.
template <typename Chunk>
std::size_t readFully(const std::string& path, void* buffer, std::size_t n, Chunk chunk)
{
    auto* out = static_cast<char*>(buffer);
    std::size_t done = 0;
    while (done < n) {
        const ssize_t got = chunk(out + done, n - done, done);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0)
            throw std::runtime_error(path + ": read error (" + errnoText(errno) + ")");
        if (got == 0)
            break;
        done += static_cast<std::size_t>(got);
    }
    return done;
}

std::string typeProblem(mode_t mode)
{
    if (S_ISREG(mode))
        return {};
    if (S_ISDIR(mode))
        return "is a directory, not a file";
    if (S_ISFIFO(mode))
        return "is a named pipe (FIFO), not a file";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "is a device, not a file";
    if (S_ISSOCK(mode))
        return "is a socket, not a file";
    return "is not a regular file";
}

} // namespace

std::string RegularFile::problem(const std::string& path)
{
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        return "cannot open file (" + errnoText(errno) + ")";
    return typeProblem(st.st_mode);
}

RegularFile::RegularFile(const std::string& path) : m_path(path)
{
    if (const std::string p = problem(path); !p.empty())
        throw std::runtime_error(path + ": " + p);
    m_fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (m_fd < 0)
        throw std::runtime_error(path + ": cannot open file (" + errnoText(errno) + ")");
    struct stat st {};
    if (::fstat(m_fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const std::string why = typeProblem(st.st_mode);
        ::close(m_fd);
        m_fd = -1;
        throw std::runtime_error(path + ": " + (why.empty() ? "cannot read file status" : why));
    }
    m_size = static_cast<std::uint64_t>(st.st_size);
}

RegularFile::~RegularFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

std::size_t RegularFile::read(void* buffer, std::size_t n)
{
    return readFully(m_path, buffer, n, [this](char* to, std::size_t count, std::size_t) {
        return ::read(m_fd, to, count);
    });
}

std::size_t RegularFile::readAt(std::uint64_t offset, void* buffer, std::size_t n) const
{
    return readFully(m_path, buffer, n, [this, offset](char* to, std::size_t count, std::size_t done) {
        return ::pread(m_fd, to, count, static_cast<off_t>(offset + done));
    });
}

} // namespace arm
