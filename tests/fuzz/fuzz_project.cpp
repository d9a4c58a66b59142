// libFuzzer target: a project file (*.armproj, SQLite) opened through ProjectStore::open, the path the
// GUI and every `arm-cli project` command take, then read the way they read it. Beyond "no crash": every
// failure is a ProjectError naming the file, and an opened project holds only labels inside its class
// list or -1, "no label yet" (labels are validated on open, so nothing downstream indexes with a hostile
// one); no edit sets -1.
#include "app/store/ProjectStore.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QCoreApplication>
#include <QLoggingCategory>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    // The SQL driver plugin is found through the application object; it lives for the whole process.
    static QCoreApplication app(*argc, *argv);
    QLoggingCategory::setFilterRules(QStringLiteral("*.warning=false"));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    fuzz::setInput(data, size);
    const std::string path = (fuzz::freshScratch() / "project.armproj").string();
    fuzz::writeFile(path, data, size);
    try {
        const std::unique_ptr<arm::ProjectStore> store = arm::ProjectStore::open(QString::fromStdString(path));
        const int classes = static_cast<int>(store->classNames().size());
        (void)store->datasetAvailable();
        for (const arm::SampleRecord& s : store->samples()) {
            if (s.currentLabel < -1 || s.currentLabel >= classes || s.originalLabel < -1 || s.originalLabel >= classes)
                fuzz::finding("opened project holds a label outside its classes", s.name.toStdString());
            (void)store->absolutePath(s);
        }
        for (const arm::LabelEdit& e : store->history())
            if (e.newLabel < 0 || e.newLabel >= classes)
                fuzz::finding("opened project holds an edit outside its classes", e.sample.toStdString());
        (void)store->currentLabels();
        (void)store->runs();
        (void)store->integrityCheck();
    } catch (const arm::ProjectError& e) {
        fuzz::checkMessage(e.what(), path);
    }
    return 0;
}
