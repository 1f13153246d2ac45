// SPDX-License-Identifier: GPL-2.0
/*
 * acalsim: platform driver for the acalsim device models, which SST simulates
 * behind QEMU's sst-device. Each device is found through its device-tree node
 * (sst-device publishes one per window: reg, interrupts, compatible) and gets
 * one misc character device, /dev/acalsim-<model>N.
 */

#include <linux/io.h>
#include <linux/mod_devicetable.h>
#include <linux/module.h>
#include <linux/of.h>
#include <linux/of_device.h>
#include <linux/slab.h>

#include "acalsim.h"

int acalsim_open(struct inode *inode, struct file *file)
{
	struct miscdevice *misc = file->private_data;	/* set by misc_open() */
	struct acalsim_file *af;

	af = kzalloc(sizeof(*af), GFP_KERNEL);
	if (!af)
		return -ENOMEM;
	af->adev = container_of(misc, struct acalsim_dev, misc);
	file->private_data = af;
	return nonseekable_open(inode, file);
}

int acalsim_release(struct inode *inode, struct file *file)
{
	kfree(file->private_data);
	return 0;
}

static void acalsim_free_id(void *data)
{
	struct acalsim_dev *adev = data;

	ida_free(adev->model->ids, adev->id);
}

static int acalsim_probe(struct platform_device *pdev)
{
	struct device *dev = &pdev->dev;
	struct acalsim_dev *adev;
	int ret;

	adev = devm_kzalloc(dev, sizeof(*adev), GFP_KERNEL);
	if (!adev)
		return -ENOMEM;
	adev->dev = dev;
	adev->model = of_device_get_match_data(dev);
	mutex_init(&adev->lock);

	adev->regs = devm_platform_ioremap_resource(pdev, 0);
	if (IS_ERR(adev->regs))
		return PTR_ERR(adev->regs);

	if (adev->model->probe) {
		ret = adev->model->probe(adev, pdev);
		if (ret)
			return ret;
	}

	adev->id = ida_alloc(adev->model->ids, GFP_KERNEL);
	if (adev->id < 0)
		return adev->id;
	ret = devm_add_action_or_reset(dev, acalsim_free_id, adev);
	if (ret)
		return ret;

	snprintf(adev->name, sizeof(adev->name), "acalsim-%s%d", adev->model->name, adev->id);
	adev->misc.minor = MISC_DYNAMIC_MINOR;
	adev->misc.name = adev->name;
	adev->misc.fops = adev->model->fops;
	adev->misc.parent = dev;
	platform_set_drvdata(pdev, adev);
	ret = misc_register(&adev->misc);
	if (ret)
		return dev_err_probe(dev, ret, "cannot register /dev/%s\n", adev->name);

	dev_info(dev, "/dev/%s\n", adev->name);
	return 0;
}

static int acalsim_remove(struct platform_device *pdev)
{
	struct acalsim_dev *adev = platform_get_drvdata(pdev);

	/* No new opens; the rest (interrupt, buffers, number) is devm_* managed. */
	misc_deregister(&adev->misc);
	return 0;
}

static const struct of_device_id acalsim_of_match[] = {
	{ .compatible = "acalsim,qemu-device", .data = &acalsim_echo_model },
	{ .compatible = "acalsim,compute-device", .data = &acalsim_compute_model },
	{ .compatible = "acalsim,dma-engine", .data = &acalsim_dma_model },
	{ }
};
MODULE_DEVICE_TABLE(of, acalsim_of_match);

static struct platform_driver acalsim_driver = {
	.probe = acalsim_probe,
	.remove = acalsim_remove,
	.driver = {
		.name = "acalsim",
		.of_match_table = acalsim_of_match,
	},
};
module_platform_driver(acalsim_driver);

MODULE_DESCRIPTION("Driver for the acalsim device models simulated by SST behind QEMU");
MODULE_LICENSE("GPL");
