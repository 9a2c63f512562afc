// What every subcommand file hands to the dispatcher in main.cpp: the CLI11 subcommand it
// registered and the action to run when the command line selected it.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace lede::cli {

/// Process exit codes shared by every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitInputError = 1;  ///< some input could not be read (others may have been)
inline constexpr int kExitUsage = 2;       ///< the command line itself was wrong

struct Command {
  CLI::App* subcommand = nullptr;
  std::function<int()> run;  ///< returns the process exit code
};

}  // namespace lede::cli
