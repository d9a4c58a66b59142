#pragma once

#include "engine/data/DatasetIndex.h"

#include <string>
#include <vector>

namespace arm {

// AffectNet's own CSVs (training.csv / validation.csv): `subDirectory_filePath`, face box columns
// (face_x, face_y, face_width, face_height, stored on the sample so loadImage crops the face),
// `expression` 0-10. Codes 0-7 are mapped onto the canonical order with Contempt as the eighth class;
// 8-10 (None, Uncertain, Non-Face) are not expression classes: skipped and counted in
// DatasetIndex::skipped, not problems. Images are looked for relative to the CSV's folder, in a
// Manually_Annotated_Images/ folder next to it, or one level up (decided once from the first rows).
// Split from a `split`/`Usage` column when present, else from the file name (train / val / test).
class AffectNetReader {
public:
    // `path` is one AffectNet CSV or a folder holding them (all AffectNet CSVs inside are read).
    static DatasetIndex read(const std::string& path);
    // The AffectNet CSVs at `path` (header contains subDirectory_filePath and expression).
    static std::vector<std::string> findCsvs(const std::string& path);
};

} // namespace arm
