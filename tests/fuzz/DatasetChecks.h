#pragma once
// What every dataset reader promises about the index it returns, whatever the input: labels index the
// class list, sample names are unique (edits and reports refer to them), and no problem or error text
// carries raw library output. A broken promise aborts, so libFuzzer keeps the input.

#include "engine/data/DatasetIndex.h"
#include "tests/fuzz/FuzzSupport.h"

#include <set>
#include <string>

namespace fuzz {

inline void checkIndex(const arm::DatasetIndex& index)
{
    std::set<std::string> names;
    for (const arm::Sample& s : index.samples) {
        if (s.label < 0 || s.label >= index.numClasses())
            finding("sample label outside the class list", s.name + " label " + std::to_string(s.label));
        if (!names.insert(s.name).second)
            finding("two samples share a name", s.name);
        if (s.boxW < 0 || s.boxH < 0)
            finding("negative face box", s.name);
    }
    for (const arm::Problem& p : index.problems)
        if (const char* raw = rawLibraryText(p.reason))
            finding((std::string("raw library text '") + raw + "' in a dataset problem").c_str(),
                    p.where + ": " + p.reason);
}

} // namespace fuzz
