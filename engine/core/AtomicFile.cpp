#include "engine/core/AtomicFile.h"

#include <atomic>
#include <cerrno>
#include <stdexcept>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace arm {

namespace {

// Writes are collected up to this size so that callers emitting small pieces (zip headers, JSON)
// do not cost one system call each.
constexpr std::size_t kBufferBytes = std::size_t(1) << 20;

std::string errnoText(int err)
{
    return std::generic_category().message(err);
}

std::string directoryOf(const std::string& path)
{
    const auto slash = path.find_last_of('/');
    if (slash == std::string::npos)
        return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

// "" when the target may be replaced (absent or a regular file), else why not.
std::string targetProblem(const std::string& path, mode_t* existingMode)
{
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0)
        return {};
    if (S_ISREG(st.st_mode)) {
        if (existingMode)
            *existingMode = st.st_mode & 07777;
        return {};
    }
    const char* what = S_ISDIR(st.st_mode)    ? "a directory"
                       : S_ISLNK(st.st_mode)  ? "a symbolic link"
                       : S_ISFIFO(st.st_mode) ? "a named pipe (FIFO)"
                       : (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) ? "a device"
                                                                      : "not a regular file";
    return std::string("exists and is ") + what + "; refusing to replace it";
}

} // namespace

AtomicFile::AtomicFile(const std::string& path, bool durable) : m_path(path), m_durable(durable)
{
    if (path.empty() || path.back() == '/')
        throw std::runtime_error(path + ": not a file name");
    mode_t mode = 0666; // narrowed by the umask, like any newly created file
    bool keepMode = false;
    {
        mode_t existing = 0;
        if (const std::string p = targetProblem(path, &existing); !p.empty())
            throw std::runtime_error(path + ": " + p);
        if (existing) {
            mode = existing;
            keepMode = true;
        }
    }
    static std::atomic<unsigned> counter{0};
    for (int attempt = 0; attempt < 100 && m_fd < 0; ++attempt) {
        m_tmp = path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
        m_fd = ::open(m_tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
        if (m_fd < 0 && errno != EEXIST) // EEXIST: left by a killed process with a reused pid
            throw std::runtime_error(path + ": cannot write (temporary file " + m_tmp + " not creatable: " +
                                     errnoText(errno) + ")");
    }
    if (m_fd < 0)
        throw std::runtime_error(path + ": cannot write (no free temporary file name)");
    if (keepMode)
        (void)::fchmod(m_fd, mode); // a replaced file keeps its permissions
}

AtomicFile::~AtomicFile()
{
    if (!m_committed)
        discard();
}

void AtomicFile::discard()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_tmp.empty())
        ::unlink(m_tmp.c_str());
    m_tmp.clear();
}

void AtomicFile::fail(const std::string& what, int err)
{
    discard();
    std::string msg = m_path + ": " + what;
    if (err)
        msg += " (" + errnoText(err) + (err == ENOSPC || err == EDQUOT ? ", disk full?" : "") + ")";
    throw std::runtime_error(msg);
}

void AtomicFile::writeAll(const char* data, std::size_t size)
{
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::write(m_fd, data + done, size - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            fail("write failed", n < 0 ? errno : ENOSPC);
        done += static_cast<std::size_t>(n);
    }
}

void AtomicFile::flushBuffer()
{
    writeAll(m_buffer.data(), m_buffer.size());
    m_buffer.clear();
}

void AtomicFile::append(const void* data, std::size_t size)
{
    if (m_fd < 0)
        throw std::runtime_error(m_path + ": write after commit or failure");
    const char* p = static_cast<const char*>(data);
    if (m_buffer.size() + size <= kBufferBytes) {
        m_buffer.append(p, size);
        return;
    }
    flushBuffer();
    if (size <= kBufferBytes) {
        m_buffer.append(p, size);
        return;
    }
    writeAll(p, size); // large blocks go straight through, uncopied
}

void AtomicFile::commit()
{
    if (m_fd < 0)
        throw std::runtime_error(m_path + ": commit after commit or failure");
    flushBuffer();
    if (m_durable && ::fsync(m_fd) != 0)
        fail("cannot flush to disk", errno);
    const int fd = m_fd;
    m_fd = -1;
    if (::close(fd) != 0)
        fail("write failed on close", errno);
    // Checked again just before replacing: the target may have changed since the constructor.
    if (const std::string p = targetProblem(m_path, nullptr); !p.empty())
        fail(p, 0);
    if (::rename(m_tmp.c_str(), m_path.c_str()) != 0)
        fail("cannot replace file", errno);
    m_committed = true;
    m_tmp.clear();
    if (!m_durable)
        return;
    // The rename is only durable once the directory entry is: fsync the directory.
    const std::string dir = directoryOf(m_path);
    const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd < 0)
        throw std::runtime_error(m_path + ": written, but its directory cannot be opened to flush it (" +
                                 errnoText(errno) + ")");
    const int rc = ::fsync(dfd);
    const int err = errno;
    ::close(dfd);
    // Some file systems cannot fsync a directory (EINVAL); nothing more can be done there.
    if (rc != 0 && err != EINVAL && err != ENOTSUP)
        throw std::runtime_error(m_path + ": written, but its directory cannot be flushed (" + errnoText(err) + ")");
}

void AtomicFile::write(const std::string& path, std::string_view bytes, bool durable)
{
    AtomicFile out(path, durable);
    out.append(bytes);
    out.commit();
}

void AtomicFile::syncFileSystem(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        throw std::runtime_error(path + ": cannot open to flush to disk (" + errnoText(errno) + ")");
    const int rc = ::syncfs(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        throw std::runtime_error(path + ": cannot flush to disk (" + errnoText(err) + ")");
}

} // namespace arm
