#import "Person.h"

@implementation Person

@synthesize firstName = _firstName;
@synthesize lastName = _lastName;
@synthesize age = _age;

- (id)initWithFirstName:(NSString *)first lastName:(NSString *)last age:(NSInteger)age
{
    self = [super init];
    if (self) {
        _firstName = [first copy];
        _lastName = [last copy];
        _age = age;
    }
    return self;
}

- (void)dealloc
{
    [_firstName release];
    [_lastName release];
    [super dealloc];
}

- (NSString *)fullName
{
    return [NSString stringWithFormat:@"%@ %@", _firstName, _lastName];
}

- (NSString *)description
{
    return [NSString stringWithFormat:@"<%@: %p %@, %ld>", NSStringFromClass([self class]), self, [self fullName], (long)_age];
}

+ (NSArray *)sortedByAge:(NSArray *)people
{
    NSSortDescriptor *sd = [[[NSSortDescriptor alloc] initWithKey:@"age" ascending:YES] autorelease];
    return [people sortedArrayUsingDescriptors:[NSArray arrayWithObject:sd]];
}

@end
