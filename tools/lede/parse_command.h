// `lede parse`: a look inside the HTML layer. `--tree FILE` prints the parsed tree in the
// html5lib-tests format; `--stats FILE|DIR...` decodes and parses pages and reports what each
// tree holds and how fast it was built.
#pragma once

#include <CLI/CLI.hpp>

#include "command.h"

namespace lede::cli {

/// Registers the `parse` subcommand on `app`; the returned command runs it once parsed.
Command add_parse_command(CLI::App& app);

}  // namespace lede::cli
