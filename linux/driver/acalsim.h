/* SPDX-License-Identifier: GPL-2.0 */
/*
 * acalsim driver internals: what the probe code (acalsim_main.c) needs to know
 * about each device model (acalsim_echo.c, acalsim_compute.c, acalsim_dma.c).
 */
#ifndef ACALSIM_H
#define ACALSIM_H

#include <linux/completion.h>
#include <linux/fs.h>
#include <linux/idr.h>
#include <linux/miscdevice.h>
#include <linux/mutex.h>
#include <linux/platform_device.h>
#include <linux/types.h>

struct acalsim_dev;

/* A device model: one per compatible string in the of_match_table. */
struct acalsim_model {
	const char *name;			/* /dev/acalsim-<name>N */
	const struct file_operations *fops;
	/* Model-specific resources (interrupt, DMA buffers), devm_* managed. */
	int (*probe)(struct acalsim_dev *adev, struct platform_device *pdev);
	struct ida *ids;			/* numbers N of this model */
};

struct acalsim_dev {
	struct device *dev;
	void __iomem *regs;
	const struct acalsim_model *model;
	struct miscdevice misc;
	char name[32];
	int id;
	struct mutex lock;	/* one register sequence at a time */

	/* acalsim.DMAEngine */
	void *dma_src;
	void *dma_dst;
	dma_addr_t dma_src_addr;
	dma_addr_t dma_dst_addr;
	struct completion dma_done;
	u32 dma_status;		/* STATUS when the completion interrupt came */
};

/* An open file: its device, and what the last echo returned. */
struct acalsim_file {
	struct acalsim_dev *adev;
	u32 echoed;
	bool has_echoed;
};

int acalsim_open(struct inode *inode, struct file *file);
int acalsim_release(struct inode *inode, struct file *file);

extern const struct acalsim_model acalsim_echo_model;
extern const struct acalsim_model acalsim_compute_model;
extern const struct acalsim_model acalsim_dma_model;

#endif /* ACALSIM_H */
