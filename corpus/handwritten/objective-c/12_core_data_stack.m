#import "CoreDataStack.h"

@interface CoreDataStack ()
@property (nonatomic, strong, readwrite) NSPersistentContainer *container;
@end

@implementation CoreDataStack

- (instancetype)initWithModelName:(NSString *)name {
    self = [super init];
    if (self) {
        _container = [[NSPersistentContainer alloc] initWithName:name];
        NSPersistentStoreDescription *desc = _container.persistentStoreDescriptions.firstObject;
        desc.shouldMigrateStoreAutomatically = YES;
        desc.shouldInferMappingModelAutomatically = YES;
        [_container loadPersistentStoresWithCompletionHandler:^(NSPersistentStoreDescription *d, NSError *error) {
            if (error) {
                NSLog(@"Failed to load store %@: %@", d.URL, error.localizedDescription);
                abort();
            }
        }];
        _container.viewContext.automaticallyMergesChangesFromParent = YES;
        _container.viewContext.mergePolicy = NSMergeByPropertyObjectTrumpMergePolicy;
    }
    return self;
}

- (NSManagedObjectContext *)viewContext {
    return self.container.viewContext;
}

- (void)performBackgroundTask:(void (^)(NSManagedObjectContext *ctx))block {
    [self.container performBackgroundTask:block];
}

- (NSArray *)fetchEntity:(NSString *)entity matching:(NSPredicate *)predicate sortKey:(NSString *)key {
    NSFetchRequest *req = [NSFetchRequest fetchRequestWithEntityName:entity];
    req.predicate = predicate;
    if (key) req.sortDescriptors = @[[NSSortDescriptor sortDescriptorWithKey:key ascending:YES]];
    NSError *err = nil;
    NSArray *results = [self.viewContext executeFetchRequest:req error:&err];
    if (err) NSLog(@"fetch %@ failed: %@", entity, err);
    return results ?: @[];
}

- (BOOL)saveContext {
    NSManagedObjectContext *ctx = self.viewContext;
    if (!ctx.hasChanges) return YES;
    NSError *err = nil;
    if (![ctx save:&err]) {
        NSLog(@"save failed: %@, %@", err, err.userInfo);
        [ctx rollback];
        return NO;
    }
    return YES;
}

@end
