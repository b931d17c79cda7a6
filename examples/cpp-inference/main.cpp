// A model exported from Netsmith, used from C++ with nothing but LibTorch and OpenCV: loads
// the TorchScript file, reads an image, prepares it the way the metadata's recipe says (the
// recipe Netsmith's draw pad uses), and prints the most probable class.
//
//   netsmith-cpp-inference model.pt image.png
//
// Build it on its own with the CMakeLists.txt next to this file; Netsmith's build compiles
// and runs it too (tests/cli/tst_cli_export.cpp).
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <torch/script.h>

#include <algorithm>
#include <iostream>
#include <regex>
#include <string>
#include <vector>

namespace {

/// The strings of "key": ["a", "b", ...] in the metadata (a JSON library would do as well).
std::vector<std::string> stringList(const std::string& json, const std::string& key)
{
    std::vector<std::string> out;
    std::smatch m;
    if (!std::regex_search(json, m, std::regex("\"" + key + "\"\\s*:\\s*\\[([^\\]]*)\\]")))
        return out;
    const std::string list = m[1];
    const std::regex item("\"((?:[^\"\\\\]|\\\\.)*)\"");
    for (auto it = std::sregex_iterator(list.begin(), list.end(), item);
         it != std::sregex_iterator(); ++it)
        out.push_back((*it)[1]);
    return out;
}

double number(const std::string& json, const std::string& key, double fallback)
{
    std::smatch m;
    if (std::regex_search(json, m, std::regex("\"" + key + "\"\\s*:\\s*([-0-9.eE]+)")))
        return std::stod(m[1]);
    return fallback;
}

/// The recipe "netsmith-ink": ink is what differs from the paper (the border's median grey),
/// cropped to ink >= threshold, fitted into fit_fraction of the input keeping the aspect
/// ratio, centre of mass at the centre, bright ink on black, divided by 255.
torch::Tensor prepare(const cv::Mat& image, int64_t height, int64_t width, double fit,
                      int threshold)
{
    // Grey, 8 bits, transparent pixels as white paper (a canvas PNG is ink on transparency).
    cv::Mat grey, eight = image;
    if (image.depth() != CV_8U)
        image.convertTo(eight, CV_8U, image.depth() == CV_16U ? 1.0 / 257.0 : 1.0);
    if (eight.channels() == 4 || eight.channels() == 2) { // colour or grey, with alpha last
        std::vector<cv::Mat> planes;
        cv::split(eight, planes);
        cv::Mat colour = planes[0];
        if (eight.channels() == 4)
            cv::cvtColor(eight, colour, cv::COLOR_BGRA2GRAY);
        cv::Mat alpha, white(eight.size(), CV_32F, cv::Scalar(255.0)), g;
        planes.back().convertTo(alpha, CV_32F, 1.0 / 255.0);
        colour.convertTo(g, CV_32F);
        cv::Mat mixed = g.mul(alpha) + white.mul(1.0 - alpha);
        mixed.convertTo(grey, CV_8U);
    } else if (eight.channels() == 3) {
        cv::cvtColor(eight, grey, cv::COLOR_BGR2GRAY);
    } else {
        grey = eight;
    }
    std::vector<uchar> border;
    for (int x = 0; x < grey.cols; ++x)
        border.insert(border.end(), {grey.at<uchar>(0, x), grey.at<uchar>(grey.rows - 1, x)});
    for (int y = 0; y < grey.rows; ++y)
        border.insert(border.end(), {grey.at<uchar>(y, 0), grey.at<uchar>(y, grey.cols - 1)});
    std::nth_element(border.begin(), border.begin() + long(border.size() / 2), border.end());
    const int paper = border[border.size() / 2];
    cv::Mat ink;
    if (paper < 128)
        grey.convertTo(ink, CV_8U, 255.0 / std::max(1, 255 - paper),
                       -paper * 255.0 / std::max(1, 255 - paper));
    else
        grey.convertTo(ink, CV_8U, -255.0 / std::max(1, paper), 255.0);
    cv::Mat mask, cleaned;
    cv::threshold(ink, mask, threshold - 1, 255, cv::THRESH_BINARY);
    std::vector<cv::Point> points;
    cv::findNonZero(mask, points);
    if (points.empty())
        throw std::runtime_error("there is no ink in the image");
    ink.copyTo(cleaned, mask);
    const cv::Mat crop = cleaned(cv::boundingRect(points));
    const double scale = std::min(std::max(1.0, std::round(height * fit)) / crop.rows,
                                  std::max(1.0, std::round(width * fit)) / crop.cols);
    cv::Mat fitted;
    cv::resize(crop, fitted,
               cv::Size(std::clamp(int(std::lround(crop.cols * scale)), 1, int(width)),
                        std::clamp(int(std::lround(crop.rows * scale)), 1, int(height))),
               0, 0, scale < 1.0 ? cv::INTER_AREA : cv::INTER_LINEAR);
    const cv::Moments m = cv::moments(fitted, false);
    const double cx = m.m00 > 0 ? m.m10 / m.m00 : (fitted.cols - 1) / 2.0;
    const double cy = m.m00 > 0 ? m.m01 / m.m00 : (fitted.rows - 1) / 2.0;
    // Whole-pixel offsets, as Netsmith places it: the fitted pixels are copied, not resampled.
    const int left = int(std::lround((width - 1) / 2.0 - cx)),
              top = int(std::lround((height - 1) / 2.0 - cy));
    cv::Mat placed(int(height), int(width), CV_8U, cv::Scalar(0));
    const cv::Rect target =
        cv::Rect(left, top, fitted.cols, fitted.rows) & cv::Rect(0, 0, int(width), int(height));
    if (target.empty())
        throw std::runtime_error("the ink does not fit the input");
    fitted(cv::Rect(target.x - left, target.y - top, target.width, target.height))
        .copyTo(placed(target));
    return torch::from_blob(placed.data, {1, 1, height, width}, torch::kUInt8)
        .to(torch::kFloat32)
        .div(255.0);
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::cerr << "usage: " << argv[0] << " model.pt image.png\n";
        return 2;
    }
    try {
        torch::jit::ExtraFilesMap extra{{"netsmith.json", ""}};
        torch::jit::Module model = torch::jit::load(argv[1], torch::kCPU, extra);
        model.eval();
        const std::string& meta = extra["netsmith.json"];
        const std::vector<std::string> classes = stringList(meta, "classes");
        const std::regex shapePattern(
            "\"input_shape\"\\s*:\\s*\\[\\s*(\\d+)\\s*,\\s*(\\d+)\\s*,\\s*(\\d+)");
        std::smatch shape;
        if (classes.empty() || !std::regex_search(meta, shape, shapePattern))
            throw std::runtime_error(std::string(argv[1]) + " has no Netsmith metadata");
        const int64_t channels = std::stoll(shape[1]), height = std::stoll(shape[2]),
                      width = std::stoll(shape[3]);
        const cv::Mat image = cv::imread(argv[2], cv::IMREAD_UNCHANGED);
        if (image.empty())
            throw std::runtime_error(std::string("cannot read the image ") + argv[2]);
        torch::Tensor x = prepare(image, height, width, number(meta, "fit_fraction", 20.0 / 28.0),
                                  int(number(meta, "ink_threshold", 40)));
        x = x.expand({1, channels, height, width}).contiguous(); // grey ink on every channel
        torch::NoGradGuard noGrad;
        torch::Tensor probabilities = model.forward({x}).toTensor().squeeze(0);
        if (meta.find("\"output\": \"scores") != std::string::npos)
            probabilities = torch::softmax(probabilities, 0); // a model without a final Softmax
        const int64_t best = probabilities.argmax().item<int64_t>();
        std::cout << classes.at(size_t(best)) << " " << probabilities[best].item<double>() * 100.0
                  << "%\n";
        return 0;
    } catch (const std::exception& e) {
        std::cerr << argv[2] << ": "
                  << std::string(e.what()).substr(0, std::string(e.what()).find('\n')) << "\n";
        return 2;
    }
}
