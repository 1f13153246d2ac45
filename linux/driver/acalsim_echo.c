// SPDX-License-Identifier: GPL-2.0
/*
 * acalsim.QEMUDevice, the echo device: a write to DATA_IN starts an echo,
 * DATA_OUT returns the value once the echo is done (the device holds the read
 * until then), STATUS.ERROR reports a rejected access.
 */

#include <linux/io.h>
#include <linux/uaccess.h>

#include "acalsim.h"

#define ECHO_DATA_IN		0x00
#define ECHO_DATA_OUT		0x04
#define ECHO_STATUS		0x08
#define ECHO_CONTROL		0x0c
#define ECHO_STATUS_ERROR	BIT(2)
#define ECHO_CONTROL_RESET	BIT(1)

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
	writel(value, adev->regs + ECHO_DATA_IN);
	echoed = readl(adev->regs + ECHO_DATA_OUT);
	status = readl(adev->regs + ECHO_STATUS);
	if (status & ECHO_STATUS_ERROR)
		writel(ECHO_CONTROL_RESET, adev->regs + ECHO_CONTROL);
	mutex_unlock(&adev->lock);

	if (status & ECHO_STATUS_ERROR)
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
