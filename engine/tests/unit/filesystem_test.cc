// SPDX-License-Identifier: BSD-3-Clause
// SST::Util::Filesystem: paths from a base directory, ~/, unique directories.
#include <sst/core/util/filesystem.h>

#include <gtest/gtest.h>

#include <cstdlib>

using SST::Util::Filesystem;

TEST(Filesystem, AbsolutePathsFromTheBaseTheHomeOrTheWorkingDirectory)
{
    EXPECT_EQ(Filesystem::getAbsolutePath("a/b.txt", "/base"), "/base/a/b.txt");
    EXPECT_EQ(Filesystem::getAbsolutePath("/abs/./c", "/base"), "/abs/c");
    EXPECT_EQ(Filesystem::getAbsolutePath("x", ""), (std::filesystem::current_path() / "x").string());
    ::setenv("HOME", "/home/someone", 1);
    EXPECT_EQ(Filesystem::getAbsolutePath("~/f", "/base"), "/home/someone/f");
    EXPECT_THROW(Filesystem::getAbsolutePath("x", "relative/base"), std::invalid_argument);
}

TEST(Filesystem, BasePathUniqueDirectoriesAndFiles)
{
    const std::filesystem::path tmp = std::filesystem::temp_directory_path() / ("fs_test_" + Filesystem::getRandomName());
    Filesystem                  fs;
    ASSERT_TRUE(fs.setBasePath(tmp.string()));
    EXPECT_EQ(fs.getBasePath(), tmp.string());
    EXPECT_TRUE(fs.ensureDirectoryExists("d/e"));
    EXPECT_TRUE(std::filesystem::is_directory(tmp / "d" / "e"));
    EXPECT_EQ(fs.createUniqueDirectory("u"), (tmp / "u").string());
    EXPECT_EQ(fs.createUniqueDirectory("u"), (tmp / "u_1").string());
    FILE* f = fs.fopen("d/file.txt", "w");
    ASSERT_NE(f, nullptr);
    std::fclose(f);
    EXPECT_TRUE(std::filesystem::exists(tmp / "d" / "file.txt"));
    EXPECT_FALSE(fs.setBasePath((tmp / "d" / "file.txt" / "sub").string())); // under a file: cannot be made
    std::filesystem::remove_all(tmp);
}
