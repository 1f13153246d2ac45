// SPDX-License-Identifier: GPL-2.0
/*
 * acalsim.ComputeDevice, a small ALU: operands A and B, an OP, TRIGGER; the
 * device is BUSY for its compute latency, then RESULT holds the result, or
 * STATUS.ERROR says the operation failed (divide by zero).
 */

#include <linux/io.h>
#include <linux/iopoll.h>
#include <linux/uaccess.h>

#include "../uapi/acalsim.h"
#include "acalsim.h"
#include "compute_device_regs.h"

#define CD_TIMEOUT_US		10000

static DEFINE_IDA(acalsim_compute_ids);

static int acalsim_compute(struct acalsim_dev *adev, struct acalsim_compute *op)
{
	u32 status;
	int ret;

	if (op->op > ACALSIM_OP_DIV)
		return -EINVAL;

	mutex_lock(&adev->lock);
	writel(op->a, adev->regs + CD_A);
	writel(op->b, adev->regs + CD_B);
	writel(op->op, adev->regs + CD_OP);
	writel(CD_CONTROL_TRIGGER, adev->regs + CD_CONTROL);
	/* Each poll is a register read the device answers with its latency. */
	ret = readl_poll_timeout(adev->regs + CD_STATUS, status,
				 !(status & CD_STATUS_BUSY), 0, CD_TIMEOUT_US);
	if (!ret && (status & CD_STATUS_ERROR))
		ret = op->op == ACALSIM_OP_DIV && !op->b ? -EDOM : -EIO;
	if (!ret)
		op->result = readl(adev->regs + CD_RESULT);
	mutex_unlock(&adev->lock);
	return ret;
}

static long acalsim_compute_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	struct acalsim_file *af = file->private_data;
	struct acalsim_compute op;
	int ret;

	if (cmd != ACALSIM_IOC_COMPUTE)
		return -ENOTTY;
	if (copy_from_user(&op, (void __user *)arg, sizeof(op)))
		return -EFAULT;
	ret = acalsim_compute(af->adev, &op);
	if (ret)
		return ret;
	if (copy_to_user((void __user *)arg, &op, sizeof(op)))
		return -EFAULT;
	return 0;
}

static const struct file_operations acalsim_compute_fops = {
	.owner = THIS_MODULE,
	.open = acalsim_open,
	.release = acalsim_release,
	.unlocked_ioctl = acalsim_compute_ioctl,
	.llseek = no_llseek,
};

const struct acalsim_model acalsim_compute_model = {
	.name = "compute",
	.fops = &acalsim_compute_fops,
	.ids = &acalsim_compute_ids,
};
