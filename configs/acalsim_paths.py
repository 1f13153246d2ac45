# SPDX-License-Identifier: BSD-3-Clause
"""Where the configurations find what the build made (firmware, QEMU is found by the bridge).

The build directory is $QEMU_ACALSIM_BUILD_DIR, or build/ in the repository.
"""
import os
import secrets
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.environ.get("QEMU_ACALSIM_BUILD_DIR", os.path.join(REPO, "build"))


def firmware(arch, name):
    """The built firmware ELF tests/NAME.c for arch rv32 or rv64."""
    return os.path.join(BUILD, "firmware", arch, name + ".elf")


# The Linux guest (linux/): OpenSBI from Debian's opensbi package, the kernel and initramfs the build made.
OPENSBI = "/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin"


def linux(name):
    """The built Linux guest's NAME: Image (the kernel) or initramfs.cpio."""
    return os.path.join(BUILD, "linux", name)


def guest_ram_file():
    """A new path in $TMPDIR for the guest's RAM, shared by QEMU and a MemController: QEMUBinary's
    ram_file and the MemController's backing_out_file. The bridge removes it once QEMU has it."""
    return os.path.join(tempfile.gettempdir(), f"qemu-acalsim-ram-{os.getpid()}-{secrets.token_hex(4)}")
