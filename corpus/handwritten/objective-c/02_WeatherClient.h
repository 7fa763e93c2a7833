#import <Foundation/Foundation.h>

NS_ASSUME_NONNULL_BEGIN

@interface WeatherReading : NSObject
@property (nonatomic, readonly) NSDate *time;
@property (nonatomic, readonly) double temperature;
@property (nonatomic, readonly) double windSpeed;
@end

typedef void (^WeatherCompletion)(NSArray<WeatherReading *> * _Nullable readings, NSError * _Nullable error);

@interface WeatherClient : NSObject

+ (instancetype)sharedClient;
- (NSURLSessionDataTask *)fetchForecastForLatitude:(double)lat
                                         longitude:(double)lon
                                        completion:(WeatherCompletion)completion;

@end

NS_ASSUME_NONNULL_END
