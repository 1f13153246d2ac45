// SPDX-License-Identifier: BSD-3-Clause
// Copies a child's output pipe to our output line by line, each line prefixed.
#ifndef ELEMENTS_QEMUBINARY_LINE_FORWARDER_H
#define ELEMENTS_QEMUBINARY_LINE_FORWARDER_H

#include <cerrno>
#include <cstdio>
#include <string>
#include <unistd.h>

namespace qemubinary {

class LineForwarder
{
public:
    LineForwarder(std::FILE* to, std::string prefix) : to_(to), prefix_(std::move(prefix)) {}

    /** Reads what is available from a non-blocking fd; returns false at end of file or on error. */
    bool pump(int fd)
    {
        char buf[4096];
        while ( true ) {
            ssize_t n = ::read(fd, buf, sizeof buf);
            if ( n > 0 ) {
                pending_.append(buf, static_cast<size_t>(n));
                emitLines();
                continue;
            }
            if ( n < 0 && errno == EINTR ) continue;
            if ( n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) ) return true;
            flush(); // end of file (or error): a last line without a newline still counts
            return false;
        }
    }

    void flush()
    {
        if ( !pending_.empty() ) {
            std::fprintf(to_, "%s%s\n", prefix_.c_str(), pending_.c_str());
            pending_.clear();
        }
        std::fflush(to_);
    }

private:
    void emitLines()
    {
        size_t start = 0, nl;
        while ( (nl = pending_.find('\n', start)) != std::string::npos ) {
            std::string line = pending_.substr(start, nl - start);
            if ( !line.empty() && line.back() == '\r' ) line.pop_back();
            std::fprintf(to_, "%s%s\n", prefix_.c_str(), line.c_str());
            start = nl + 1;
        }
        pending_.erase(0, start);
        std::fflush(to_);
    }

    std::FILE*  to_;
    std::string prefix_;
    std::string pending_;
};

} // namespace qemubinary

#endif
