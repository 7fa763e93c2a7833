#import <Foundation/Foundation.h>

int main(int argc, const char *argv[]) {
    @autoreleasepool {
        NSArray<NSString *> *args = [[NSProcessInfo processInfo] arguments];
        if (args.count < 2) {
            NSLog(@"usage: %@ <directory>", args[0].lastPathComponent);
            return 1;
        }
        NSFileManager *fm = [NSFileManager defaultManager];
        NSDirectoryEnumerator *en = [fm enumeratorAtURL:[NSURL fileURLWithPath:args[1]]
                             includingPropertiesForKeys:@[NSURLFileSizeKey]
                                                options:NSDirectoryEnumerationSkipsHiddenFiles
                                           errorHandler:nil];
        unsigned long long total = 0;
        NSMutableDictionary<NSString *, NSNumber *> *byExt = [NSMutableDictionary dictionary];
        for (NSURL *url in en) {
            NSNumber *size = nil;
            [url getResourceValue:&size forKey:NSURLFileSizeKey error:NULL];
            total += size.unsignedLongLongValue;
            NSString *ext = url.pathExtension.length ? url.pathExtension.lowercaseString : @"(none)";
            byExt[ext] = @(byExt[ext].unsignedLongLongValue + size.unsignedLongLongValue);
        }
        NSArray *sorted = [byExt keysSortedByValueUsingComparator:^NSComparisonResult(NSNumber *a, NSNumber *b) {
            return [b compare:a];
        }];
        for (NSString *ext in sorted) {
            printf("%-10s %12s\n", ext.UTF8String,
                   [NSByteCountFormatter stringFromByteCount:byExt[ext].longLongValue
                                                  countStyle:NSByteCountFormatterCountStyleFile].UTF8String);
        }
        printf("total: %llu bytes\n", total);
    }
    return 0;
}
