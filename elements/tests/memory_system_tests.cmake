# SPDX-License-Identifier: BSD-3-Clause
# The guest in SST's memory system (StandardMem, memHierarchy), included once per engine by
# CMakeLists.txt after cosim_tests.cmake, with SST, E, ENGINE as there and
#   MEMH  --env SST_CONFIG_FILE_PATH=... : how this engine finds sst-elements' libraries
set(MMIO_EX_CFG ${PROJECT_SOURCE_DIR}/configs/mmio_ex.py)

# memHierarchy.mmioEx, unmodified, driven by the guest over StandardMem; its own reads and
# writes to memory (mem_accesses 40: 17 reads, 23 writes from its seeded generator) complete.
foreach(arch rv32 rv64)
  add_cosim_test(${E}memory_system.${arch}.mmio_ex LABELS cosim,qemu,memory-system ${COSIM} ${MEMH}
    --stdout "\\[qemu0\\] PASS: square of -46341 = 0x80001219"
    --stdout "\\[qemu0\\] PASS: device 1 keeps its own square = 0x90"
    --stdout "\\[qemu0\\] PASS: a 1-byte write is squared as 255 = 0xfe01"
    --stdout "\\[qemu0\\] PASS: between the windows: all-ones = 0xffffffff"
    --stdout "\\[qemu0\\] firmware checks: 12 run, 0 failed" --not-stdout "FAIL"
    --stdout "\\[qemu0\\] 16 reads through the network took 300 ns"
    --stdout " qemu0.mmio_reads : Accumulator : Sum.u64 = 27\\x3b"
    --stdout " qemu0.mmio_writes : Accumulator : Sum.u64 = 11\\x3b"
    # No device port: nothing can interrupt the guest, so it never stops for SST.
    --stdout " qemu0.syncs : Accumulator : Sum.u64 = 0\\x3b"
    --stdout " mmio0.read_latency : Accumulator : .* Count.u64 = 17\\x3b"
    --stdout " mmio0.write_latency : Accumulator : .* Count.u64 = 23\\x3b"
    --stdout " memory.requests_received_Write : Accumulator : Sum.u64 = 23\\x3b"
    -- ${SST} ${MMIO_EX_CFG} -- --arch ${arch})
endforeach()
# The guest waits for each access: what memHierarchy's model takes is what the guest's clock sees.
# 16 uncached reads from a MemController: 50 ns more access_time is 16 x 50 ns more guest time.
foreach(case "50ns;65880;1100" "100ns;115880;1900")
  list(GET case 0 access_time)
  list(GET case 1 round_trip_ps)
  list(GET case 2 guest_ns)
  add_cosim_test(${E}memory_system.guest_sees_memory_latency_${access_time} LABELS cosim,qemu,memory-system,timing
    ${COSIM} ${MEMH}
    --stdout "\\[qemu0\\] PASS: words read back wrong = 0x0"
    --stdout "\\[qemu0\\] 16 reads from memory took ${guest_ns} ns"
    --stdout " scratch.latency_GetS : Accumulator : .* Min.u64 = [0-9]+\\x3b Max.u64 = [0-9]+\\x3b"
    --stdout " qemu0.round_trip_latency : Accumulator : .* Min.u64 = ${round_trip_ps}\\x3b Max.u64 = ${round_trip_ps}\\x3b"
    -- ${SST} ${MMIO_EX_CFG} -- --memory-latency ${access_time} --firmware ${FIRMWARE_DIR}/rv32/stdmem_timing.elf)
endforeach()
add_cosim_test(${E}memory_system.verbose_traces_stdmem LABELS cosim,qemu,memory-system ${COSIM} ${MEMH}
  --stdout "qemu0: MMIO WRITE addr=0x10200000 size=1 data=0xff status=0 latency=[0-9]+"
  --stdout "qemu0: MMIO READ addr=0x10200000 size=4 data=0xfe01 status=0 latency=[0-9]+"
  -- ${SST} ${MMIO_EX_CFG} -- --verbose 2)

# Configuration errors name the problem before QEMU starts.
add_expect_test(${E}memory_system.error.windows_without_slot LABELS cosim,errors,memory-system ${COSIM}
  --status 1
  --stderr "FATAL: qemu0: stdmem_bases is set but nothing is loaded into the memory slot \\(e.g. memHierarchy.standardInterface\\)"
  -- ${SST} ${BRIDGE_CFG} -- stdmem_bases=[0x10300000])
add_expect_test(${E}memory_system.error.slot_without_windows LABELS cosim,errors,memory-system ${COSIM} ${MEMH}
  --status 1
  --stderr "FATAL: qemu0: a StandardMem interface is loaded into the memory slot but stdmem_bases names no window for it"
  -- ${SST} ${BRIDGE_CFG} -- memory_slot=memHierarchy.standardInterface)
