#import <XCTest/XCTest.h>
#import "NSString+Slug.h"

@interface SlugTests : XCTestCase
@end

@implementation SlugTests

- (void)testLowercasesAndDashes {
    XCTAssertEqualObjects([@"Hello World" slugString], @"hello-world");
}

- (void)testStripsDiacritics {
    XCTAssertEqualObjects([@"Crème Brûlée" slugString], @"creme-brulee");
}

- (void)testCollapsesPunctuation {
    XCTAssertEqualObjects([@"a -- b!!c" slugString], @"a-b-c");
}

- (void)testEmpty {
    XCTAssertEqualObjects([@"" slugString], @"");
}

- (void)testPerformance {
    NSString *long_ = [@"" stringByPaddingToLength:10000 withString:@"Ünïcödé tëxt " startingAtIndex:0];
    [self measureBlock:^{
        (void)[long_ slugString];
    }];
}

@end
