#pragma once
// The part of `netsmith-cli --help` that lists the choices of train's --optimizer, --schedule,
// --augment and --device, read from the option registries (so a new optimizer shows up here
// without touching the CLI).
#include <QString>

namespace netsmith::cli {

/// One block per option: a heading, then "  id   Name — help" per choice.
QString trainingOptionsHelp();

} // namespace netsmith::cli
