// Reads the .pth files written by Python torch.save (make_fixtures.py) and compares every tensor
// with the summary Python dumped (dtype, shape, float64 sum, exact values at spread indices).
// Then writes bare.pth back with PthWriter for the Python round-trip test (pth_roundtrip_python).
#include "engine/io/PthError.h"
#include "engine/io/PthReader.h"
#include "engine/io/PthWriter.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <QtTest>

#include <fstream>

namespace {

QString fixtureDir() { return qEnvironmentVariable("ARM_FIXTURE_DIR"); }

std::string fixture(const char* name) { return (fixtureDir() + QLatin1Char('/') + QLatin1String(name)).toStdString(); }

const char* layoutTag(arm::PthLayout l)
{
    switch (l) {
    case arm::PthLayout::BareStateDict: return "bare";
    case arm::PthLayout::AuthorsWrapper: return "authors";
    case arm::PthLayout::StateDictWrapper: return "state_dict";
    case arm::PthLayout::ModelWrapper: return "model";
    }
    return "?";
}

std::string dtypeTag(c10::ScalarType t)
{
    switch (t) {
    case c10::kFloat: return "float32";
    case c10::kDouble: return "float64";
    case c10::kHalf: return "float16";
    case c10::kBFloat16: return "bfloat16";
    case c10::kLong: return "int64";
    case c10::kInt: return "int32";
    case c10::kByte: return "uint8";
    case c10::kBool: return "bool";
    default: return c10::toString(t);
    }
}

} // namespace

class TstPthReader : public QObject {
    Q_OBJECT
    nlohmann::json m_summary;

private Q_SLOTS:
    void initTestCase()
    {
        const QString dir = fixtureDir();
        if (dir.isEmpty() || !QFile::exists(dir + QStringLiteral("/tensors.json")))
            QSKIP("no reference fixtures (ARM_FIXTURE_DIR unset or make_fixtures.py skipped: no torch in "
                  "/usr/bin/python3)");
        std::ifstream in(fixture("tensors.json"));
        m_summary = nlohmann::json::parse(in);
        QVERIFY(m_summary.size() >= 8);
    }

    void everyTensorMatchesPython_data()
    {
        QTest::addColumn<QString>("file");
        for (const char* f : {"bare.pth", "wrapped.pth", "module.pth", "resnet18.pth", "bare112.pth",
                              "views.pth", "views_p4.pth", "input.pth"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void everyTensorMatchesPython()
    {
        QFETCH(QString, file);
        const nlohmann::json& want = m_summary.at(file.toStdString());
        const arm::PthContents got = arm::PthReader::read(fixture(file.toLatin1().constData()));
        QCOMPARE(std::string(layoutTag(got.layout)), want.at("layout").get<std::string>());
        QCOMPARE(got.hasModulePrefix, want.at("module_prefix").get<bool>());
        if (want.at("iter").is_null())
            QVERIFY(!got.iter.has_value());
        else
            QCOMPARE(got.iter.value_or(-1), want.at("iter").get<int64_t>());
        const nlohmann::json& tensors = want.at("tensors");
        QCOMPARE(got.tensors.size(), tensors.size());
        for (const auto& [name, spec] : tensors.items()) {
            const auto it = got.tensors.find(name);
            QVERIFY2(it != got.tensors.end(), name.c_str());
            const torch::Tensor& t = it->second;
            QCOMPARE(dtypeTag(t.scalar_type()), spec.at("dtype").get<std::string>());
            QCOMPARE(t.sizes().vec(), spec.at("shape").get<std::vector<int64_t>>());
            const torch::Tensor flat = t.reshape({-1});
            const double sum = flat.numel() ? flat.to(torch::kDouble).sum().item<double>() : 0.0;
            const double wantSum = spec.at("sum").get<double>();
            QVERIFY2(std::abs(sum - wantSum) <= 1e-9 * (1.0 + std::abs(wantSum)),
                     (name + ": sum " + std::to_string(sum) + " vs " + std::to_string(wantSum)).c_str());
            for (const auto& sample : spec.at("samples")) {
                const int64_t index = sample.at(0).get<int64_t>();
                const torch::Tensor v = flat[index];
                const std::string where = name + "[" + std::to_string(index) + "]";
                if (t.scalar_type() == c10::kBool)
                    QVERIFY2(v.item<bool>() == sample.at(1).get<bool>(), where.c_str());
                else if (t.is_floating_point())
                    QVERIFY2(v.item<double>() == sample.at(1).get<double>(), where.c_str());
                else
                    QVERIFY2(v.item<int64_t>() == sample.at(1).get<int64_t>(), where.c_str());
            }
        }
    }

    void wrapperKeepsMetadata()
    {
        const arm::PthContents got = arm::PthReader::read(fixture("wrapped.pth"));
        QCOMPARE(got.layout, arm::PthLayout::AuthorsWrapper);
        QVERIFY(got.metadata.count("iter") == 1);
        QCOMPARE(std::get<int64_t>(got.metadata.at("iter")), int64_t(123));
        // The optimizer state is skipped, not flattened into the weights.
        QVERIFY(got.tensors.count("arm.alpha") == 1);
        QCOMPARE(got.tensors.size(), arm::PthReader::read(fixture("bare.pth")).tensors.size());
    }

    void viewsShareOneStorage()
    {
        const arm::PthContents got = arm::PthReader::read(fixture("views.pth"));
        const torch::Tensor& base = got.tensors.at("base");
        QCOMPARE(got.tensors.at("transposed").data_ptr(), base.data_ptr()); // offset 0, same storage
        QVERIFY(!got.tensors.at("transposed").is_contiguous());
        QVERIFY(torch::equal(got.tensors.at("transposed"), base.view({4, 6}).t()));
        QVERIFY(torch::equal(got.tensors.at("strided"), base.view({4, 6}).slice(0, 1).slice(1, 0, 6, 2)));
    }

    void legacyFormatIsRefusedWithHowTo()
    {
        try {
            arm::PthReader::read(fixture("legacy.pth"));
            QFAIL("legacy file was accepted");
        } catch (const arm::PthError& e) {
            const QString msg = QString::fromStdString(e.what());
            QVERIFY2(msg.contains(QStringLiteral("legacy.pth")) && msg.contains(QStringLiteral("torch.save(")),
                     e.what());
        }
    }

    // Produces the file pth_roundtrip_python loads in Python with strict=True.
    void exportBareForPython()
    {
        const arm::PthContents bare = arm::PthReader::read(fixture("bare.pth"));
        const std::string out = fixture("exported_bare.pth");
        QFile::remove(QString::fromStdString(out));
        arm::writePth(bare.tensors, out);
        const arm::PthContents back = arm::PthReader::read(out);
        QCOMPARE(back.tensors.size(), bare.tensors.size());
        for (const auto& [name, t] : bare.tensors)
            QVERIFY2(torch::equal(back.tensors.at(name), t), name.c_str());
    }
};

QTEST_GUILESS_MAIN(TstPthReader)
#include "tst_pthreader.moc"
