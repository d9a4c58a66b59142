#pragma once

#include <chrono>
#include <cstdio>
#include <functional>
#include <mutex>
#include <string>

namespace arm::cli {

// The one progress display of arm-cli (shared/CLI-CONTRACT.md): on a terminal a bar redrawn in place
// with the rate and ETA; otherwise plain lines, about one per tenth of a phase; nothing at all with
// --quiet. Everything goes to stderr, so stdout stays the JSON document.
//
//   tty:   "\r<phase> [######..........] 12/40 <detail>  35.1 img/s  ETA 0:42"
//   plain: "<phase> 12/40 <detail>  35.1 img/s  ETA 0:42"
//
// A phase is a name for one pass (an epoch, a fold): when it changes the rate is measured afresh and
// plain output prints a line at once. Engine callbacks may run on worker threads: calls are serialised.
class ProgressPrinter {
public:
    // `unit` names what is counted in the rate ("img" -> "img/s").
    ProgressPrinter(bool quiet, std::string phase, std::string unit = "img");
    // For tests: write to `out` and choose the terminal style explicitly.
    ProgressPrinter(bool quiet, std::string phase, std::string unit, std::FILE* out, bool tty);
    ~ProgressPrinter();
    ProgressPrinter(const ProgressPrinter&) = delete;
    ProgressPrinter& operator=(const ProgressPrinter&) = delete;

    bool enabled() const { return m_enabled; }
    bool isTerminal() const { return m_tty; }

    // done of total in the current phase; rate and ETA measured from the phase's first update.
    void update(long long done, long long total, const std::string& detail = {});
    // Rate and ETA from the caller (e.g. the trainer's, which span every epoch); negative = unknown.
    void update(long long done, long long total, const std::string& detail, double perSecond,
                double etaSeconds);
    // Starts a new phase (the next update measures afresh).
    void setPhase(const std::string& phase);
    // A whole line (a summary, a warning): ends a bar drawn in place first.
    void line(const std::string& text);
    // Ends a bar drawn in place (call before other output to stderr).
    void finish();

    // A callback for engine APIs that report (done, total); the printer must outlive it.
    std::function<void(int, int)> callback();

    // "m:ss", or "h:mm:ss" from an hour on.
    static std::string clock(double seconds);

private:
    // False when `done` is a late report (below what was shown); starts a new pass when it is far below.
    bool advance(long long done, std::chrono::steady_clock::time_point now);
    void draw(long long done, long long total, const std::string& detail, double perSecond, double etaSeconds,
              std::chrono::steady_clock::time_point now);

    bool m_enabled;
    bool m_tty;
    std::FILE* m_out;
    std::string m_phase;
    std::string m_unit;
    std::mutex m_mutex;
    bool m_open = false; // a bar line is on screen without its newline
    bool m_phaseStarted = false;
    int m_lastTenth = -1;
    long long m_lastDone = -1;
    long long m_startDone = 0;
    std::chrono::steady_clock::time_point m_start;
    std::chrono::steady_clock::time_point m_lastDraw; // of the terminal bar; epoch = not drawn in this pass
};

} // namespace arm::cli
