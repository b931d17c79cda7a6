#pragma once
// Numbers as people read them in summaries and messages: "121,930", "2.53 M", "4.1 MiB".
#include <QString>
#include <cstdint>

namespace netsmith {

/// Thousands separated with commas, whatever the system locale ("121,930").
QString formatCount(int64_t value);
/// Bytes in B/KiB/MiB/GiB with one decimal ("12.3 MiB").
QString formatBytes(double bytes);

} // namespace netsmith
