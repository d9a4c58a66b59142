// The arm-cli helpers in-process: numeric option checks, the plain-words error wrapper and the progress
// printer (tst_cliexit runs the real binary).
#include "app/cli/CliErrors.h"
#include "app/cli/NumberChecks.h"
#include "app/cli/OptionGroups.h"
#include "app/cli/ProgressPrinter.h"

#include <CLI/CLI.hpp>
#include <c10/util/Exception.h>
#include <nlohmann/json.hpp>
#include <opencv2/core.hpp>

#include <QtTest>

#include <cstdio>
#include <string>
#include <vector>

namespace {

// Parses `args` against one option checked by `check`; returns CLI11's message ("" = accepted).
template <typename T>
std::string parseError(const std::string& name, const CLI::Validator& check, std::vector<std::string> args,
                       T& value)
{
    CLI::App app{"test"};
    app.add_option(name, value)->check(check);
    std::reverse(args.begin(), args.end()); // CLI11 parses a reversed vector
    try {
        app.parse(args);
    } catch (const CLI::ParseError& e) {
        return e.what();
    }
    return {};
}

std::string readAll(std::FILE* f)
{
    std::fflush(f);
    std::rewind(f);
    std::string out;
    char buf[4096];
    while (const std::size_t n = std::fread(buf, 1, sizeof buf, f))
        out.append(buf, n);
    return out;
}

} // namespace

