#pragma once
// Helpers for the reliability tests: hostile files (FIFOs, links to devices, sparse giants, lying image
// headers) and a watchdog, so that a regression that blocks or reads forever fails the test in seconds
// instead of hanging CTest.

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <chrono>
#include <functional>
#include <future>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace hostile {

inline bool makeFifo(const std::string& path)
{
    return ::mkfifo(path.c_str(), 0600) == 0;
}

inline bool symlinkTo(const std::string& target, const std::string& link)
{
    return ::symlink(target.c_str(), link.c_str()) == 0;
}

// A file of `bytes` bytes that takes no disk space (a hole).
inline bool sparseFile(const std::string& path, long long bytes)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return false;
    const bool ok = ::ftruncate(fd, static_cast<off_t>(bytes)) == 0;
    ::close(fd);
    return ok;
}

inline void writeBytes(const std::string& path, const std::vector<uchar>& bytes)
{
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        throw std::runtime_error("cannot create " + path);
    const ssize_t n = ::write(fd, bytes.data(), bytes.size());
    ::close(fd);
    if (n != static_cast<ssize_t>(bytes.size()))
        throw std::runtime_error("cannot write " + path);
}

inline std::vector<uchar> encode(const std::string& ext, int w = 24, int h = 16)
{
    const bool gray = ext == ".pgm" || ext == ".pbm";
    const cv::Mat img(h, w, gray ? CV_8UC1 : CV_8UC3, cv::Scalar(40, 120, 200));
    std::vector<uchar> out;
    try {
        cv::imencode(ext, img, out);
    } catch (const cv::Exception&) {
        out.clear(); // this OpenCV build cannot write the format
    }
    return out;
}

// A small real JPEG whose frame header claims w x h: a decompression bomb in 1 KB.
inline std::vector<uchar> jpegClaiming(unsigned w, unsigned h)
{
    std::vector<uchar> b = encode(".jpg");
    for (std::size_t i = 2; i + 9 < b.size(); ++i)
        if (b[i] == 0xFF && b[i + 1] == 0xC0) { // SOF0: FF C0 len(2) precision(1) height(2) width(2)
            b[i + 5] = static_cast<uchar>(h >> 8);
            b[i + 6] = static_cast<uchar>(h & 0xFF);
            b[i + 7] = static_cast<uchar>(w >> 8);
            b[i + 8] = static_cast<uchar>(w & 0xFF);
            return b;
        }
    throw std::runtime_error("no SOF0 in the encoded JPEG");
}

// A small real PNG whose IHDR claims w x h.
inline std::vector<uchar> pngClaiming(unsigned w, unsigned h)
{
    std::vector<uchar> b = encode(".png");
    for (int k = 0; k < 4; ++k) {
        b[16 + k] = static_cast<uchar>(w >> (24 - 8 * k));
        b[20 + k] = static_cast<uchar>(h >> (24 - 8 * k));
    }
    return b;
}

struct Outcome {
    bool finished = false; // false: still running after the deadline (blocked or reading forever)
    bool threw = false;
    std::string message;   // what() of the exception
    double seconds = 0.0;
};

// Runs f on a detached thread and waits at most `seconds`. A call that blocks for ever (open() on a
// FIFO) is left behind; the process exits at the end of the test anyway.
inline Outcome runBounded(std::function<void()> f, int seconds = 10)
{
    auto result = std::make_shared<std::promise<Outcome>>();
    std::future<Outcome> done = result->get_future();
    const auto t0 = std::chrono::steady_clock::now();
    std::thread([f = std::move(f), result, t0] {
        Outcome o;
        o.finished = true;
        try {
            f();
        } catch (const std::exception& e) {
            o.threw = true;
            o.message = e.what();
        }
        o.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        result->set_value(o);
    }).detach();
    if (done.wait_for(std::chrono::seconds(seconds)) != std::future_status::ready)
        return Outcome{};
    return done.get();
}

} // namespace hostile
