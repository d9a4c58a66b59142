#include "engine/data/DatasetIndex.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace arm {

std::string toString(Split split)
{
    switch (split) {
    case Split::Train: return "train";
    case Split::Test: return "test";
    case Split::Validation: return "validation";
    }
    return "train";
}

std::string toString(DatasetFormat format)
{
    switch (format) {
    case DatasetFormat::Auto: return "auto";
    case DatasetFormat::RafDb: return "rafdb";
    case DatasetFormat::Fer2013: return "fer2013";
    case DatasetFormat::AffectNetCsv: return "affectnet";
    case DatasetFormat::AffectNetFolder: return "affectnet-folder";
    case DatasetFormat::Folder: return "folder";
    }
    return "auto";
}

DatasetFormat datasetFormatFromString(const std::string& name)
{
    std::string n;
    for (char c : name)
        n += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (n == "auto")
        return DatasetFormat::Auto;
    if (n == "rafdb" || n == "raf-db" || n == "raf")
        return DatasetFormat::RafDb;
    if (n == "fer2013" || n == "fer" || n == "ferplus")
        return DatasetFormat::Fer2013;
    // "affectnet" means "AffectNet, whichever layout": DatasetOpener falls back to the folder export
    // when the path holds no AffectNet CSV.
    if (n == "affectnet" || n == "affectnet-csv")
        return DatasetFormat::AffectNetCsv;
    if (n == "affectnet-folder")
        return DatasetFormat::AffectNetFolder;
    if (n == "folder" || n == "imagefolder")
        return DatasetFormat::Folder;
    throw std::invalid_argument("unknown dataset format '" + name +
                                "' (expected auto, rafdb, fer2013, affectnet or folder)");
}

std::vector<int> DatasetIndex::indicesOf(Split split) const
{
    std::vector<int> out;
    for (std::size_t i = 0; i < samples.size(); ++i)
        if (samples[i].split == split)
            out.push_back(static_cast<int>(i));
    return out;
}

std::map<std::string, int> DatasetIndex::splitCounts() const
{
    std::map<std::string, int> counts;
    for (const Sample& s : samples)
        ++counts[toString(s.split)];
    return counts;
}

std::vector<int> DatasetIndex::classCounts(Split split) const
{
    std::vector<int> counts(classNames.size(), 0);
    for (const Sample& s : samples)
        if (s.split == split && s.label >= 0 && s.label < numClasses())
            ++counts[static_cast<std::size_t>(s.label)];
    return counts;
}

std::vector<int> DatasetIndex::classCounts() const
{
    std::vector<int> counts(classNames.size(), 0);
    for (const Sample& s : samples)
        if (s.label >= 0 && s.label < numClasses())
            ++counts[static_cast<std::size_t>(s.label)];
    return counts;
}

std::vector<int> DatasetIndex::labelsOf(const std::vector<int>& sampleIndices) const
{
    std::vector<int> labels;
    labels.reserve(sampleIndices.size());
    for (int i : sampleIndices)
        labels.push_back(samples.at(static_cast<std::size_t>(i)).label);
    return labels;
}

} // namespace arm
