#import <UIKit/UIKit.h>

@interface ImageCache : NSObject
+ (instancetype)shared;
- (void)imageForURL:(NSURL *)url completion:(void (^)(UIImage *image))completion;
@end

@implementation ImageCache {
    NSCache<NSURL *, UIImage *> *_memory;
    dispatch_queue_t _ioQueue;
    NSMutableDictionary<NSURL *, NSMutableArray *> *_pending;
}

+ (instancetype)shared {
    static ImageCache *c;
    static dispatch_once_t once;
    dispatch_once(&once, ^{ c = [ImageCache new]; });
    return c;
}

- (instancetype)init {
    if ((self = [super init])) {
        _memory = [NSCache new];
        _memory.totalCostLimit = 50 * 1024 * 1024;
        _ioQueue = dispatch_queue_create("com.example.imagecache.io", DISPATCH_QUEUE_SERIAL);
        _pending = [NSMutableDictionary dictionary];
    }
    return self;
}

- (void)imageForURL:(NSURL *)url completion:(void (^)(UIImage *))completion {
    UIImage *hit = [_memory objectForKey:url];
    if (hit) {
        completion(hit);
        return;
    }
    dispatch_async(_ioQueue, ^{
        NSMutableArray *waiters = self->_pending[url];
        if (waiters) {
            [waiters addObject:[completion copy]];
            return;
        }
        self->_pending[url] = [NSMutableArray arrayWithObject:[completion copy]];

        [[[NSURLSession sharedSession] dataTaskWithURL:url completionHandler:^(NSData *data, NSURLResponse *r, NSError *e) {
            UIImage *img = data ? [UIImage imageWithData:data] : nil;
            if (img) {
                [self->_memory setObject:img forKey:url cost:data.length];
            }
            dispatch_async(self->_ioQueue, ^{
                NSArray *blocks = self->_pending[url];
                [self->_pending removeObjectForKey:url];
                dispatch_async(dispatch_get_main_queue(), ^{
                    for (void (^cb)(UIImage *) in blocks) cb(img);
                });
            });
        }] resume];
    });
}


#pragma mark - Disk cache

- (NSURL *)diskCacheDirectory {
    static NSURL *dir;
    static dispatch_once_t once;
    dispatch_once(&once, ^{
        NSURL *caches = [[NSFileManager defaultManager] URLsForDirectory:NSCachesDirectory inDomains:NSUserDomainMask].firstObject;
        dir = [caches URLByAppendingPathComponent:@"ImageCache" isDirectory:YES];
        [[NSFileManager defaultManager] createDirectoryAtURL:dir withIntermediateDirectories:YES attributes:nil error:NULL];
    });
    return dir;
}

- (NSURL *)diskURLForURL:(NSURL *)url {
    NSString *name = [[url.absoluteString dataUsingEncoding:NSUTF8StringEncoding] base64EncodedStringWithOptions:0];
    name = [[name stringByReplacingOccurrencesOfString:@"/" withString:@"_"] stringByReplacingOccurrencesOfString:@"+" withString:@"-"];
    return [[self diskCacheDirectory] URLByAppendingPathComponent:name];
}

- (void)storeData:(NSData *)data forURL:(NSURL *)url {
    dispatch_async(_ioQueue, ^{
        [data writeToURL:[self diskURLForURL:url] options:NSDataWritingAtomic error:NULL];
    });
}

- (void)trimDiskCacheToBytes:(unsigned long long)limit {
    dispatch_async(_ioQueue, ^{
        NSArray<NSURLResourceKey> *keys = @[NSURLContentModificationDateKey, NSURLTotalFileAllocatedSizeKey];
        NSArray<NSURL *> *files = [[NSFileManager defaultManager] contentsOfDirectoryAtURL:[self diskCacheDirectory]
                                                                includingPropertiesForKeys:keys
                                                                                   options:NSDirectoryEnumerationSkipsHiddenFiles
                                                                                     error:NULL];
        NSArray *sorted = [files sortedArrayUsingComparator:^NSComparisonResult(NSURL *a, NSURL *b) {
            NSDate *da, *db;
            [a getResourceValue:&da forKey:NSURLContentModificationDateKey error:NULL];
            [b getResourceValue:&db forKey:NSURLContentModificationDateKey error:NULL];
            return [db compare:da];
        }];
        unsigned long long total = 0;
        for (NSURL *f in sorted) {
            NSNumber *size;
            [f getResourceValue:&size forKey:NSURLTotalFileAllocatedSizeKey error:NULL];
            total += size.unsignedLongLongValue;
            if (total > limit) {
                [[NSFileManager defaultManager] removeItemAtURL:f error:NULL];
            }
        }
    });
}

- (void)clearMemory {
    [_memory removeAllObjects];
}

@end
