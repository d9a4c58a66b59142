#pragma once

#include "engine/data/DatasetIndex.h"

#include <string>

namespace arm {

// Image folders: ROOT/<class>/<image>, optionally under split folders ROOT/train|test|val|validation/<class>/.
// Class folder names are matched with ExpressionClasses::fromName; names that match no canonical class
// are kept as extra classes after the seven (sorted by name), never dropped. The AffectNet export is
// the same layout with Contempt as the eighth class and also accepts AffectNet's numeric codes 0-7
// as folder names. Files that are not images (by extension) inside class folders are problems;
// hidden files (".DS_Store") are ignored, as are loose files at the top level.
class FolderReader {
public:
    static DatasetIndex read(const std::string& path, bool affectNet = false);
    // True when `path` holds class folders (directly or under split folders) with at least one image.
    static bool detect(const std::string& path);
    // True when the class folders look like an AffectNet export (contempt, or numeric 0-7 names).
    static bool looksLikeAffectNet(const std::string& path);
    static bool isImageFile(const std::string& fileName);
};

} // namespace arm
