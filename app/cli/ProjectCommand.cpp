// `arm-cli project ...`: a thin layer of option parsing over ProjectStore, LabelExporter and
// app/store/ProjectActions.h, which hold all the logic (and are what the GUI uses too).
#include "app/cli/CliErrors.h"
#include "app/cli/Commands.h"
#include "app/cli/NumberChecks.h"
#include "app/cli/OptionGroups.h"
#include "app/store/LabelExporter.h"
#include "app/store/ProjectActions.h"
#include "app/store/ProjectStore.h"
#include "engine/data/DatasetOpener.h"

#include <CLI/CLI.hpp>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <iostream>
#include <memory>
#include <stdexcept>

namespace arm::cli {
namespace {

// QSqlDatabase loads its SQLite driver as a plugin, which needs a QCoreApplication instance.
std::unique_ptr<QCoreApplication> ensureCoreApplication()
{
    if (QCoreApplication::instance())
        return nullptr;
    static int argc = 1;
    static char name[] = "arm-cli";
    static char* argv[] = {name, nullptr};
    return std::make_unique<QCoreApplication>(argc, argv);
}

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

void printDocument(const QJsonDocument& doc)
{
    std::cout << doc.toJson(QJsonDocument::Indented).toStdString();
}

std::unique_ptr<ProjectStore> openWritable(const std::string& file, int waitSeconds = 0)
{
    auto store = ProjectStore::open(q(file), waitSeconds * 1000);
    if (store->isReadOnly())
        throw std::runtime_error(file + ": " + store->readOnlyReason().toStdString() +
                                 (waitSeconds > 0 ? " (waited " + std::to_string(waitSeconds) + " s; see --wait)"
                                                  : " (retry later, or give --wait SECONDS)"));
    return store;
}

} // namespace

void registerProjectCommand(CLI::App& root, CliContext& ctx, Runner& run)
{
    CLI::App* project = root.add_subcommand("project", "script the relabelling store (*.armproj) the GUI uses");
    project->require_subcommand(1);

    // project create
    struct CreateOptions {
        DataOptions dataset;
        std::string out;
    };
    auto create = std::make_shared<CreateOptions>();
    CLI::App* createCmd = project->add_subcommand("create", "create a project for a dataset (never overwrites)");
    addDataOptions(*createCmd, create->dataset, "dataset path");
    createCmd->add_option("--out", create->out, "new project file (*.armproj)")->required();
    createCmd->callback([create, &ctx, &run] {
        run = [create, &ctx] {
            const auto app = ensureCoreApplication();
            const std::string& data = create->dataset.data;
            const DatasetIndex index = naming(data, [&] {
                return DatasetOpener::open(data, datasetFormatFromString(create->dataset.format));
            });
            auto store = ProjectStore::create(q(create->out), index);
            if (!ctx.quiet)
                std::cerr << "created " << create->out << ": " << store->sampleCount() << " samples ("
                          << index.unlabelled.size() << " not labelled yet), format "
                          << store->datasetFormat().toStdString() << ", " << index.problems.size()
                          << " problem(s) in the dataset\n";
            return 0;
        };
    });

    // project relabel
    struct RelabelOptions {
        std::string file, sample, label, csv, source = "human", note;
        int wait = 0;
    };
    auto relabel = std::make_shared<RelabelOptions>();
    CLI::App* relabelCmd = project->add_subcommand(
        "relabel", "change labels; exits 0 only after the edits are committed (durable)");
    relabelCmd->add_option("file", relabel->file, "project file")->required();
    CLI::Option* sample = relabelCmd->add_option("--sample", relabel->sample, "sample name");
    CLI::Option* label = relabelCmd->add_option("--label", relabel->label, "RAF-DB number 1-7 or class name");
    CLI::Option* csv = relabelCmd->add_option(
        "--from-csv", relabel->csv, "CSV of sample,label (header optional); all lines are validated first, "
                                    "then applied in one transaction");
    relabelCmd->add_option("--source", relabel->source, "human|suggestion|rule")->capture_default_str();
    relabelCmd->add_option("--note", relabel->note, "note stored with each edit");
    relabelCmd
        ->add_option("--wait", relabel->wait,
                     "when another instance (the GUI) has the project open for writing, wait up to S seconds "
                     "for it to close it (default 0: fail at once)")
        ->type_name("S")
        ->check(countIn("--wait", 0, 86400));
    sample->needs(label);
    label->needs(sample);
    csv->excludes(sample)->excludes(label);
    relabelCmd->callback([relabel, csv, sample, &ctx, &run] {
        if (csv->count() == 0 && sample->count() == 0)
            throw CLI::ValidationError("project relabel", "give --sample NAME --label L, or --from-csv CSV");
        run = [relabel, &ctx] {
            const auto app = ensureCoreApplication();
            auto store = openWritable(relabel->file, relabel->wait);
            const EditSource source = editSourceFromString(q(relabel->source));
            std::size_t count = 0;
            if (!relabel->csv.empty()) {
                count = project::relabelFromCsv(*store, q(relabel->csv), source, q(relabel->note)).size();
            } else {
                if (!store->hasSample(q(relabel->sample)))
                    throw std::runtime_error(relabel->file + ": no sample named '" + relabel->sample + "'");
                store->applyEdit(q(relabel->sample), project::parseLabel(store->classNames(), q(relabel->label)),
                                 source, q(relabel->note));
                count = 1;
            }
            if (!ctx.quiet)
                std::cerr << "committed " << count << " edit(s) to " << relabel->file << "\n";
            return 0;
        };
    });

    // project history
    struct HistoryOptions {
        std::string file;
        bool json = false;
    };
    auto history = std::make_shared<HistoryOptions>();
    CLI::App* historyCmd = project->add_subcommand("history", "list every label edit, oldest first");
    historyCmd->add_option("file", history->file, "project file")->required();
    historyCmd->add_flag("--json", history->json, "one JSON list of {sample, old, new, source, time, ...}");
    historyCmd->callback([history, &run] {
        run = [history] {
            const auto app = ensureCoreApplication();
            auto store = ProjectStore::open(q(history->file)); // read-only is fine for reading
            if (history->json)
                printDocument(QJsonDocument(project::historyJson(*store, true)));
            else
                std::cout << project::historyText(*store).toStdString();
            return 0;
        };
    });

    // project export
    struct ExportCliOptions {
        std::string file, out;
        bool keepUnlabelled = false;
    };
    auto exportOpts = std::make_shared<ExportCliOptions>();
    CLI::App* exportCmd = project->add_subcommand(
        "export", "write the corrected labels in the dataset's format + changes.csv/json into a new directory");
    exportCmd->add_option("file", exportOpts->file, "project file")->required();
    exportCmd->add_option("--out", exportOpts->out, "output directory (never the original files)")->required();
    exportCmd->add_flag("--keep-unlabelled", exportOpts->keepUnlabelled,
                        "keep the samples that still have no label, with RAF-DB label 0 (\"not labelled yet\"); "
                        "by default they are left out, so the list holds labels 1-7 only");
    exportCmd->callback([exportOpts, &ctx, &run] {
        run = [exportOpts, &ctx] {
            const auto app = ensureCoreApplication();
            auto store = ProjectStore::open(q(exportOpts->file));
            ExportOptions options;
            options.unlabelled = exportOpts->keepUnlabelled ? UnlabelledExport::KeepMarked : UnlabelledExport::Omit;
            const ExportReport report = LabelExporter(*store, options).exportTo(q(exportOpts->out));
            if (!ctx.quiet) {
                // "exported S samples (N changed)": scripts (tests/campaign) read this line; S counts labelled ones.
                std::cerr << "exported " << report.labelled << " samples (" << report.changed
                          << " changed) to " << report.outDir.toStdString() << "\n";
                if (report.unlabelled > 0)
                    std::cerr << report.unlabelled << " sample(s) not labelled yet "
                              << (report.unlabelledKept ? "kept with label 0" : "left out (--keep-unlabelled keeps them)")
                              << "\n";
            }
            return 0;
        };
    });
}

} // namespace arm::cli
