#include "app/cli/PredictFaces.h"

#include "app/cli/CancelGuard.h"
#include "app/cli/CliErrors.h"
#include "app/cli/JsonOutput.h"

#include "engine/core/AtomicFile.h"
#include "engine/eval/Predictor.h"
#include "engine/faces/SourceStems.h"
#include "engine/faces/FaceJson.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>

namespace fs = std::filesystem;

namespace arm::cli {

namespace {

void drawFaces(cv::Mat& image, const ScannedFrame& frame, const std::vector<Prediction>& predictions,
               const std::vector<std::string>& names)
{
    const double unit = std::max(1.0, std::max(image.cols, image.rows) / 640.0); // line width and text size scale
    for (std::size_t k = 0; k < frame.faces.size(); ++k) {
        const ScannedFace& f = frame.faces[k];
        const Prediction& p = predictions[k];
        const cv::Scalar colour(40, 200, 255);
        cv::rectangle(image, f.detection.box, colour, static_cast<int>(std::lround(2 * unit)), cv::LINE_AA);
        // Dots sized to the face, not the photo: on a small face large dots would hide it.
        const int dot = std::clamp(static_cast<int>(std::lround(f.detection.box.width / 70.0)), 1, 4);
        for (const cv::Point2f& q : f.detection.landmarks)
            cv::circle(image, q, dot, cv::Scalar(60, 255, 60), cv::FILLED, cv::LINE_AA);
        if (!p.ok())
            continue;
        char text[96];
        std::snprintf(text, sizeof text, "%s %.0f%%", names.at(static_cast<std::size_t>(p.label)).c_str(),
                      100.0 * p.probabilities.at(static_cast<std::size_t>(p.label)));
        const cv::Point at(f.detection.box.x, std::max(static_cast<int>(14 * unit), f.detection.box.y - static_cast<int>(6 * unit)));
        cv::putText(image, text, at, cv::FONT_HERSHEY_SIMPLEX, 0.6 * unit, cv::Scalar(0, 0, 0),
                    static_cast<int>(std::lround(4 * unit)), cv::LINE_AA);
        cv::putText(image, text, at, cv::FONT_HERSHEY_SIMPLEX, 0.6 * unit, colour, static_cast<int>(std::lround(1.5 * unit)),
                    cv::LINE_AA);
    }
}

} // namespace

int runPredictFaces(Predictor& predictor, const PredictFacesOptions& o, const nlohmann::json& model, const CliContext& ctx)
{
    const std::vector<std::string> names = predictor.classNames();
    if (!o.out.empty()) {
        // Drawn photos are named after their sources (<stem>_faces.jpg): in a folder that holds inputs
        // they could replace a user's photo of that name. Originals are never modified.
        std::error_code ec;
        for (const std::string& input : o.faces.inputs) {
            const fs::path folder = fs::is_directory(input, ec) ? fs::path(input) : fs::path(input).parent_path();
            if (fs::exists(o.out, ec) && fs::equivalent(o.out, folder.empty() ? fs::path(".") : folder, ec))
                throw std::invalid_argument("--out " + o.out + " holds inputs (" + input +
                                            "); choose a folder of its own for the drawn photos and timelines");
        }
    }
    if (!o.out.empty()) {
        std::error_code ec;
        fs::create_directories(o.out, ec);
        if (ec || !fs::is_directory(o.out))
            throw std::runtime_error(o.out + ": cannot create the output folder" + (ec ? ": " + ec.message() : ""));
    }
    SourceStems outNames;
    std::map<std::string, std::string> timelines; // file -> CSV text, written when the scan ends
    nlohmann::json faces = nlohmann::json::array();
    int failed = 0;

    const FaceScanResult result = runFaceScan(o.faces, ctx, "predict", [&](ScannedFrame& frame) {
        std::vector<cv::Mat> crops;
        std::vector<std::string> cropNames;
        for (const ScannedFace& f : frame.faces) {
            crops.push_back(f.aligned.image);
            cropNames.push_back(frame.source + (frame.video ? " frame " + std::to_string(frame.frame) : std::string()) +
                                " face " + std::to_string(f.indexInFrame));
        }
        const std::vector<Prediction> predictions =
            crops.empty() ? std::vector<Prediction>{} : predictor.predictImages(crops, cropNames);
        for (std::size_t k = 0; k < frame.faces.size(); ++k) {
            const Prediction& p = predictions[k];
            if (!p.ok()) {
                ++failed;
                std::fprintf(stderr, "arm-cli predict: error: %s\n", jsonText(p.error).c_str());
                continue;
            }
            const std::string labelName = names.at(static_cast<std::size_t>(p.label));
            nlohmann::json j = FaceJson::describe(frame, frame.faces[k]);
            j["probabilities"] = p.probabilities;
            j["label"] = p.label;
            j["label_name"] = jsonText(labelName);
            if (o.json)
                faces.push_back(std::move(j));
            else
                std::printf("%s\t%s\t%d,%d,%d,%d\t%s\t%.4f\n", frame.source.c_str(),
                            frame.video ? std::to_string(frame.frame).c_str() : "-", frame.faces[k].detection.box.x,
                            frame.faces[k].detection.box.y, frame.faces[k].detection.box.width,
                            frame.faces[k].detection.box.height, labelName.c_str(),
                            p.probabilities.at(static_cast<std::size_t>(p.label)));
            if (frame.video && !o.out.empty()) {
                const std::string file = (fs::path(o.out) / (outNames.stemOf(frame.source) + "_track" +
                                                              std::to_string(frame.faces[k].track) + ".csv")).string();
                std::string& csv = timelines[file];
                if (csv.empty()) {
                    csv = "frame,time,x,y,w,h";
                    for (const std::string& n : names)
                        csv += "," + n;
                    csv += ",label\n";
                }
                const cv::Rect& b = frame.faces[k].detection.box;
                char row[128];
                std::snprintf(row, sizeof row, "%d,%.3f,%d,%d,%d,%d", frame.frame, frame.seconds, b.x, b.y, b.width, b.height);
                csv += row;
                for (float q : p.probabilities) {
                    std::snprintf(row, sizeof row, ",%.5f", q);
                    csv += row;
                }
                csv += "," + labelName + "\n";
            }
        }
        if (!frame.video && !o.out.empty()) {
            cv::Mat drawn = frame.image.clone();
            drawFaces(drawn, frame, predictions, names);
            const std::string file = (fs::path(o.out) / (outNames.stemOf(frame.source) + "_faces.jpg")).string();
            std::vector<unsigned char> jpeg;
            if (!cv::imencode(".jpg", drawn, jpeg, {cv::IMWRITE_JPEG_QUALITY, 92}))
                throw std::runtime_error(file + ": cannot encode the drawn photo");
            AtomicFile::write(file, std::string_view(reinterpret_cast<const char*>(jpeg.data()), jpeg.size()));
        }
    });
    for (const auto& [file, csv] : timelines)
        AtomicFile::write(file, csv);
    if (o.json)
        printJson({{"faces", faces},
                   {"problems", FaceJson::problems(result.problems)},
                   {"class_names", jsonTexts(names)},
                   {"model", model},
                   {"cancelled", result.cancelled}});
    if (result.cancelled)
        return CancelGuard::kExitCode;
    return failed == 0 && result.faces > 0 ? 0 : 1;
}

} // namespace arm::cli
