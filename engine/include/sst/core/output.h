// SPDX-License-Identifier: BSD-3-Clause
// Formatted output with verbosity and a prefix, as SST Core's Output.
// Prefix tokens: @f file, @l line, @p function, @t simulated time (core
// ticks), @r rank, @i thread. fatal() prints to stderr and ends the run.
#ifndef SST_CORE_OUTPUT_H
#define SST_CORE_OUTPUT_H

#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <string>

#define CALL_INFO      __LINE__, __FILE__, __FUNCTION__
#define CALL_INFO_LONG __LINE__, __FILE__, __PRETTY_FUNCTION__

namespace SST {

class Output
{
public:
    enum output_location_t { NONE, STDOUT, STDERR, FILE };

    Output() = default;
    Output(const std::string& prefix, uint32_t verbose_level, uint32_t verbose_mask, output_location_t location,
           const std::string& localoutputfilename = "");
    ~Output();
    Output(const Output&)            = delete;
    Output& operator=(const Output&) = delete;

    void init(const std::string& prefix, uint32_t verbose_level, uint32_t verbose_mask, output_location_t location,
              const std::string& localoutputfilename = "");

    void output(const char* format, ...) const __attribute__((format(printf, 2, 3)));
    void output(uint32_t line, const char* file, const char* func, const char* format, ...) const
        __attribute__((format(printf, 5, 6)));
    void verbose(uint32_t line, const char* file, const char* func, uint32_t output_level, uint32_t output_bits,
                 const char* format, ...) const __attribute__((format(printf, 7, 8)));
    void debug(uint32_t line, const char* file, const char* func, uint32_t output_level, uint32_t output_bits,
               const char* format, ...) const __attribute__((format(printf, 7, 8)));
    [[noreturn]] void fatal(uint32_t line, const char* file, const char* func, int exit_code, const char* format,
                            ...) const __attribute__((format(printf, 6, 7)));

    uint32_t          getVerboseLevel() const { return verbose_level_; }
    void              setVerboseLevel(uint32_t level) { verbose_level_ = level; }
    uint32_t          getVerboseMask() const { return verbose_mask_; }
    void              setVerboseMask(uint32_t mask) { verbose_mask_ = mask; }
    std::string       getPrefix() const { return prefix_; }
    void              setPrefix(const std::string& prefix) { prefix_ = prefix; }
    output_location_t getOutputLocation() const { return location_; }
    void              setOutputLocation(output_location_t location);
    void              flush() const;

    /** The engine's default output (stdout, no prefix). */
    static Output& getDefaultObject();

private:
    std::string expandPrefix(uint32_t line, const char* file, const char* func) const;
    void        write(std::FILE* stream, const std::string& prefix, const char* format, va_list args) const;
    void        writeIfVerbose(uint32_t line, const char* file, const char* func, uint32_t level, uint32_t bits,
                               const char* format, va_list args) const;
    std::FILE*  stream() const;

    std::string       prefix_;
    uint32_t          verbose_level_ = 0;
    uint32_t          verbose_mask_  = 0;
    output_location_t location_      = STDOUT;
    std::string       file_name_;
    std::FILE*        file_          = nullptr;
};

} // namespace SST

#endif
