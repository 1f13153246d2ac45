/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * sst-device's device-tree nodes: one per SST device behind the window, in
 * the FDT the machine hands the guest, so that an operating system finds the
 * devices (reg, interrupts, compatible) as it finds the board's own.
 *
 *   dt-nodes=COMPATIBLE@BASE:SIZE[;COMPATIBLE@BASE:SIZE...]
 *
 * Entry N is the device on interrupt line N (PLIC source irq + N) when the
 * device has interrupt lines. Without dt-nodes, one node covers the whole
 * window with compatible "acalsim,sst-device". A comma inside a -device value
 * is written twice: dt-nodes=acalsim,,dma-engine@0x10200000:0x1000.
 *
 * The virt machine builds its FDT during machine init and copies it to guest
 * memory when machine init is done, after -device objects are realized: nodes
 * added at realize are in the guest's copy. A machine without an FDT gets none.
 */

#include "qemu/osdep.h"
#include "hw/boards.h"
#include "hw/misc/sst-device.h"
#include "qapi/error.h"
#include "qemu/cutils.h"
#include "sysemu/device_tree.h"
#include "trace.h"

#include <libfdt.h>

typedef struct SSTFdtNode {
    const char *compatible;
    uint64_t base;
    uint64_t size;
} SSTFdtNode;

/* Parses one "COMPATIBLE@BASE:SIZE" entry (in place: the string is split). */
static bool sst_fdt_parse_entry(char *entry, SSTFdtNode *node, Error **errp)
{
    char *at = strrchr(entry, '@');
    char *colon = at ? strchr(at, ':') : NULL;
    const char *end;

    if (!at || at == entry || !colon) {
        error_setg(errp, "sst-device: dt-nodes entry '%s' is not COMPATIBLE@BASE:SIZE", entry);
        return false;
    }
    *at = '\0';
    *colon = '\0';
    node->compatible = entry;
    if (qemu_strtou64(at + 1, &end, 0, &node->base) || *end ||
        qemu_strtou64(colon + 1, &end, 0, &node->size) || *end || !node->size) {
        error_setg(errp, "sst-device: dt-nodes entry for '%s' has a bad base or size ('%s:%s')",
                   entry, at + 1, colon + 1);
        return false;
    }
    return true;
}

/* The PLIC's phandle, or 0 (with errp set) when the FDT has none. */
static uint32_t sst_fdt_plic_phandle(void *fdt, Error **errp)
{
    int plic = fdt_node_offset_by_compatible(fdt, -1, "riscv,plic0");
    uint32_t phandle = plic >= 0 ? fdt_get_phandle(fdt, plic) : 0;

    if (!phandle) {
        error_setg(errp, "sst-device: the machine's device tree has no PLIC (riscv,plic0) "
                   "with a phandle for the devices' interrupts");
    }
    return phandle;
}

static void sst_fdt_add_node(void *fdt, const char *parent, const SSTFdtNode *node,
                             uint32_t plic_phandle, uint32_t irq)
{
    /* The node is named for the model: "acalsim,dma-engine" -> dma-engine@10200000. */
    const char *comma = strchr(node->compatible, ',');
    const char *model = comma && comma[1] ? comma + 1 : node->compatible;
    g_autofree char *path = g_strdup_printf("%s/%s@%" PRIx64, parent, model, node->base);

    qemu_fdt_add_subnode(fdt, path);
    qemu_fdt_setprop_string(fdt, path, "compatible", node->compatible);
    qemu_fdt_setprop_sized_cells(fdt, path, "reg", 2, node->base, 2, node->size);
    if (irq) {
        qemu_fdt_setprop_cell(fdt, path, "interrupt-parent", plic_phandle);
        qemu_fdt_setprop_cell(fdt, path, "interrupts", irq);
    }
    trace_sst_device_fdt_node(path, irq);
}

bool sst_device_publish_fdt(SSTDeviceState *s, Error **errp)
{
    MachineState *ms = MACHINE(qdev_get_machine());
    void *fdt = ms->fdt;
    g_auto(GStrv) entries = NULL;
    g_autofree SSTFdtNode *nodes = NULL;
    uint32_t plic_phandle = 0;
    const char *parent;
    size_t count;

    if (!fdt) {
        return true;
    }
    if (s->dt_nodes && *s->dt_nodes) {
        entries = g_strsplit(s->dt_nodes, ";", 0);
        count = g_strv_length(entries);
    } else {
        count = 1;
    }
    nodes = g_new0(SSTFdtNode, count);
    for (size_t i = 0; i < count; i++) {
        if (!entries) {
            nodes[i] = (SSTFdtNode){ "acalsim,sst-device", s->base, s->size };
        } else if (!sst_fdt_parse_entry(entries[i], &nodes[i], errp)) {
            return false;
        }
        if (nodes[i].base < s->base || nodes[i].size > s->size ||
            nodes[i].base - s->base > s->size - nodes[i].size) {
            error_setg(errp, "sst-device: dt-nodes entry '%s' at 0x%" PRIx64 " size 0x%" PRIx64
                       " lies outside the window 0x%" PRIx64 " size 0x%" PRIx64,
                       nodes[i].compatible, nodes[i].base, nodes[i].size, s->base, s->size);
            return false;
        }
    }
    if (s->irqs) {
        if (count > s->irq_count) {
            error_setg(errp, "sst-device: dt-nodes has %zu entries but irq-count=%" PRIu32
                       " interrupt lines", count, s->irq_count);
            return false;
        }
        plic_phandle = sst_fdt_plic_phandle(fdt, errp);
        if (!plic_phandle) {
            return false;
        }
    }
    parent = fdt_path_offset(fdt, "/soc") >= 0 ? "/soc" : "";
    for (size_t i = 0; i < count; i++) {
        sst_fdt_add_node(fdt, parent, &nodes[i], plic_phandle, s->irqs ? s->irq_num + i : 0);
    }
    return true;
}
