// SPDX-License-Identifier: GPL-2.0
/*
 * scratchpad.c - a tiny misc character device that keeps a
 * page-sized buffer in kernel memory.
 *
 * Reads return whatever was last written; an ioctl clears it.
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/miscdevice.h>
#include <linux/fs.h>
#include <linux/uaccess.h>
#include <linux/mutex.h>
#include <linux/slab.h>
#include <linux/ioctl.h>

#define SCRATCH_SIZE	PAGE_SIZE
#define SCRATCH_IOC_MAGIC	'S'
#define SCRATCH_IOC_CLEAR	_IO(SCRATCH_IOC_MAGIC, 0)
#define SCRATCH_IOC_GETLEN	_IOR(SCRATCH_IOC_MAGIC, 1, int)

struct scratch_dev {
	char *buf;
	size_t len;
	struct mutex lock;
	unsigned long opens;
};

static struct scratch_dev *sdev;

static bool verbose;
module_param(verbose, bool, 0644);
MODULE_PARM_DESC(verbose, "log every read and write");

static int scratch_open(struct inode *inode, struct file *file)
{
	mutex_lock(&sdev->lock);
	sdev->opens++;
	mutex_unlock(&sdev->lock);
	file->private_data = sdev;
	return 0;
}

static ssize_t scratch_read(struct file *file, char __user *ubuf,
			    size_t count, loff_t *ppos)
{
	struct scratch_dev *d = file->private_data;
	ssize_t ret;

	if (mutex_lock_interruptible(&d->lock))
		return -ERESTARTSYS;

	ret = simple_read_from_buffer(ubuf, count, ppos, d->buf, d->len);
	if (verbose)
		pr_info("read %zd bytes at %lld\n", ret, *ppos);

	mutex_unlock(&d->lock);
	return ret;
}

static ssize_t scratch_write(struct file *file, const char __user *ubuf,
			     size_t count, loff_t *ppos)
{
	struct scratch_dev *d = file->private_data;
	ssize_t ret;

	if (*ppos >= SCRATCH_SIZE)
		return -ENOSPC;

	if (mutex_lock_interruptible(&d->lock))
		return -ERESTARTSYS;

	ret = simple_write_to_buffer(d->buf, SCRATCH_SIZE, ppos, ubuf, count);
	if (ret > 0 && *ppos > d->len)
		d->len = *ppos;

	if (verbose)
		pr_info("wrote %zd bytes, len now %zu\n", ret, d->len);

	mutex_unlock(&d->lock);
	return ret;
}

static long scratch_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	struct scratch_dev *d = file->private_data;
	int len;

	switch (cmd) {
	case SCRATCH_IOC_CLEAR:
		mutex_lock(&d->lock);
		memset(d->buf, 0, SCRATCH_SIZE);
		d->len = 0;
		mutex_unlock(&d->lock);
		return 0;
	case SCRATCH_IOC_GETLEN:
		len = READ_ONCE(d->len);
		if (put_user(len, (int __user *)arg))
			return -EFAULT;
		return 0;
	default:
		return -ENOTTY;
	}
}

static const struct file_operations scratch_fops = {
	.owner		= THIS_MODULE,
	.open		= scratch_open,
	.read		= scratch_read,
	.write		= scratch_write,
	.unlocked_ioctl	= scratch_ioctl,
	.llseek		= default_llseek,
};

static struct miscdevice scratch_misc = {
	.minor	= MISC_DYNAMIC_MINOR,
	.name	= "scratchpad",
	.fops	= &scratch_fops,
	.mode	= 0666,
};

static int __init scratch_init(void)
{
	int ret;

	sdev = kzalloc(sizeof(*sdev), GFP_KERNEL);
	if (!sdev)
		return -ENOMEM;

	sdev->buf = kzalloc(SCRATCH_SIZE, GFP_KERNEL);
	if (!sdev->buf) {
		ret = -ENOMEM;
		goto err_free_dev;
	}
	mutex_init(&sdev->lock);

	ret = misc_register(&scratch_misc);
	if (ret) {
		pr_err("misc_register failed: %d\n", ret);
		goto err_free_buf;
	}

	pr_info("ready at /dev/%s\n", scratch_misc.name);
	return 0;

err_free_buf:
	kfree(sdev->buf);
err_free_dev:
	kfree(sdev);
	return ret;
}

static void __exit scratch_exit(void)
{
	misc_deregister(&scratch_misc);
	pr_info("unloaded after %lu opens\n", sdev->opens);
	kfree(sdev->buf);
	kfree(sdev);
}

module_init(scratch_init);
module_exit(scratch_exit);

MODULE_LICENSE("GPL");
MODULE_AUTHOR("Example Author <author@example.org>");
MODULE_DESCRIPTION("Page-sized scratch buffer character device");
