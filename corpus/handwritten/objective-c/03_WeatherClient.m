#import "WeatherClient.h"

static NSString * const kBaseURL = @"https://api.open-meteo.com/v1/forecast";
static NSString * const WeatherErrorDomain = @"WeatherErrorDomain";

@interface WeatherReading ()
@property (nonatomic, readwrite) NSDate *time;
@property (nonatomic, readwrite) double temperature;
@property (nonatomic, readwrite) double windSpeed;
@end

@implementation WeatherReading
@end

@interface WeatherClient ()
@property (nonatomic, strong) NSURLSession *session;
@property (nonatomic, strong) NSISO8601DateFormatter *dateFormatter;
@end

@implementation WeatherClient

+ (instancetype)sharedClient {
    static WeatherClient *shared = nil;
    static dispatch_once_t onceToken;
    dispatch_once(&onceToken, ^{
        shared = [[self alloc] init];
    });
    return shared;
}

- (instancetype)init {
    if ((self = [super init])) {
        NSURLSessionConfiguration *cfg = [NSURLSessionConfiguration defaultSessionConfiguration];
        cfg.timeoutIntervalForRequest = 15;
        _session = [NSURLSession sessionWithConfiguration:cfg];
        _dateFormatter = [[NSISO8601DateFormatter alloc] init];
        _dateFormatter.formatOptions = NSISO8601DateFormatWithFullDate | NSISO8601DateFormatWithTime |
                                       NSISO8601DateFormatWithColonSeparatorInTime | NSISO8601DateFormatWithDashSeparatorInDate;
    }
    return self;
}

- (NSURLSessionDataTask *)fetchForecastForLatitude:(double)lat
                                         longitude:(double)lon
                                        completion:(WeatherCompletion)completion {
    NSURLComponents *comps = [NSURLComponents componentsWithString:kBaseURL];
    comps.queryItems = @[
        [NSURLQueryItem queryItemWithName:@"latitude" value:[NSString stringWithFormat:@"%.4f", lat]],
        [NSURLQueryItem queryItemWithName:@"longitude" value:[NSString stringWithFormat:@"%.4f", lon]],
        [NSURLQueryItem queryItemWithName:@"hourly" value:@"temperature_2m,wind_speed_10m"],
    ];

    __weak typeof(self) weakSelf = self;
    NSURLSessionDataTask *task = [self.session dataTaskWithURL:comps.URL
                                             completionHandler:^(NSData *data, NSURLResponse *response, NSError *error) {
        __strong typeof(weakSelf) self = weakSelf;
        if (!self) return;

        if (error) {
            dispatch_async(dispatch_get_main_queue(), ^{ completion(nil, error); });
            return;
        }
        NSHTTPURLResponse *http = (NSHTTPURLResponse *)response;
        if (http.statusCode != 200) {
            NSError *statusError = [NSError errorWithDomain:WeatherErrorDomain
                                                       code:http.statusCode
                                                   userInfo:@{NSLocalizedDescriptionKey: @"Unexpected status code"}];
            dispatch_async(dispatch_get_main_queue(), ^{ completion(nil, statusError); });
            return;
        }

        NSError *jsonError = nil;
        NSDictionary *json = [NSJSONSerialization JSONObjectWithData:data options:0 error:&jsonError];
        NSDictionary *hourly = json[@"hourly"];
        NSArray *times = hourly[@"time"];
        NSArray *temps = hourly[@"temperature_2m"];
        NSArray *winds = hourly[@"wind_speed_10m"];

        NSMutableArray<WeatherReading *> *readings = [NSMutableArray arrayWithCapacity:times.count];
        [times enumerateObjectsUsingBlock:^(NSString *t, NSUInteger idx, BOOL *stop) {
            WeatherReading *r = [WeatherReading new];
            r.time = [self.dateFormatter dateFromString:[t stringByAppendingString:@":00"]];
            r.temperature = [temps[idx] doubleValue];
            r.windSpeed = [winds[idx] doubleValue];
            [readings addObject:r];
        }];

        dispatch_async(dispatch_get_main_queue(), ^{
            completion(jsonError ? nil : [readings copy], jsonError);
        });
    }];
    [task resume];
    return task;
}


#pragma mark - Convenience

- (void)currentTemperatureForLatitude:(double)lat
                            longitude:(double)lon
                           completion:(void (^)(NSNumber * _Nullable celsius, NSError * _Nullable error))completion {
    [self fetchForecastForLatitude:lat longitude:lon completion:^(NSArray<WeatherReading *> *readings, NSError *error) {
        if (error) {
            completion(nil, error);
            return;
        }
        NSDate *now = [NSDate date];
        WeatherReading *closest = nil;
        NSTimeInterval best = DBL_MAX;
        for (WeatherReading *r in readings) {
            NSTimeInterval d = fabs([r.time timeIntervalSinceDate:now]);
            if (d < best) {
                best = d;
                closest = r;
            }
        }
        completion(closest ? @(closest.temperature) : nil, nil);
    }];
}

+ (NSString *)describeWindSpeed:(double)kmh {
    if (kmh < 1) return NSLocalizedString(@"Calm", nil);
    if (kmh < 12) return NSLocalizedString(@"Light breeze", nil);
    if (kmh < 29) return NSLocalizedString(@"Moderate breeze", nil);
    if (kmh < 50) return NSLocalizedString(@"Strong breeze", nil);
    if (kmh < 75) return NSLocalizedString(@"Gale", nil);
    return NSLocalizedString(@"Storm", nil);
}

@end
