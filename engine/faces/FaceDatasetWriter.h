#pragma once

#include "engine/faces/FaceScanner.h"
#include "engine/faces/SourceStems.h"

#include <nlohmann/json.hpp>

#include <string>

namespace arm {

// Writes scanned faces as a RAF-DB dataset that ARM Inspector opens like any other:
//   DIR/Image/aligned/train_<source>_<k>_aligned.jpg          (videos: train_<source>_f<frame>_<k>)
//   DIR/EmoLabel/list_patition_label.txt  "train_<...>.jpg 0"  (0 = not labelled yet, see RafDbReader)
//   DIR/faces.json                         where every face came from (FaceJson) and the problems
// Every file is written atomically; the label list and faces.json last, so a dataset that opens is
// complete. Refuses a folder that already holds a dataset (never mixes two runs, never overwrites).
class FaceDatasetWriter {
public:
    static constexpr const char* kFacesJson = "faces.json";
    static constexpr int kUnlabelled = 0; // the label written for every face: "no label yet"

    // Creates the folders; throws std::runtime_error naming the folder when it cannot, or when it
    // already holds a label list or faces.json.
    FaceDatasetWriter(const std::string& outDir, const FaceTemplate& alignment, const std::string& sampling,
                      int jpegQuality = 95);

    // Writes the aligned faces of one photo or frame; throws std::runtime_error naming the file on I/O errors.
    void add(const ScannedFrame& frame);
    // Writes the label list and faces.json (with the scan's problems) and makes everything durable.
    void finish(const FaceScanResult& result);

    int written() const { return m_written; }
    const std::string& outDir() const { return m_outDir; }

private:
    std::string m_outDir;
    std::string m_imageDir;
    FaceTemplate m_alignment;
    std::string m_sampling;
    int m_quality;
    int m_written = 0;
    std::string m_labels;
    nlohmann::json m_faces = nlohmann::json::array();
    SourceStems m_stems;
};

} // namespace arm
