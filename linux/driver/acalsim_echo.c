// SPDX-License-Identifier: GPL-2.0
/*
 * acalsim.QEMUDevice, the echo device: a write to DATA_IN starts an echo,
 * DATA_OUT returns the value once the echo is done (the device holds the read
 * until then), STATUS.ERROR reports a rejected access.
 */

#include <linux/io.h>
#include <linux/uaccess.h>

#include "acalsim.h"
#include "qemu_device_regs.h"

static DEFINE_IDA(acalsim_echo_ids);

static ssize_t acalsim_echo_write(struct file *file, const char __user *buf,
				  size_t count, loff_t *ppos)
{
	struct acalsim_file *af = file->private_data;
	struct acalsim_dev *adev = af->adev;
	u32 value, echoed, status;

	if (count != sizeof(value))
		return -EINVAL;
	if (copy_from_user(&value, buf, sizeof(value)))
		return -EFAULT;

	mutex_lock(&adev->lock);
	writel(value, adev->regs + SST_REG_DATA_IN);
	echoed = readl(adev->regs + SST_REG_DATA_OUT);
	status = readl(adev->regs + SST_REG_STATUS);
	if (status & SST_STATUS_ERROR)
		writel(SST_CONTROL_RESET, adev->regs + SST_REG_CONTROL);
	mutex_unlock(&adev->lock);

	if (status & SST_STATUS_ERROR)
		return -EIO;
	af->echoed = echoed;
	af->has_echoed = true;
	return sizeof(value);
}

static ssize_t acalsim_echo_read(struct file *file, char __user *buf,
				 size_t count, loff_t *ppos)
{
	struct acalsim_file *af = file->private_data;

	if (count < sizeof(af->echoed))
		return -EINVAL;
	if (!af->has_echoed)
		return -ENODATA;
	if (copy_to_user(buf, &af->echoed, sizeof(af->echoed)))
		return -EFAULT;
	return sizeof(af->echoed);
}

static const struct file_operations acalsim_echo_fops = {
	.owner = THIS_MODULE,
	.open = acalsim_open,
	.release = acalsim_release,
	.read = acalsim_echo_read,
	.write = acalsim_echo_write,
	.llseek = no_llseek,
};

const struct acalsim_model acalsim_echo_model = {
	.name = "echo",
	.fops = &acalsim_echo_fops,
	.ids = &acalsim_echo_ids,
};
