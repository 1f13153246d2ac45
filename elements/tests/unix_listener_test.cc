// SPDX-License-Identifier: BSD-3-Clause
// The bridge's listening socket: private, never shared, always cleaned up.
#include "qemubinary/unix_listener.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace fs = std::filesystem;
using qemubinary::UnixListener;

namespace {
struct TempRoot
{
    TempRoot() : path(fs::temp_directory_path() / ("listener-test-" + std::to_string(::getpid())))
    {
        if ( const char* old = std::getenv("TMPDIR") ) saved = old;
        fs::create_directories(path);
        ::setenv("TMPDIR", path.c_str(), 1);
    }
    ~TempRoot()
    {
        if ( saved.empty() )
            ::unsetenv("TMPDIR");
        else
            ::setenv("TMPDIR", saved.c_str(), 1);
        fs::remove_all(path);
    }
    fs::path    path;
    std::string saved;
};

std::string error(const std::string& path)
{
    try {
        UnixListener::create(path);
    }
    catch ( const std::exception& e ) {
        return e.what();
    }
    return "";
}
} // namespace

TEST(UnixListener, DefaultSocketLivesInANewPrivateDirectory)
{
    TempRoot root;
    UnixListener a = UnixListener::create(""), b = UnixListener::create("");
    const fs::path dir = fs::path(a.path()).parent_path();
    EXPECT_EQ(dir.parent_path(), root.path);
    EXPECT_NE(dir, fs::path(b.path()).parent_path()) << "two listeners never share a directory";
    struct stat st;
    ASSERT_EQ(::stat(dir.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0700u);
    ASSERT_EQ(::lstat(a.path().c_str(), &st), 0);
    EXPECT_TRUE(S_ISSOCK(st.st_mode));
    a.removePath();
    EXPECT_FALSE(fs::exists(dir));
    { UnixListener c = UnixListener::create(""); }
    b.removePath();
    EXPECT_TRUE(fs::is_empty(root.path)) << "destruction and removePath leave nothing";
}

TEST(UnixListener, AGivenPathReplacesAStaleSocketButNotALiveOne)
{
    TempRoot       root;
    const std::string path = (root.path / "fixed.sock").string();
    {
        UnixListener live = UnixListener::create(path);
        EXPECT_NE(error(path).find("is in use by another simulation"), std::string::npos);
        // A crashed run leaves its socket file behind: simulate it.
        int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        const std::string stale = (root.path / "stale.sock").string();
        std::strcpy(addr.sun_path, stale.c_str());
        ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
        ::close(fd);
        EXPECT_NO_THROW(UnixListener::create(stale));
    }
    EXPECT_FALSE(fs::exists(path));
    fs::path file = root.path / "plain-file";
    { std::ofstream(file) << "x"; }
    EXPECT_NE(error(file.string()).find("exists and is not a socket"), std::string::npos);
    EXPECT_NE(error(std::string(200, 'x')).find("is longer than 107 bytes"), std::string::npos);
}
