#pragma once

// Workspace fixtures for the GUI tests: a generated RAF-DB-layout dataset with a project and
// synthetic per-sample records (no model needed).
#include "../unit/StoreFixtures.h"
#include "app/gui/Workspace.h"
#include "engine/eval/EvaluationMetrics.h"

#include <QTemporaryDir>

#include <memory>
#include <vector>

namespace guifixtures {

// Sample i is predicted as class (i * 3) % 7 with confidence 0.4 + 0.04 * (i % 13); the rest of the
// mass is spread evenly. Samples with i % 5 == 4 get no record (not evaluated).
inline std::vector<arm::EvalRecord> makeRecords(const arm::Workspace& ws)
{
    std::vector<arm::EvalRecord> records;
    for (int i = 0; i < ws.sampleCount(); ++i) {
        if (i % 5 == 4)
            continue;
        arm::EvalRecord r;
        r.sampleIndex = i;
        r.label = ws.labelOf(i);
        const int predicted = (i * 3) % 7;
        const float top = 0.4f + 0.04f * static_cast<float>(i % 13);
        r.probabilities.assign(7, (1.0f - top) / 6.0f);
        r.probabilities[static_cast<std::size_t>(predicted)] = top;
        arm::EvaluationMetrics::completeRecord(r);
        records.push_back(r);
    }
    return records;
}

// Dataset (count samples, labels i % 7, every 4th sample in the test split) + project + records.
inline void populate(arm::Workspace& ws, const QTemporaryDir& dir, int count, bool withProject = true)
{
    auto index = std::make_shared<arm::DatasetIndex>(fixtures::makeRafDb(dir.filePath(QStringLiteral("raf")), count));
    ws.setDataset(index);
    if (withProject)
        ws.setProject(arm::ProjectStore::create(dir.filePath(QStringLiteral("p.armproj")), *index));
    ws.setRecords(makeRecords(ws));
}

} // namespace guifixtures
