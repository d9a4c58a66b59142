#pragma once

#include <stdexcept>
#include <string>

namespace arm {

// Every failure while reading or writing a PyTorch .pth file. The message always starts with the file
// name so the CLI and GUI can show it unchanged.
class PthError : public std::runtime_error {
public:
    PthError(const std::string& file, const std::string& what)
        : std::runtime_error(file + ": " + what), m_file(file) {}
    const std::string& file() const { return m_file; }

private:
    std::string m_file;
};

} // namespace arm
