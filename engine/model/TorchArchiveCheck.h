#pragma once
// A torch archive (model.pt, checkpoint.pt: a zip) checked before LibTorch reads it. LibTorch
// builds its zip reader without CRC checks, and its TorchScript importer, which every
// torch::serialize::InputArchive goes through, crashes on a damaged class name or source
// (fuzz/README.md, "Open findings"). Each member is extracted once by libarchive, which
// verifies its CRC-32, so damage is a message naming the file instead of a segfault.
#include <QByteArray>
#include <QString>

namespace netsmith {

class TorchArchiveCheck
{
public:
    /// False, with a message naming the file and the member, when `bytes` (the file `file`)
    /// are a zip with a member that does not match its CRC-32 or is cut short. Bytes that are
    /// not a zip pass: LibTorch refuses them cleanly itself.
    static bool intact(const QByteArray& bytes, const QString& file, QString* error);
};

} // namespace netsmith
