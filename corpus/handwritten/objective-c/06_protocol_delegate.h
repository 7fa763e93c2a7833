#import <Foundation/Foundation.h>

@class Downloader;

@protocol DownloaderDelegate <NSObject>
- (void)downloader:(Downloader *)downloader didFinishWithData:(NSData *)data;
@optional
- (void)downloader:(Downloader *)downloader didUpdateProgress:(float)progress;
- (void)downloader:(Downloader *)downloader didFailWithError:(NSError *)error;
@end

@interface Downloader : NSObject <NSURLSessionDataDelegate>
@property (nonatomic, weak) id<DownloaderDelegate> delegate;
@property (nonatomic, readonly, getter=isRunning) BOOL running;
- (instancetype)initWithURL:(NSURL *)url NS_DESIGNATED_INITIALIZER;
- (instancetype)init NS_UNAVAILABLE;
- (void)start;
- (void)cancel;
@end