add_expect_test(${E}memory_system.error.window_overlaps_a_device LABELS cosim,errors,memory-system ${COSIM} ${MEMH}
  --status 1 --stderr "FATAL: qemu0: the windows of device_port and stdmem window 0 overlap"
  -- ${SST} ${BRIDGE_CFG} -- memory_slot=memHierarchy.standardInterface stdmem_bases=[0x10200800])

# The DMA engine's copies through memHierarchy (L1, L2, MemController) into the guest's own RAM:
# the MemController's backing store is QEMU's RAM file, so no DMA byte crosses the QEMU link,
# and the private TMPDIR shows the file gone at the end.
set(MEMORY_SYSTEM_CFG ${PROJECT_SOURCE_DIR}/configs/memory_system.py)
foreach(arch rv32 rv64)
  add_cosim_test(${E}memory_system.${arch}.dma_through_caches LABELS cosim,qemu,dma,memory-system ${COSIM} ${MEMH}
    --stdout "\\[qemu0\\] PASS: every byte copied" --stdout "\\[qemu0\\] PASS: completion interrupts = 0x1"
    --stdout "\\[qemu0\\] PASS: STATUS after a copy from non-RAM = 0x4"
    --stdout "\\[qemu0\\] firmware checks: 5 run, 0 failed"
    --stdout " qemu0.dma_bytes : Accumulator : Sum.u64 = 0\\x3b"
    --stdout " dma0.bytes_copied : Accumulator : Sum.u64 = 4096\\x3b"
    # 64 lines read, 64 written (write-allocate fetches them), all written back before the interrupt.
    --stdout " memory.requests_received_GetS : Accumulator : Sum.u64 = 64\\x3b"
    --stdout " memory.requests_received_GetX : Accumulator : Sum.u64 = 64\\x3b"
    --stdout " l1.FlushLineInv_recv : Accumulator : Sum.u64 = 128\\x3b"
    -- ${SST} ${MEMORY_SYSTEM_CFG} -- --arch ${arch})
endforeach()
add_cosim_test(${E}memory_system.dma_through_timing_dram LABELS cosim,qemu,dma,memory-system ${COSIM} ${MEMH}
  --stdout "\\[qemu0\\] PASS: every byte copied" --stdout "\\[qemu0\\] firmware checks: 5 run, 0 failed"
  -- ${SST} ${MEMORY_SYSTEM_CFG} -- --backend timingDRAM)
# The guest times a copy by polling, twice. At 64 GB/s the engine waits on memory, 33 accesses in a
# row (16 chunks read and written, then the write-back), so 50 ns more access_time is 33 x 50 ns =
# 1650 ns more copy_time; the guest sees each within its 100 ns rdtime tick (2763 -> 2800, 4413 ->
# 4400). The engine drops its lines after a copy (cache_policy invalidate): the second is as cold.
foreach(case "50ns;2763000;2800" "100ns;4413000;4400")
  list(GET case 0 access_time)
  list(GET case 1 copy_ps)
  list(GET case 2 guest_ns)
  add_cosim_test(${E}memory_system.dma_sees_memory_latency_${access_time} LABELS cosim,qemu,dma,memory-system,timing
    ${COSIM} ${MEMH}
    --stdout "\\[qemu0\\] polled dma of 4096 bytes took ${guest_ns} ns" --stdout "\\[qemu0\\] PASS: every byte copied"
    --stdout " dma0.copy_time : Accumulator : .* Count.u64 = 2\\x3b Min.u64 = ${copy_ps}\\x3b Max.u64 = ${copy_ps}\\x3b"
    -- ${SST} ${MEMORY_SYSTEM_CFG} -- --memory-latency ${access_time} --bandwidth 64GB/s
       --firmware ${FIRMWARE_DIR}/rv32/dma_timing.elf)
endforeach()
# Cold, then warm (cache_policy keep): the repeated copy hits in the L1 for every line, and only the
# destination's write-back reaches memory: 605 ns against 4349 ns at 100 ns access_time.
add_cosim_test(${E}memory_system.dma_warm_cache LABELS cosim,qemu,dma,memory-system,timing ${COSIM} ${MEMH}
  --stdout "\\[qemu0\\] polled dma of 4096 bytes took 4400 ns"
  --stdout "\\[qemu0\\] repeated dma of 4096 bytes took 700 ns" --stdout "\\[qemu0\\] PASS: every byte copied"
  --stdout " dma0.copy_time : Accumulator : .* Min.u64 = 605000\\x3b Max.u64 = 4349000\\x3b"
  -- ${SST} ${MEMORY_SYSTEM_CFG} -- --memory-latency 100ns --bandwidth 64GB/s --cache-policy keep
     --firmware ${FIRMWARE_DIR}/rv32/dma_timing.elf)
add_expect_test(${E}memory_system.error.ram_file_not_absolute LABELS cosim,errors,memory-system ${COSIM} --status 1
  --stderr "FATAL: qemu0: ram_file 'ram.bin' is not an absolute path"
  -- ${SST} ${BRIDGE_CFG} -- ram_file=ram.bin)
