#pragma once

#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace arm {

// Minimal RFC-4180 field splitting for the dataset CSVs (quoted fields, doubled quotes, CR stripped),
// plus header lookup by name. Fields are views into the line when unquoted (quoted ones into a deque, whose elements never move), so splitting a 290k-row
// AffectNet CSV allocates little.
class CsvRow {
public:
    // Splits `line` into fields; quoted fields are unescaped into `storage` (kept alive by the caller).
    static void split(std::string_view line, std::vector<std::string_view>& fields,
                      std::deque<std::string>& storage);
    // Index of the header field equal to `name` (case-insensitive, surrounding spaces ignored), -1 if none.
    static int column(const std::vector<std::string_view>& header, std::string_view name);
    static std::string_view trim(std::string_view s);
    // Parses a whole field as a base-10 int; false on empty, junk or overflow.
    static bool toInt(std::string_view s, int& value);
    // Checks a data row of a labelled CSV: at least `needed` fields and an integer in `column`
    // (named `columnName` in the message). Returns "" and sets `code` when the row is usable, else the
    // reason, phrased as every reader reports a malformed line.
    static std::string labelCode(const std::vector<std::string_view>& fields, int needed, int column,
                                 std::string_view columnName, int& code);
    // Removes a trailing '\r' (Windows line endings).
    static std::string_view chomp(std::string_view line);
};

} // namespace arm
