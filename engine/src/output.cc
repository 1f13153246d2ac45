// SPDX-License-Identifier: BSD-3-Clause
#include "sst/core/output.h"
#include "sst/core/serialization/serialize.h"

#include "engine_hooks.h"

#include <cerrno>
#include <cinttypes>
#include <cstdlib>
#include <cstring>

namespace SST {

/** A file (or a standard stream) some Outputs write to. */
struct Output::Target
{
    std::string name;
    std::FILE*  file   = nullptr;
    bool        opened = false;
    ~Target()
    {
        if ( file && file != stdout && file != stderr ) std::fclose(file);
    }
    std::FILE* get()
    {
        if ( !opened ) {
            opened = true;
            file   = std::fopen(name.c_str(), "w");
            if ( !file ) {
                std::fprintf(stderr, "ERROR: Output: cannot open file '%s' for writing: %s\n", name.c_str(),
                             std::strerror(errno));
                std::exit(1);
            }
        }
        return file;
    }
};

namespace {
std::string& globalFileName()
{
    static std::string name;
    return name;
}
std::shared_ptr<Output::Target>& globalFile()
{
    static std::shared_ptr<Output::Target> target;
    return target;
}
} // namespace

Output::Output() = default;

Output::Output(const std::string& prefix, uint32_t verbose_level, uint32_t verbose_mask, output_location_t location,
               const std::string& localoutputfilename)
{
    init(prefix, verbose_level, verbose_mask, location, localoutputfilename);
}

Output::~Output() = default;

void Output::init(const std::string& prefix, uint32_t verbose_level, uint32_t verbose_mask,
                  output_location_t location, const std::string& localoutputfilename)
{
    if ( initialized_ ) return;
    prefix_          = prefix;
    verbose_level_   = verbose_level;
    verbose_mask_    = verbose_mask;
    local_file_name_ = localoutputfilename;
    setTarget(location);
    initialized_ = true;
}

void Output::setTarget(output_location_t location)
{
    location_ = location;
    target_.reset();
    if ( location != FILE ) return;
    if ( !local_file_name_.empty() ) {
        target_       = std::make_shared<Target>();
        target_->name = local_file_name_;
        return;
    }
    auto& global = globalFile();
    if ( !global ) {
        global       = std::make_shared<Target>();
        global->name = globalFileName().empty() ? "sst_output" : globalFileName();
    }
    target_ = global;
}

std::FILE* Output::stream() const
{
    switch ( location_ ) {
    case STDERR:
        return stderr;
    case FILE:
        return target_ ? target_->get() : stdout;
    default:
        return stdout;
    }
}

std::string Output::buildPrefixString(uint32_t line, const std::string& file, const std::string& func) const
{
    // One rank and one thread: @r and @i are empty, @R and @I are 0, @x is empty, @X is [0:0].
    std::string out;
    for ( size_t i = 0; i < prefix_.size(); ++i ) {
        if ( prefix_[i] != '@' || i + 1 >= prefix_.size() ) {
            out += prefix_[i];
            continue;
        }
        switch ( prefix_[i + 1] ) {
        case 'f':
            out += file;
            break;
        case 'l':
            out += std::to_string(line);
            break;
        case 'p':
            out += func;
            break;
        case 'r':
        case 'i':
        case 'x':
            break;
        case 'R':
        case 'I':
            out += '0';
            break;
        case 'X':
            out += "[0:0]";
            break;
        case 't':
            out += std::to_string(Engine::currentCycle());
            break;
        default:
            out += '@';
            continue; // the next character is printed as it is
        }
        ++i;
    }
    return out;
}

void Output::outputprintf(uint32_t line, const std::string& file, const std::string& func, const char* format,
                          va_list arg) const
{
    if ( location_ == NONE ) return;
    std::string fmt = buildPrefixString(line, file, func) + format;
    std::FILE*  f   = stream();
    std::vfprintf(f, fmt.c_str(), arg);
    if ( location_ == FILE ) std::fflush(f);
}

void Output::outputprintf(const char* format, va_list arg) const
{
    if ( location_ == NONE ) return;
    std::FILE* f = stream();
    std::vfprintf(f, format, arg);
    if ( location_ == FILE ) std::fflush(f);
}

void Output::outputprintf(uint32_t line, const std::string& file, const std::string& func, const char* format,
                          ...) const
{
    va_list args;
    va_start(args, format);
    outputprintf(line, file, func, format, args);
    va_end(args);
}

void Output::output(uint32_t line, const char* file, const char* func, const char* format, ...) const
{
    if ( !initialized_ ) return;
    va_list args;
    va_start(args, format);
    outputprintf(line, file, func, format, args);
    va_end(args);
}

void Output::output(const char* format, ...) const
{
    if ( !initialized_ ) return;
    va_list args;
    va_start(args, format);
    outputprintf(format, args);
    va_end(args);
}

void Output::verbose(uint32_t line, const char* file, const char* func, uint32_t output_level, uint32_t output_bits,
                     const char* format, ...) const
{
    if ( !initialized_ || (output_bits & ~verbose_mask_) != 0 || output_level > verbose_level_ ) return;
    va_list args;
    va_start(args, format);
    outputprintf(line, file, func, format, args);
    va_end(args);
}

void Output::verbosePrefix(const char* tempPrefix, uint32_t line, const char* file, const char* func,
                           uint32_t output_level, uint32_t output_bits, const char* format, ...)
{
    if ( !initialized_ || (output_bits & ~verbose_mask_) != 0 || output_level > verbose_level_ ) return;
    std::string saved = prefix_;
    prefix_           = tempPrefix;
    va_list args;
    va_start(args, format);
    outputprintf(line, file, func, format, args);
    va_end(args);
    prefix_ = saved;
}

void Output::debugPrefix(const char* UNUSED(tempPrefix), uint32_t UNUSED(line), const char* UNUSED(file),
                         const char* UNUSED(func), uint32_t UNUSED(output_level), uint32_t UNUSED(output_bits),
                         const char* UNUSED(format), ...)
{}

void Output::debug(uint32_t UNUSED(line), const char* UNUSED(file), const char* UNUSED(func),
                   uint32_t UNUSED(output_level), uint32_t UNUSED(output_bits), const char* UNUSED(format), ...) const
{}

void Output::fatal(uint32_t line, const char* file, const char* func, int exit_code, const char* format, ...) const
{
    std::string fmt = "FATAL: " + buildPrefixString(line, file, func) + format;
    std::fflush(stdout);
    va_list args;
    va_start(args, format);
    std::vfprintf(stderr, fmt.c_str(), args);
    va_end(args);
    if ( initialized_ && location_ == FILE ) {
        va_start(args, format);
        std::vfprintf(stream(), fmt.c_str(), args);
        va_end(args);
    }
    std::fflush(stderr);
    Engine::fatalExit(exit_code);
}

void        Output::setPrefix(const std::string& prefix) { prefix_ = prefix; }
std::string Output::getPrefix() const { return prefix_; }
void        Output::setVerboseMask(uint32_t mask) { verbose_mask_ = mask; }
uint32_t    Output::getVerboseMask() const { return verbose_mask_; }
void        Output::setVerboseLevel(uint32_t level) { verbose_level_ = level; }
uint32_t    Output::getVerboseLevel() const { return verbose_level_; }
void        Output::setOutputLocation(output_location_t location) { setTarget(location); }
Output::output_location_t Output::getOutputLocation() const { return location_; }
void        Output::flush() const { std::fflush(stream()); }

void Output::setFileName(const std::string& filename)
{
    if ( filename.empty() ) {
        std::fprintf(stderr, "ERROR: Output::setFileName(): the file name cannot be empty\n");
        std::exit(1);
    }
    if ( !globalFileName().empty() && globalFileName() != filename ) {
        std::fprintf(stderr, "ERROR: Output::setFileName(): the file name is already %s\n", globalFileName().c_str());
        std::exit(1);
    }
    globalFileName() = filename;
}

Output& Output::getDefaultObject()
{
    static Output out("", 0, 0, STDOUT);
    return out;
}

void Output::serialize_order(Core::Serialization::serializer& ser)
{
    SST_SER(initialized_);
    SST_SER(prefix_);
    SST_SER(verbose_level_);
    SST_SER(verbose_mask_);
    SST_SER(location_);
    SST_SER(local_file_name_);
    if ( ser.mode() == Core::Serialization::serializer::UNPACK ) setTarget(location_);
}

namespace {
bool traceActive() { return std::getenv("SST_TRACEFUNCTION_ACTIVATE") != nullptr; }
char traceIndentMarker()
{
    const char* v = std::getenv("SST_TRACEFUNCTION_INDENT_MARKER");
    if ( !v ) return ' ';
    return *v ? v[0] : '|';
}
thread_local int               trace_level = 0;
thread_local std::vector<char> indent(100, ' ');
} // namespace

TraceFunction::TraceFunction(uint32_t line, const char* file, const char* func, bool print_sim_info, bool activate)
    : line_(line), file_(file), function_(func), indent_length_(2), active_(activate && traceActive())
{
    if ( !active_ ) return;
    output_obj_.init(print_sim_info && Engine::simulationExists() ? "(@t): " : "", 0, 0, Output::STDOUT);
    const int depth = trace_level * indent_length_;
    indent[depth]   = '\0';
    output_obj_.output(line_, file, func, "%s%s enter function\n", indent.data(), function_.c_str());
    indent[depth] = traceIndentMarker();
    std::fflush(stdout);
    ++trace_level;
}

TraceFunction::~TraceFunction()
{
    if ( !active_ ) return;
    --trace_level;
    const int depth = trace_level * indent_length_;
    indent[depth]   = '\0';
    output_obj_.output(line_, file_.c_str(), function_.c_str(), "%s%s exit function\n", indent.data(),
                       function_.c_str());
    indent[depth] = ' ';
    std::fflush(stdout);
}

void TraceFunction::output(const char* format, ...) const
{
    if ( !active_ ) return;
    va_list args;
    va_start(args, format);
    va_list copy;
    va_copy(copy, args);
    int n = std::vsnprintf(nullptr, 0, format, copy);
    va_end(copy);
    std::vector<char> buf(n > 0 ? n + 1 : 1);
    std::vsnprintf(buf.data(), buf.size(), format, args);
    va_end(args);

    const int depth = trace_level * indent_length_;
    indent[depth]   = '\0';
    std::string text(buf.data());
    size_t      start = 0;
    // Every line but the last gets its own prefix and indent.
    for ( size_t i = 0; i + 1 < text.size(); ++i ) {
        if ( text[i] != '\n' ) continue;
        output_obj_.outputprintf(line_, file_, function_, "%s%s\n", indent.data(),
                                 text.substr(start, i - start).c_str());
        start = i + 1;
    }
    output_obj_.outputprintf(line_, file_, function_, "%s%s", indent.data(), text.substr(start).c_str());
    indent[depth] = ' ';
    std::fflush(stdout);
}

} // namespace SST