add_expect_test(${E}memory_system.error.ram_file_directory_missing LABELS cosim,errors,memory-system ${COSIM} --status 1
  --stderr "FATAL: qemu0: ram_file '/nonexistent/ram.bin': its directory cannot be written: No such file or directory"
  -- ${SST} ${BRIDGE_CFG} -- ram_file=/nonexistent/ram.bin)

# The Linux DMA test with the DMA engine behind memHierarchy: the driver's coherent buffers are
# the MemController's memory. The copy takes what the model says (copy_time, asserted), which is
# what the DMA test is told to expect; the guest stops only a few times (the direct path: 1281).
if(LINUX_KERNEL_DIR)
  add_cosim_test(${E}memory_system.linux_dma_through_caches LABELS linux,cosim,qemu,dma,memory-system ${COSIM} ${MEMH}
    --timeout 180
    --stdout "\\[qemu0\\] PASS: dma: destination equals source byte for byte \\(0 differ\\)"
    --stdout "\\[qemu0\\] PASS: dma: user space saw [0-9]+ ns, the model says 68347 ns"
    --stdout "\\[qemu0\\] init: 0 test program\\(s\\) failed" --not-stdout "FAIL"
    --stdout " dma0.copy_time : Accumulator : Sum.u64 = 68347000\\x3b"
    --stdout " qemu0.dma_bytes : Accumulator : Sum.u64 = 0\\x3b"
    --stdout " memory.requests_received_GetS : Accumulator : Sum.u64 = 1024\\x3b"
    -- ${SST} ${PROJECT_SOURCE_DIR}/configs/linux.py -- --tests dma --memory-system --append acalsim_dma_ns=68347)
endif()

# The acalsim devices as StandardMem endpoints (register_window.h): the register suite against
# acalsim.QEMUDevice reached through the bridge's memory slot, a memHierarchy.Bus and the device's
# iface slot gives the same checks and the same device statistics as over device_port.
foreach(arch rv32 rv64)
  add_cosim_test(${E}memory_system.${arch}.register_suite_over_stdmem LABELS cosim,qemu,memory-system ${COSIM} ${MEMH}
    --stdout "\\[qemu0\\] PASS: DATA_OUT read while busy = 0xcafef00d"
    --stdout "\\[qemu0\\] PASS: unknown offset 0x10 reads all-ones = 0xffffffff"
    --stdout "\\[qemu0\\] firmware checks: 42 run, 0 failed" --not-stdout "FAIL"
    --stdout " device0.echoes : Accumulator : Sum.u64 = 8\\x3b"
    --stdout " device0.errors : Accumulator : Sum.u64 = 3\\x3b"
    --stdout " qemu0.syncs : Accumulator : Sum.u64 = 0\\x3b"
    -- ${SST} ${DEFAULT} -- --arch ${arch} --stdmem)
endforeach()
# The whole picture: the guest reaches the DMA engine's registers over StandardMem, the engine
# copies through L1, L2 and the MemController over the guest's RAM; the firmware polls.
add_cosim_test(${E}memory_system.dma_registers_over_stdmem LABELS cosim,qemu,dma,memory-system ${COSIM} ${MEMH}
  --stdout "\\[qemu0\\] PASS: every byte copied" --stdout "\\[qemu0\\] firmware checks: 2 run, 0 failed"
  --stdout " qemu0.dma_bytes : Accumulator : Sum.u64 = 0\\x3b"
  --stdout " dma0.copy_time : Accumulator : .* Min.u64 = 4538500\\x3b Max.u64 = 4538500\\x3b"
  -- ${SST} ${MEMORY_SYSTEM_CFG} -- --stdmem)
# --trace shows the engine's trips through the memory system on its track (16 chunks read and
# written, one write-back), and the trace still agrees with the statistics (no bridge DMA at all).
add_trace_test(${E}trace.memory_system LABELS cosim,qemu,dma,memory-system --component qemu0
  --count "memory read=16" --count "memory write=16" --count "memory write-back=1" --count copy=2
  --on "^dma0 =memory read" --on "^dma0 =memory write" --on "^dma0 =memory write-back"
  -- ${SST} ${MEMORY_SYSTEM_CFG} -- --trace trace.json --stats stats.csv)
set_property(TEST ${E}trace.memory_system APPEND PROPERTY ENVIRONMENT SST_CONFIG_FILE_PATH=${memh_conf})
add_expect_test(${E}memory_system.error.bad_cache_policy LABELS cosim,errors,memory-system ${COSIM} --status 1
  --stderr "FATAL: device0: cache_policy 'sometimes' is not invalidate or keep"
  -- ${SST} ${BRIDGE_CFG} -- device=acalsim.DMAEngine device.cache_policy=sometimes)
