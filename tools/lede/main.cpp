// The `lede` command: a thin dispatcher. Each subcommand lives in its own file and registers
// itself here; main only parses the command line and runs the command that was chosen.
#include <CLI/CLI.hpp>
#include <vector>

#include "command.h"
#include "extract_command.h"
#include "parse_command.h"

int main(int argc, char** argv) {
  CLI::App app{"lede: raw web pages in, clean articles out."};
  app.require_subcommand(0, 1);
  // Extraction is the default command and runs on the top-level app, so it comes last: it is
  // chosen only when no subcommand was.
  std::vector<lede::cli::Command> commands = {lede::cli::add_parse_command(app),
                                              lede::cli::add_extract_command(app)};
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return lede::cli::kExitUsage;
  }
  for (const lede::cli::Command& command : commands) {
    if (command.subcommand->parsed()) return command.run();
  }
  return lede::cli::kExitUsage;
}
