#import <Foundation/Foundation.h>

@interface Thermostat : NSObject
@property (nonatomic) double targetTemperature;
@end
@implementation Thermostat
@end

@interface Display : NSObject
@end

static void *ThermostatContext = &ThermostatContext;

@implementation Display

- (void)observeValueForKeyPath:(NSString *)keyPath ofObject:(id)object
                        change:(NSDictionary<NSKeyValueChangeKey, id> *)change context:(void *)context {
    if (context == ThermostatContext) {
        NSLog(@"%@ changed from %@ to %@", keyPath, change[NSKeyValueChangeOldKey], change[NSKeyValueChangeNewKey]);
    } else {
        [super observeValueForKeyPath:keyPath ofObject:object change:change context:context];
    }
}

@end

int main(void) {
    @autoreleasepool {
        Thermostat *t = [Thermostat new];
        Display *d = [Display new];
        [t addObserver:d forKeyPath:@"targetTemperature"
               options:NSKeyValueObservingOptionOld | NSKeyValueObservingOptionNew context:ThermostatContext];
        t.targetTemperature = 21.5;
        t.targetTemperature = 19.0;
        [t removeObserver:d forKeyPath:@"targetTemperature" context:ThermostatContext];
    }
    return 0;
}
