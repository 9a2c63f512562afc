// `lede [FILE|DIR|-]...`: the default command, a page in and its article out. It lives on the
// top-level app rather than a subcommand, so `lede page.html` needs no verb.
#pragma once

#include <CLI/CLI.hpp>

#include "command.h"

namespace lede::cli {

/// Registers the extraction options and positional inputs on the top-level `app`. The returned
/// command's `subcommand` is `app` itself: the dispatcher runs it when no subcommand was chosen.
Command add_extract_command(CLI::App& app);

}  // namespace lede::cli
