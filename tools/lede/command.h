// What every subcommand file hands to the dispatcher in main.cpp: the CLI11 subcommand it
// registered and the action to run when the command line selected it.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace lede::cli {

/// Process exit codes shared by every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitUsage = 1;       ///< the command line itself was wrong
inline constexpr int kExitInputError = 2;  ///< some input could not be read (others may have been)

struct Command {
  CLI::App* subcommand = nullptr;
  std::function<int()> run;  ///< returns the process exit code
};

}  // namespace lede::cli
