// SPDX-License-Identifier: BSD-3-Clause
// Formatted output with a verbosity level and mask, a prefix, and a location (stdout, stderr, a
// file, or nowhere), as SST Core's Output. Prefix tokens: @f file, @l line, @p function,
// @t simulated time in core cycles, @r/@R rank, @i/@I thread, @x/@X "[rank:thread]".
// fatal() writes "FATAL: <prefix><message>" to stderr and ends the simulation.
// TraceFunction prints a function's entry and exit, indented by depth, when the environment
// has SST_TRACEFUNCTION_ACTIVATE (SST_TRACEFUNCTION_INDENT_MARKER marks the indent).
#ifndef SST_CORE_OUTPUT_H
#define SST_CORE_OUTPUT_H

#include "sst/core/serialization/serializer.h"
#include "sst/core/warnmacros.h"

#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#define CALL_INFO __LINE__, __FILE__, __FUNCTION__
#if defined(__GNUC__) || defined(__clang__)
#define CALL_INFO_LONG __LINE__, __FILE__, __PRETTY_FUNCTION__
#else
#define CALL_INFO_LONG __LINE__, __FILE__, __FUNCTION__
#endif

namespace SST {

class Output
{
public:
    enum output_location_t { NONE, STDOUT, STDERR, FILE };
    static constexpr uint32_t PrintAll = std::numeric_limits<uint32_t>::max();

    Output(const std::string& prefix, uint32_t verbose_level, uint32_t verbose_mask, output_location_t location,
           const std::string& localoutputfilename = "");
    Output();
    ~Output();
    Output(const Output&)            = default;
    Output& operator=(const Output&) = default;

    /** Sets everything, once: an Output already initialised is left as it is (as in SST). */
    void init(const std::string& prefix, uint32_t verbose_level, uint32_t verbose_mask, output_location_t location,
              const std::string& localoutputfilename = "");

    void output(uint32_t line, const char* file, const char* func, const char* format, ...) const
        __attribute__((format(printf, 5, 6)));
    void output(const char* format, ...) const __attribute__((format(printf, 2, 3)));
    /** Printed if output_level <= the verbose level and output_bits are within the mask. */
    void verbose(uint32_t line, const char* file, const char* func, uint32_t output_level, uint32_t output_bits,
                 const char* format, ...) const __attribute__((format(printf, 7, 8)));
    void verbosePrefix(const char* tempPrefix, uint32_t line, const char* file, const char* func,
                       uint32_t output_level, uint32_t output_bits, const char* format, ...)
        __attribute__((format(printf, 8, 9)));
    /** As verbose(), in builds with __SST_DEBUG_OUTPUT__ (SST Core's --enable-debug); otherwise nothing. */
    void debugPrefix(const char* tempPrefix, uint32_t line, const char* file, const char* func, uint32_t output_level,
                     uint32_t output_bits, const char* format, ...) __attribute__((format(printf, 8, 9)));
    void debug(uint32_t line, const char* file, const char* func, uint32_t output_level, uint32_t output_bits,
               const char* format, ...) const __attribute__((format(printf, 7, 8)));
    [[noreturn]] void fatal(uint32_t line, const char* file, const char* func, int exit_code, const char* format,
                            ...) const __attribute__((format(printf, 6, 7)));

    void              setPrefix(const std::string& prefix);
    std::string       getPrefix() const;
    void              setVerboseMask(uint32_t verbose_mask);
    uint32_t          getVerboseMask() const;
    void              setVerboseLevel(uint32_t verbose_level);
    uint32_t          getVerboseLevel() const;
    void              setOutputLocation(output_location_t location);
    output_location_t getOutputLocation() const;
    void              flush() const;

    /** The file FILE outputs without a file of their own share (sst's --debug-file, default sst_output). */
    static void    setFileName(const std::string& filename);
    static Output& getDefaultObject();

    void serialize_order(Core::Serialization::serializer& ser);

    struct Target; // where one Output writes; shared by copies, as SST's file references are

private:
    friend class TraceFunction;
    std::string buildPrefixString(uint32_t line, const std::string& file, const std::string& func) const;
    void outputprintf(uint32_t line, const std::string& file, const std::string& func, const char* format,
                      va_list arg) const __attribute__((format(printf, 5, 0)));
    void outputprintf(const char* format, va_list arg) const __attribute__((format(printf, 2, 0)));
    void outputprintf(uint32_t line, const std::string& file, const std::string& func, const char* format, ...) const
        __attribute__((format(printf, 5, 6)));
    std::FILE* stream() const;
    void       setTarget(output_location_t location);

    bool                    initialized_ = false;
    std::string             prefix_;
    uint32_t                verbose_level_ = 0;
    uint32_t                verbose_mask_  = 0;
    output_location_t       location_      = NONE;
    std::string             local_file_name_;
    std::shared_ptr<Target> target_;
};

class TraceFunction
{
public:
    TraceFunction(uint32_t line, const char* file, const char* func, bool print_sim_info = true, bool activate = true);
    ~TraceFunction();
    /** Each line of the message, indented to the current depth. */
    void output(const char* format, ...) const __attribute__((format(printf, 2, 3)));

private:
    Output      output_obj_;
    uint32_t    line_;
    std::string file_;
    std::string function_;
    int         indent_length_;
    bool        active_;
};

} // namespace SST

#endif
