/*
 * imgproc.h -- public API of libimgproc
 *
 * All functions return 0 on success or a negative IMG_E* code.
 */

#ifndef IMGPROC_H
#define IMGPROC_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define IMGPROC_VERSION_MAJOR 2
#define IMGPROC_VERSION_MINOR 1

enum img_error {
    IMG_OK       =  0,
    IMG_ENOMEM   = -1,
    IMG_EINVAL   = -2,
    IMG_EIO      = -3,
    IMG_EFORMAT  = -4
};

enum img_format {
    IMG_GRAY8,
    IMG_RGB24,
    IMG_RGBA32
};

typedef struct img_image img_image;   /* opaque */

typedef struct {
    int x, y;
    int width, height;
} img_rect;

/* lifetime */
int  img_create(img_image **out, int width, int height, enum img_format fmt);
int  img_load_ppm(img_image **out, const char *path);
int  img_save_ppm(const img_image *img, const char *path);
void img_destroy(img_image *img);

/* accessors */
int             img_width(const img_image *img);
int             img_height(const img_image *img);
enum img_format img_get_format(const img_image *img);
uint8_t        *img_pixels(img_image *img, size_t *stride);

/* operations */
int img_crop(const img_image *src, img_rect r, img_image **out);
int img_resize_bilinear(const img_image *src, int w, int h, img_image **out);
int img_to_gray(const img_image *src, img_image **out);
int img_blur_box(img_image *img, int radius);
int img_threshold(img_image *img, uint8_t level);
int img_histogram(const img_image *img, uint32_t hist[256]);

const char *img_strerror(int err);

#ifdef __cplusplus
}
#endif

#endif /* IMGPROC_H */
