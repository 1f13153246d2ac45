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
            writeLine(pending_);
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
            writeLine(line);
            start = nl + 1;
        }
        pending_.erase(0, start);
    }

    // One write(2) per line, never a part of one: when stdout is a pipe (mpirun, a pager), a line
    // that straddles the stdio buffer would otherwise reach the reader in two pieces, and mpirun
    // --tag-output tags each piece.
    void writeLine(const std::string& line)
    {
        std::fflush(to_); // what others left in the buffer goes first
        std::string whole = prefix_ + line + "\n";
        std::fwrite(whole.data(), 1, whole.size(), to_);
        std::fflush(to_);
    }

    std::FILE*  to_;
    std::string prefix_;
    std::string pending_;
};

} // namespace qemubinary

#endif
