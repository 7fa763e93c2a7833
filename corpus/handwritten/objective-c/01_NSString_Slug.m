#import "NSString+Slug.h"

@implementation NSString (Slug)

- (NSString *)slugString {
    NSString *folded = [self stringByFoldingWithOptions:NSDiacriticInsensitiveSearch | NSCaseInsensitiveSearch
                                                 locale:[NSLocale localeWithLocaleIdentifier:@"en_US"]];
    NSCharacterSet *allowed = [NSCharacterSet alphanumericCharacterSet];
    NSMutableString *out = [NSMutableString stringWithCapacity:folded.length];
    BOOL lastWasDash = NO;
    for (NSUInteger i = 0; i < folded.length; i++) {
        unichar c = [folded characterAtIndex:i];
        if ([allowed characterIsMember:c]) {
            [out appendFormat:@"%C", c];
            lastWasDash = NO;
        } else if (!lastWasDash && out.length > 0) {
            [out appendString:@"-"];
            lastWasDash = YES;
        }
    }
    if ([out hasSuffix:@"-"]) {
        [out deleteCharactersInRange:NSMakeRange(out.length - 1, 1)];
    }
    return [out lowercaseString];
}

@end
