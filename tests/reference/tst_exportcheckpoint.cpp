// Turns the reference fixture bare.pth into OUR checkpoint format (what training writes), for the
// cli_export_python test: `arm-cli export` of that .ckpt must give back a .pth that the Python
// reference loads strictly and that reproduces the reference logits.
#include "engine/model/Checkpoint.h"
#include "engine/model/ModelExport.h"
#include "engine/model/ModelHandle.h"
#include "engine/model/FerNet.h"
#include "engine/io/PthReader.h"
#include "engine/model/StateDictLoader.h"

#include <torch/torch.h>

#include <QtTest>

#include <set>

namespace {

QString fixtureDir() { return qEnvironmentVariable("ARM_FIXTURE_DIR"); }

std::string fixture(const char* name) { return (fixtureDir() + QLatin1Char('/') + QLatin1String(name)).toStdString(); }

} // namespace

class TstExportCheckpoint : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void convertBareToCheckpoint()
    {
        if (fixtureDir().isEmpty() || !QFile::exists(QString::fromStdString(fixture("bare.pth"))))
            QSKIP("no reference fixtures (ARM_FIXTURE_DIR unset or make_fixtures.py skipped)");
        const auto handle = arm::ModelHandle::open(fixture("bare.pth"));
        const std::string out = fixture("bare_as_ckpt.ckpt");
        arm::Checkpoint::save(out, handle->network(), 3, {{"source", "bare.pth"}});
        const arm::CheckpointData back = arm::Checkpoint::load(out);

        // The export order covers exactly the authors' keys, each once, and the values are the file's.
        const auto ordered = arm::ModelExport::authorsStateDict(back.model);
        const arm::PthContents bare = arm::PthReader::read(fixture("bare.pth"));
        QCOMPARE(ordered.size(), bare.tensors.size());
        std::set<std::string> seen;
        for (const auto& [name, t] : ordered) {
            QVERIFY2(seen.insert(name).second, name.c_str());
            QVERIFY2(bare.tensors.count(name), name.c_str());
            QVERIFY2(torch::equal(bare.tensors.at(name).to(t.dtype()), t), name.c_str());
        }
        // Python's state_dict order: the first keys are conv1's weight and bn1's parameters.
        QCOMPARE(ordered.front().first, std::string("features.0.weight"));
        QCOMPARE(ordered.at(1).first, std::string("features.1.weight"));
    }
};

QTEST_GUILESS_MAIN(TstExportCheckpoint)
#include "tst_exportcheckpoint.moc"
