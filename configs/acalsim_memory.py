# SPDX-License-Identifier: BSD-3-Clause
"""A device's DMA behind SST's memory system, for the configurations: L1 and L2
(memHierarchy.Cache) down to a memHierarchy.MemController whose backing store is the
guest's RAM file (QEMUBinary's ram_file). Needs sst-elements' memHierarchy."""
import sst

RAM_BASE = 0x80000000  # QEMU virt's RAM


def cache(name, size, latency_cycles, l1):
    c = sst.Component(name, "memHierarchy.Cache")
    c.addParams({"cache_frequency": "1GHz", "cache_size": size, "cache_line_size": 64, "associativity": 8,
                 "access_latency_cycles": latency_cycles, "replacement_policy": "lru", "coherence_protocol": "MESI",
                 "L1": int(l1)})
    return c


def behind_caches(device, ram_file, ram_mib, backend="simpleMem", memory_latency="100ns", l1_size="8KiB",
                  l2_size="64KiB"):
    """Loads memHierarchy.standardInterface into `device`'s memory slot and connects it through
    an L1 and an L2 to a MemController over the guest's RAM (RAM_BASE, ram_mib MiB, mapped
    from ram_file). Returns the MemController."""
    ram_end = RAM_BASE + ram_mib * 2**20 - 1
    device.addParams({"memory_addr_range_start": RAM_BASE, "memory_addr_range_end": ram_end})
    iface = device.setSubComponent("memory", "memHierarchy.standardInterface")
    l1 = cache("l1", l1_size, 2, True)
    l2 = cache("l2", l2_size, 10, False)
    memctrl = sst.Component("memory", "memHierarchy.MemController")
    memctrl.addParams({"clock": "1GHz", "addr_range_start": RAM_BASE, "addr_range_end": ram_end,
                       "backing": "mmap", "backing_out_file": ram_file})
    if backend == "simpleMem":
        memctrl.setSubComponent("backend", "memHierarchy.simpleMem").addParams(
            {"mem_size": f"{ram_mib}MiB", "access_time": memory_latency})
    elif backend == "timingDRAM":  # memHierarchy's sdl-3.py DRAM, one channel
        dram = memctrl.setSubComponent("backend", "memHierarchy.timingDRAM")
        dram.addParams({"mem_size": f"{ram_mib}MiB", "id": 0, "addrMapper": "memHierarchy.roundRobinAddrMapper",
                        "addrMapper.interleave_size": "64B", "addrMapper.row_size": "1KiB", "channels": 1,
                        "channel.numRanks": 2, "channel.rank.numBanks": 8, "channel.transaction_Q_size": 32,
                        "channel.rank.bank.CL": 14, "channel.rank.bank.CL_WR": 12, "channel.rank.bank.RCD": 14,
                        "channel.rank.bank.TRP": 14, "channel.rank.bank.dataCycles": 2,
                        "channel.rank.bank.pagePolicy": "memHierarchy.simplePagePolicy",
                        "channel.rank.bank.transactionQ": "memHierarchy.reorderTransactionQ"})
        dram.setSubComponent("transactionQ", "memHierarchy.reorderTransactionQ")
        dram.setSubComponent("pagePolicy", "memHierarchy.simplePagePolicy").addParams({"close": 0})
    else:
        raise ValueError(f"backend '{backend}' is not simpleMem or timingDRAM")
    sst.Link("dma_l1").connect((iface, "lowlink", "1ns"), (l1, "highlink", "1ns"))
    sst.Link("l1_l2").connect((l1, "lowlink", "1ns"), (l2, "highlink", "1ns"))
    sst.Link("l2_memory").connect((l2, "lowlink", "1ns"), (memctrl, "highlink", "1ns"))
    return memctrl
