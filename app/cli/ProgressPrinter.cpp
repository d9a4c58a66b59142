#include "app/cli/ProgressPrinter.h"

#include <algorithm>
#include <unistd.h>

namespace arm::cli {

namespace {
constexpr int kBarWidth = 24;
// A rate measured over less than this is noise (the first batch includes start-up work).
constexpr double kMinSecondsForRate = 0.2;
constexpr double kRedrawSeconds = 0.1;
} // namespace

ProgressPrinter::ProgressPrinter(bool quiet, std::string phase, std::string unit)
    : ProgressPrinter(quiet, std::move(phase), std::move(unit), stderr, isatty(fileno(stderr)) != 0)
{
}

ProgressPrinter::ProgressPrinter(bool quiet, std::string phase, std::string unit, std::FILE* out, bool tty)
    : m_enabled(!quiet)
    , m_tty(tty)
    , m_out(out)
    , m_phase(std::move(phase))
    , m_unit(std::move(unit))
{
}

ProgressPrinter::~ProgressPrinter()
{
    finish();
}

std::string ProgressPrinter::clock(double seconds)
{
    const long s = seconds > 0 ? static_cast<long>(seconds + 0.5) : 0;
    char buf[32];
    if (s >= 3600)
        std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
    else
        std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
    return buf;
}

void ProgressPrinter::setPhase(const std::string& phase)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (phase == m_phase)
        return;
    m_phase = phase;
    m_phaseStarted = false;
}

void ProgressPrinter::update(long long done, long long total, const std::string& detail)
{
    const auto now = std::chrono::steady_clock::now();
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_enabled || !advance(done, now))
        return;
    const double seconds = std::chrono::duration<double>(now - m_start).count();
    double rate = -1.0, eta = -1.0;
    if (seconds >= kMinSecondsForRate && done > m_startDone) {
        rate = static_cast<double>(done - m_startDone) / seconds;
        eta = static_cast<double>(std::max(0LL, total - done)) / rate;
    }
    draw(done, total, detail, rate, eta, now);
}

void ProgressPrinter::update(long long done, long long total, const std::string& detail, double perSecond,
                             double etaSeconds)
{
    const auto now = std::chrono::steady_clock::now();
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_enabled || !advance(done, now))
        return;
    draw(done, total, detail, perSecond, etaSeconds, now);
}

bool ProgressPrinter::advance(long long done, std::chrono::steady_clock::time_point now)
{
    // A count far below the last one is a new pass over the data (an eval sweep); one slightly below is a
    // late report from another worker thread, already shown further on.
    if (!m_phaseStarted || done < m_lastDone / 2) {
        m_phaseStarted = true;
        m_start = now;
        m_startDone = done;
        m_lastTenth = -1;
        m_lastDraw = {};
    } else if (done < m_lastDone) {
        return false;
    }
    m_lastDone = done;
    return true;
}

void ProgressPrinter::draw(long long done, long long total, const std::string& detail, double perSecond,
                           double etaSeconds, std::chrono::steady_clock::time_point now)
{
    const bool complete = total > 0 && done >= total;
    // A terminal redraw at most every kRedrawSeconds: thousands of images a second would otherwise
    // spend more time writing to the terminal than the work takes.
    if (m_tty && !complete && m_lastDraw != std::chrono::steady_clock::time_point{} &&
        std::chrono::duration<double>(now - m_lastDraw).count() < kRedrawSeconds)
        return;
    std::string text = m_phase;
    if (m_tty) {
        const long long filled =
            total > 0 ? std::clamp(kBarWidth * done / total, 0LL, static_cast<long long>(kBarWidth)) : 0;
        std::string bar(static_cast<std::size_t>(filled), '#');
        bar.resize(kBarWidth, '.');
        text += (text.empty() ? "[" : " [") + bar + "]";
    }
    text += (text.empty() ? "" : " ") + std::to_string(done) + "/" + std::to_string(total);
    if (!detail.empty())
        text += " " + detail;
    if (perSecond >= 0.0) {
        char rate[64];
        std::snprintf(rate, sizeof rate, "  %.1f %s/s", perSecond, m_unit.c_str());
        text += rate;
    }
    if (etaSeconds >= 0.0)
        text += "  ETA " + clock(etaSeconds);

    if (m_tty) {
        m_lastDraw = now;
        // \033[K clears what a longer previous line left on the right.
        std::fprintf(m_out, "\r%s\033[K", text.c_str());
        if (complete)
            std::fputc('\n', m_out);
        m_open = !complete;
        std::fflush(m_out);
        return;
    }
    const int tenth = total > 0 ? static_cast<int>(std::clamp(10 * done / total, 0LL, 10LL)) : 0;
    if (tenth <= m_lastTenth) // plain lines: one per tenth of the phase, not one per batch
        return;
    m_lastTenth = tenth;
    std::fprintf(m_out, "%s\n", text.c_str());
    std::fflush(m_out);
}

void ProgressPrinter::line(const std::string& text)
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_enabled)
        return;
    if (m_open)
        std::fputc('\n', m_out);
    m_open = false;
    std::fprintf(m_out, "%s\n", text.c_str());
    std::fflush(m_out);
}

void ProgressPrinter::finish()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (m_open && m_enabled) {
        std::fputc('\n', m_out);
        std::fflush(m_out);
    }
    m_open = false;
}

std::function<void(int, int)> ProgressPrinter::callback()
{
    return [this](int done, int total) { update(done, total); };
}

} // namespace arm::cli
