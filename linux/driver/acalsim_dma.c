// SPDX-License-Identifier: GPL-2.0
/*
 * acalsim.DMAEngine: copies LEN bytes of guest memory from SRC to DST at its
 * modelled bandwidth and raises its interrupt when done. The driver owns one
 * pair of coherent buffers per device: write() fills the source, the
 * ACALSIM_IOC_DMA_COPY ioctl has the engine copy it to the destination (the
 * caller sleeps until the completion interrupt), read() returns the result.
 */

#include <linux/dma-mapping.h>
#include <linux/interrupt.h>
#include <linux/io.h>
#include <linux/jiffies.h>
#include <linux/uaccess.h>

#include "../uapi/acalsim.h"
#include "acalsim.h"
#include "dma_engine_regs.h"

/* Guest time a copy may take: far above any modelled transfer of one buffer. */
#define DMA_TIMEOUT_MS		1000

static DEFINE_IDA(acalsim_dma_ids);

static irqreturn_t acalsim_dma_irq(int irq, void *data)
{
	struct acalsim_dev *adev = data;

	if (!(readl(adev->regs + DMA_INT_STATUS) & DMA_INT_DONE))
		return IRQ_NONE;
	writel(DMA_INT_DONE, adev->regs + DMA_INT_STATUS);	/* lowers the line */
	adev->dma_status = readl(adev->regs + DMA_STATUS);
	complete(&adev->dma_done);
	return IRQ_HANDLED;
}

static int acalsim_dma_copy(struct acalsim_dev *adev, u32 len)
{
	long left;
	int ret = 0;

	if (!len || len > ACALSIM_DMA_BUFFER_SIZE)
		return -EINVAL;

	mutex_lock(&adev->lock);
	if (readl(adev->regs + DMA_STATUS) & DMA_STATUS_BUSY) {
		ret = -EBUSY;	/* a copy whose waiter was killed is still running */
		goto out;
	}
	reinit_completion(&adev->dma_done);
	writel(lower_32_bits(adev->dma_src_addr), adev->regs + DMA_SRC);
	writel(lower_32_bits(adev->dma_dst_addr), adev->regs + DMA_DST);
	writel(len, adev->regs + DMA_LEN);
	writel(DMA_INT_DONE, adev->regs + DMA_INT_ENABLE);
	writel(DMA_CONTROL_START, adev->regs + DMA_CONTROL);

	left = wait_for_completion_killable_timeout(&adev->dma_done,
						    msecs_to_jiffies(DMA_TIMEOUT_MS));
	if (left < 0)
		ret = left;
	else if (!left)
		ret = -ETIMEDOUT;
	else if (adev->dma_status & DMA_STATUS_ERROR)
		ret = -EIO;
out:
	mutex_unlock(&adev->lock);
	return ret;
}

static ssize_t acalsim_dma_write(struct file *file, const char __user *buf,
				 size_t count, loff_t *ppos)
{
	struct acalsim_dev *adev = ((struct acalsim_file *)file->private_data)->adev;
	ssize_t ret = count;

	if (!count || count > ACALSIM_DMA_BUFFER_SIZE)
		return -EINVAL;
	mutex_lock(&adev->lock);
	if (copy_from_user(adev->dma_src, buf, count))
		ret = -EFAULT;
	mutex_unlock(&adev->lock);
	return ret;
}

static ssize_t acalsim_dma_read(struct file *file, char __user *buf,
				size_t count, loff_t *ppos)
{
	struct acalsim_dev *adev = ((struct acalsim_file *)file->private_data)->adev;
	ssize_t ret;

	count = min_t(size_t, count, ACALSIM_DMA_BUFFER_SIZE);
	mutex_lock(&adev->lock);
	ret = copy_to_user(buf, adev->dma_dst, count) ? -EFAULT : count;
	mutex_unlock(&adev->lock);
	return ret;
}

static long acalsim_dma_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	struct acalsim_dev *adev = ((struct acalsim_file *)file->private_data)->adev;
	u32 len;

	if (cmd != ACALSIM_IOC_DMA_COPY)
		return -ENOTTY;
	if (get_user(len, (u32 __user *)arg))
		return -EFAULT;
	return acalsim_dma_copy(adev, len);
}

static int acalsim_dma_probe(struct acalsim_dev *adev, struct platform_device *pdev)
{
	struct device *dev = &pdev->dev;
	int irq, ret;

	init_completion(&adev->dma_done);
	/* The engine's address registers are 32 bits wide. */
	ret = dma_set_mask_and_coherent(dev, DMA_BIT_MASK(32));
	if (ret)
		return dev_err_probe(dev, ret, "no 32-bit DMA\n");
	adev->dma_src = dmam_alloc_coherent(dev, ACALSIM_DMA_BUFFER_SIZE,
					    &adev->dma_src_addr, GFP_KERNEL);
	adev->dma_dst = dmam_alloc_coherent(dev, ACALSIM_DMA_BUFFER_SIZE,
					    &adev->dma_dst_addr, GFP_KERNEL);
	if (!adev->dma_src || !adev->dma_dst)
		return -ENOMEM;

	irq = platform_get_irq(pdev, 0);
	if (irq < 0)
		return irq;
	ret = devm_request_irq(dev, irq, acalsim_dma_irq, 0, dev_name(dev), adev);
	if (ret)
		return dev_err_probe(dev, ret, "cannot request interrupt %d\n", irq);
	return 0;
}

static const struct file_operations acalsim_dma_fops = {
	.owner = THIS_MODULE,
	.open = acalsim_open,
	.release = acalsim_release,
	.read = acalsim_dma_read,
	.write = acalsim_dma_write,
	.unlocked_ioctl = acalsim_dma_ioctl,
	.llseek = no_llseek,
};

const struct acalsim_model acalsim_dma_model = {
	.name = "dma",
	.fops = &acalsim_dma_fops,
	.probe = acalsim_dma_probe,
	.ids = &acalsim_dma_ids,
};
