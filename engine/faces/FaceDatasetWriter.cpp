#include "engine/faces/FaceDatasetWriter.h"

#include "engine/core/AtomicFile.h"
#include "engine/faces/FaceJson.h"

#include <opencv2/imgcodecs.hpp>

#include <filesystem>
#include <system_error>

namespace fs = std::filesystem;

namespace arm {

FaceDatasetWriter::FaceDatasetWriter(const std::string& outDir, const FaceTemplate& alignment,
                                     const std::string& sampling, int jpegQuality)
    : m_outDir(outDir)
    , m_alignment(alignment)
    , m_sampling(sampling)
    , m_quality(jpegQuality)
{
    const fs::path root(outDir);
    for (const char* existing : {"EmoLabel/list_patition_label.txt", kFacesJson}) {
        std::error_code ec;
        if (fs::exists(root / existing, ec))
            throw std::runtime_error(outDir + ": already holds a dataset (" + existing +
                                     "); choose an empty folder for --out");
    }
    for (const fs::path& dir : {root / "Image" / "aligned", root / "EmoLabel"}) {
        std::error_code ec;
        fs::create_directories(dir, ec);
        if (ec || !fs::is_directory(dir))
            throw std::runtime_error(dir.string() + ": cannot create the folder" + (ec ? ": " + ec.message() : ""));
    }
    m_imageDir = (root / "Image" / "aligned").string();
}

void FaceDatasetWriter::add(const ScannedFrame& frame)
{
    if (frame.faces.empty())
        return;
    const std::string stem = m_stems.stemOf(frame.source);
    const std::vector<int> params{cv::IMWRITE_JPEG_QUALITY, m_quality};
    for (const ScannedFace& face : frame.faces) {
        // "train_" because RAF-DB names carry the split; faces are all unlabelled training candidates.
        std::string name = "train_" + stem;
        if (frame.video)
            name += "_f" + std::to_string(frame.frame);
        name += "_" + std::to_string(face.indexInFrame);
        const std::string file = (fs::path(m_imageDir) / (name + "_aligned.jpg")).string();
        std::vector<unsigned char> jpeg;
        if (!cv::imencode(".jpg", face.aligned.image, jpeg, params))
            throw std::runtime_error(file + ": cannot encode the aligned face as JPEG");
        AtomicFile out(file, /*durable=*/false); // one syncFileSystem() barrier in finish()
        out.append(jpeg.data(), jpeg.size());
        out.commit();
        nlohmann::json j = FaceJson::describe(frame, face);
        j["name"] = name + ".jpg";
        j["aligned"] = "Image/aligned/" + name + "_aligned.jpg";
        j["label"] = nullptr;
        m_faces.push_back(std::move(j));
        m_labels += name + ".jpg " + std::to_string(kUnlabelled) + "\n";
        ++m_written;
    }
}

void FaceDatasetWriter::finish(const FaceScanResult& result)
{
    AtomicFile::syncFileSystem(m_imageDir);
    nlohmann::json points = nlohmann::json::array();
    for (const cv::Point2f& p : m_alignment.points)
        points.push_back({p.x, p.y});
    const nlohmann::json doc{{"format", "arm-inspector faces 1"},
                             {"template", {{"size", m_alignment.size}, {"points5", points}}},
                             {"sampling", m_sampling},
                             {"unlabelled_marker", kUnlabelled},
                             {"faces", m_faces},
                             {"problems", FaceJson::problems(result.problems)},
                             {"cancelled", result.cancelled}};
    AtomicFile::write((fs::path(m_outDir) / kFacesJson).string(), doc.dump(1) + "\n");
    AtomicFile::write((fs::path(m_outDir) / "EmoLabel" / "list_patition_label.txt").string(), m_labels);
}

} // namespace arm
