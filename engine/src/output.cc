// SPDX-License-Identifier: BSD-3-Clause
#include "sst/core/output.h"

#include "simulation.h"

#include <cinttypes>
#include <cstdlib>
#include <stdexcept>
#include <vector>

namespace SST {

Output::Output(const std::string& prefix, uint32_t verbose_level, uint32_t verbose_mask, output_location_t location,
               const std::string& localoutputfilename)
{
    init(prefix, verbose_level, verbose_mask, location, localoutputfilename);
}

Output::~Output()
{
    if ( file_ ) std::fclose(file_);
}

void Output::init(const std::string& prefix, uint32_t verbose_level, uint32_t verbose_mask,
                  output_location_t location, const std::string& localoutputfilename)
{
    prefix_        = prefix;
    verbose_level_ = verbose_level;
    verbose_mask_  = verbose_mask;
    location_      = location;
    if ( file_ ) {
        std::fclose(file_);
        file_ = nullptr;
    }
    file_name_ = localoutputfilename.empty() ? "sst_output" : localoutputfilename;
    setOutputLocation(location);
}

void Output::setOutputLocation(output_location_t location)
{
    location_ = location;
    if ( location == FILE && !file_ ) {
        file_ = std::fopen(file_name_.c_str(), "w");
        if ( !file_ ) throw std::runtime_error("Output: cannot open '" + file_name_ + "' for writing");
    }
}

Output& Output::getDefaultObject()
{
    static Output out("", 0, 0, STDOUT);
    return out;
}

std::FILE* Output::stream() const
{
    switch ( location_ ) {
    case STDOUT:
        return stdout;
    case STDERR:
        return stderr;
    case FILE:
        return file_;
    case NONE:
        break;
    }
    return nullptr;
}

std::string Output::expandPrefix(uint32_t line, const char* file, const char* func) const
{
    std::string out;
    for ( size_t i = 0; i < prefix_.size(); ++i ) {
        if ( prefix_[i] != '@' || i + 1 == prefix_.size() ) {
            out += prefix_[i];
            continue;
        }
        switch ( prefix_[++i] ) {
        case 'f':
            out += file ? file : "";
            break;
        case 'l':
            out += std::to_string(line);
            break;
        case 'p':
            out += func ? func : "";
            break;
        case 't':
            out += std::to_string(Engine::Simulation::current() ? Engine::Simulation::current()->now() : 0);
            break;
        case 'x': // "[rank:thread]" when there is more than one of either: never here
            break;
        case 'r':
        case 'i':
            out += "0";
            break;
        case 'R':
        case 'I':
            out += "1";
            break;
        default:
            out += '@';
            out += prefix_[i];
        }
    }
    return out;
}

void Output::write(std::FILE* s, const std::string& prefix, const char* format, va_list args) const
{
    if ( !s ) return;
    std::fputs(prefix.c_str(), s);
    std::vfprintf(s, format, args);
}

void Output::output(const char* format, ...) const
{
    va_list args;
    va_start(args, format);
    write(stream(), "", format, args); // as SST Core: only the CALL_INFO forms print the prefix
    va_end(args);
}

void Output::output(uint32_t line, const char* file, const char* func, const char* format, ...) const
{
    va_list args;
    va_start(args, format);
    write(stream(), expandPrefix(line, file, func), format, args);
    va_end(args);
}

void Output::verbose(uint32_t line, const char* file, const char* func, uint32_t level, uint32_t bits,
                     const char* format, ...) const
{
    va_list args;
    va_start(args, format);
    writeIfVerbose(line, file, func, level, bits, format, args);
    va_end(args);
}

void Output::debug(uint32_t line, const char* file, const char* func, uint32_t level, uint32_t bits,
                   const char* format, ...) const
{
#ifdef __SST_DEBUG_OUTPUT__
    va_list args;
    va_start(args, format);
    writeIfVerbose(line, file, func, level, bits, format, args);
    va_end(args);
#else
    (void)line, (void)file, (void)func, (void)level, (void)bits, (void)format;
#endif
}

void Output::writeIfVerbose(uint32_t line, const char* file, const char* func, uint32_t level, uint32_t bits,
                            const char* format, va_list args) const
{
    if ( level > verbose_level_ || (bits & ~verbose_mask_) ) return;
    write(stream(), expandPrefix(line, file, func), format, args);
}

void Output::flush() const
{
    if ( std::FILE* s = stream() ) std::fflush(s);
}

void Output::fatal(uint32_t line, const char* file, const char* func, int exit_code, const char* format, ...) const
{
    std::fflush(stdout);
    va_list args;
    va_start(args, format);
    write(stderr, "FATAL: " + expandPrefix(line, file, func), format, args);
    va_end(args);
    if ( Engine::Simulation::current() ) Engine::Simulation::current()->fatalExit(exit_code);
    std::fflush(stderr);
    std::exit(exit_code);
}

} // namespace SST