class TstCliHelpers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void learningRateRefusesNanInfAndNonPositive()
    {
        for (const char* bad : {"nan", "NaN", "inf", "-inf", "0", "-1e-3", "1e999", "abc", "", "20"}) {
            double lr = 0.0;
            const std::string msg =
                parseError("--lr", arm::cli::realIn("--lr", 0.0, 10.0, true), {"--lr", bad}, lr);
            QVERIFY2(!msg.empty(), bad);
            QVERIFY2(msg.find("--lr") != std::string::npos, msg.c_str());
        }
        double lr = 0.0;
        QCOMPARE(QString::fromStdString(
                     parseError("--lr", arm::cli::realIn("--lr", 0.0, 10.0, true), {"--lr", "3e-4"}, lr)),
                 QString());
        QCOMPARE(lr, 3e-4);
    }
    void countsAreBoundedAndLongValuesShortened()
    {
        int threads = 0;
        std::string msg =
            parseError("--threads", arm::cli::countIn("--threads", 0, 256), {"--threads", "4096"}, threads);
        QVERIFY2(msg.find("--threads") != std::string::npos && msg.find("256") != std::string::npos,
                 msg.c_str());
        const std::string huge(300, '9');
        msg = parseError("--threads", arm::cli::countIn("--threads", 0, 256), {"--threads", huge}, threads);
        QVERIFY2(msg.find("--threads") != std::string::npos, msg.c_str());
        QVERIFY2(msg.size() < 160, msg.c_str());
        QVERIFY2(msg.find("300 characters") != std::string::npos, msg.c_str());
        msg = parseError("--threads", arm::cli::countIn("--threads", 0, 256), {"--threads", "1.5"}, threads);
        QVERIFY2(msg.find("whole number") != std::string::npos, msg.c_str());
        QCOMPARE(QString::fromStdString(parseError("--threads", arm::cli::countIn("--threads", 0, 256),
                                                   {"--threads", "16"}, threads)),
                 QString());
        QCOMPARE(threads, 16);
    }
    void formatOptionUsesTheEngineParser()
    {
        for (const char* good : {"auto", "raf-db", "affectnet-folder", "FER2013"}) {
            CLI::App app{"test"};
            arm::cli::DataOptions d;
            arm::cli::addDataOptions(app, d);
            QVERIFY2(parseErrorOf(app, {"--data", "x", "--format", good}).empty(), good);
        }
        CLI::App app{"test"};
        arm::cli::DataOptions d;
        arm::cli::addDataOptions(app, d);
        const std::string msg = parseErrorOf(app, {"--data", "x", "--format", "jpeg"});
        QVERIFY2(msg.find("--format") != std::string::npos && msg.find("rafdb") != std::string::npos,
                 msg.c_str());
    }
    void weightsMustBeARegularFile()
    {
        CLI::App app{"test"};
        std::string w;
        arm::cli::addWeightsOption(app, w, true);
        const std::string dir = parseErrorOf(app, {"--weights", "/"});
        QVERIFY2(dir.find("directory") != std::string::npos, dir.c_str());
        CLI::App app2{"test"};
        arm::cli::addWeightsOption(app2, w, true);
        const std::string dev = parseErrorOf(app2, {"--weights", "/dev/null"});
        QVERIFY2(dev.find("/dev/null is a device") != std::string::npos, dev.c_str());
    }

    void libraryErrorsBecomePlainWordsNamingTheFile()
    {
        const auto message = [](auto thrower) -> std::string {
            try {
                arm::cli::naming("model.ckpt", thrower);
            } catch (const std::exception& e) {
                return e.what();
            }
            return "no exception";
        };
        const std::string json = message([] {
            const nlohmann::json j = nlohmann::json::parse("{\"a\": ");
            return j.size();
        });
        QVERIFY2(json.rfind("model.ckpt: ", 0) == 0 && json.find("json.exception") == std::string::npos,
                 json.c_str());
        const std::string utf8 = message([] { return nlohmann::json(std::string("\xff")).dump(); });
        QVERIFY2(utf8.find("UTF-8") != std::string::npos && utf8.find("316") == std::string::npos,
                 utf8.c_str());
        const std::string key = message([] { return nlohmann::json::object().at("epochs").size(); });
        QVERIFY2(key.find("'epochs'") != std::string::npos && key.find("403") == std::string::npos,
                 key.c_str());
        const std::string torch = message([] { TORCH_INTERNAL_ASSERT(false, "view exceeds storage"); });
        QVERIFY2(torch.rfind("model.ckpt: ", 0) == 0 && torch.find("INTERNAL ASSERT") == std::string::npos &&
                     torch.find("PyTorch") == std::string::npos,
                 torch.c_str());
        const std::string cv = message([] { CV_Assert(1 == 2); });
        QVERIFY2(cv.find("-215") == std::string::npos && cv.find("model.ckpt") == 0, cv.c_str());
        const std::string stl = message([] { return std::vector<int>{}.at(3); });
        QVERIFY2(stl.find("_M_range_check") == std::string::npos, stl.c_str());
        // The engine's own errors already name what is wrong: passed on unchanged.
        const std::string plain =
            message([] { throw std::runtime_error("weights.pth: truncated at byte 12"); });
        QCOMPARE(QString::fromStdString(plain), QStringLiteral("weights.pth: truncated at byte 12"));
    }

    void progressPlainLinesOnePerTenth()
    {
        std::FILE* f = std::tmpfile();
        {
            arm::cli::ProgressPrinter p(false, "decoded", "img", f, false);
            for (int i = 1; i <= 100; ++i)
                p.update(i, 100);
        }
        const std::string out = readAll(f);
        std::fclose(f);
        QCOMPARE(int(std::count(out.begin(), out.end(), '\n')), 11); // the first update, then tenths 1 .. 10
        QVERIFY2(out.find("decoded 100/100") != std::string::npos, out.c_str());
        QVERIFY(out.find('\r') == std::string::npos);
    }
    void progressBarOnATerminalHasRateAndEta()
    {
        std::FILE* f = std::tmpfile();
        {
            arm::cli::ProgressPrinter p(false, "epoch 1/2", "img", f, true);
            p.update(5, 10, "loss 0.5", 12.5, 42.0);
            p.line("a message");
        }
        const std::string out = readAll(f);
        std::fclose(f);
        QVERIFY2(out.find("\repoch 1/2 [############............] 5/10 loss 0.5  12.5 img/s  ETA 0:42") !=
                     std::string::npos,
                 out.c_str());
        QVERIFY2(out.find("\na message\n") != std::string::npos, out.c_str()); // the bar line is ended first
    }
    // Decoding reports thousands of images a second from several threads: the bar is redrawn at most
    // every 0.1 s, always at the end, and a late (smaller) count from another thread is not shown.
    void progressTerminalRedrawsAreThrottled()
    {
        std::FILE* f = std::tmpfile();
        {
            arm::cli::ProgressPrinter p(false, "decoded", "img", f, true);
            for (int i = 1; i <= 5000; ++i)
                p.update(i, 5000);
            p.update(4999, 5000);
        }
        const std::string out = readAll(f);
        std::fclose(f);
        const auto redraws = std::count(out.begin(), out.end(), '\r');
        QVERIFY2(redraws >= 2 && redraws < 100, qPrintable(QString::number(redraws)));
        QVERIFY(out.find("5000/5000") != std::string::npos);
        QVERIFY(out.find("4999/5000") == std::string::npos);
    }
    void progressQuietPrintsNothing()
    {
        std::FILE* f = std::tmpfile();
        {
            arm::cli::ProgressPrinter p(true, "x", "img", f, true);
            p.update(1, 2);
            p.line("nothing");
        }
        QVERIFY(readAll(f).empty());
        std::fclose(f);
        QCOMPARE(QString::fromStdString(arm::cli::ProgressPrinter::clock(3725)), QStringLiteral("1:02:05"));
    }

private:
    static std::string parseErrorOf(CLI::App& app, std::vector<std::string> args)
    {
        std::reverse(args.begin(), args.end());
        try {
            app.parse(args);
        } catch (const CLI::ParseError& e) {
            return e.what();
        }
        return {};
    }
};

QTEST_GUILESS_MAIN(TstCliHelpers)
#include "tst_clihelpers.moc"
