#pragma once
// Precompiled for the arm-cli subcommands: CLI11 2.1 is header-only (no precompiled mode in Debian's
// version) and cost ~8 s of CPU per subcommand file to parse and instantiate at -O3.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>
