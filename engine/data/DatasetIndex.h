#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace arm {

enum class Split { Train, Test, Validation };
enum class DatasetFormat { Auto, RafDb, Fer2013, AffectNetCsv, AffectNetFolder, Folder };

std::string toString(Split split);
std::string toString(DatasetFormat format);
// Parses "auto", "rafdb", "fer2013", "affectnet", "folder"; throws std::invalid_argument otherwise.
DatasetFormat datasetFormatFromString(const std::string& name);

// Something wrong with one entry of a dataset: where = "file:line" or a file path, reason = what.
struct Problem {
    std::string where;
    std::string reason;
};

// One labelled image. The index never holds pixels: images are decoded on demand from `path`, or for
// formats that embed pixels (FER2013) from `offset` into `path`.
struct Sample {
    std::string name;          // unique within the dataset; what edits and reports refer to
    std::string path;          // absolute file to decode (the image, or the CSV for FER2013)
    std::uint64_t offset = 0;  // byte offset of the CSV line holding the pixels (FER2013 only)
    int label = -1;            // index into DatasetIndex::classNames
    Split split = Split::Train;
    int sourceLine = 0;        // 1-based line of the label file that defined the sample, 0 if none
    // Face box in image pixels (AffectNet CSV); boxW/boxH == 0 means "use the whole image".
    // DatasetOpener::loadImage crops to it (clamped to the image).
    int boxX = 0, boxY = 0, boxW = 0, boxH = 0;
};

// The opened dataset: the good samples, and every problem found on the way.
struct DatasetIndex {
    std::string root;                     // the path the user opened
    DatasetFormat format = DatasetFormat::Auto;
    std::string labelFile;                // list/CSV file the labels came from (empty for folders)
    std::vector<std::string> classNames;  // canonical 7 first, extra classes after
    std::vector<Sample> samples;
    // Images listed without a label yet (RAF-DB label 0, as `arm-cli faces` writes them); label -1.
    // Kept apart from `samples` so that nothing trains, evaluates or counts classes over them.
    std::vector<Sample> unlabelled;
    std::vector<Problem> problems;
    // Rows deliberately not used and not problems (AffectNet expression 8-10: None, Uncertain, Non-Face).
    int skipped = 0;

    int numClasses() const { return static_cast<int>(classNames.size()); }
    std::vector<int> indicesOf(Split split) const;
    std::map<std::string, int> splitCounts() const;
    std::vector<int> classCounts(Split split) const;
    std::vector<int> classCounts() const; // all splits together
    // The labels of the given samples, in order (what the samplers take).
    std::vector<int> labelsOf(const std::vector<int>& sampleIndices) const;
};

} // namespace arm
